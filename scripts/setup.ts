/**
 * `npm run setup`: migrates, seeds the demo newsroom when the database holds no articles, and
 * makes sure a first admin exists. Safe to run again: it never touches existing content.
 */
import { loadEnv } from "@/server/env";
import { runCommand } from "./cli";

void runCommand("setup", async () => {
  loadEnv();
  const { migrateDatabase } = await import("@/db/maintenance");
  const { isDatabaseEmpty, seedDemoContent } = await import("@/db/seed/seed");
  const { ensureFirstAdmin } = await import("@/server/bootstrap");
  await migrateDatabase();
  if (await isDatabaseEmpty()) {
    const { articles } = await seedDemoContent();
    console.log(`Demo content written: ${articles} articles.`);
  } else {
    console.log("Database already has content; demo content not written.");
  }
  await ensureFirstAdmin();
});
