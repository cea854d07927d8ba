/**
 * Run as a child of the benchmark with the bench DATABASE_URL: applies migrations and prints how
 * many published articles the database holds, so the benchmark knows whether to seed. A child
 * process, because the database client is chosen once from DATABASE_URL when first imported.
 */
import { count, eq } from "drizzle-orm";
import { loadEnv } from "@/server/env";
import { runCommand } from "../cli";

await runCommand("bench", async () => {
  loadEnv();
  const { migrateDatabase } = await import("@/db/maintenance");
  await migrateDatabase();
  const { db, tables } = await import("@/db/client");
  const [row] = await db.select({ n: count() }).from(tables.articles).where(eq(tables.articles.status, "published"));
  console.log(String(row?.n ?? 0));
});
