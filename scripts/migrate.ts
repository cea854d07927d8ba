/** `npm run db:migrate`: applies pending migrations for the configured dialect. Idempotent. */
import { loadEnv } from "@/server/env";
import { runCommand } from "./cli";

void runCommand("db:migrate", async () => {
  loadEnv();
  const { migrateDatabase } = await import("@/db/maintenance");
  await migrateDatabase();
  console.log("Database is up to date.");
});
