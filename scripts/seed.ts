/**
 * `npm run db:seed`: migrates, then writes the demo newsroom into an empty database. Refuses a
 * database that already has articles (`npm run db:reset -- --yes` starts over instead).
 */
import { loadEnv } from "@/server/env";
import { runCommand } from "./cli";

void runCommand("db:seed", async () => {
  loadEnv();
  const { migrateDatabase } = await import("@/db/maintenance");
  const { isDatabaseEmpty, seedDemoContent } = await import("@/db/seed/seed");
  await migrateDatabase();
  if (!(await isDatabaseEmpty())) {
    throw new Error("the database already has articles; to start over run npm run db:reset -- --yes");
  }
  const { articles } = await seedDemoContent();
  console.log(`Demo content written: ${articles} articles.`);
});
