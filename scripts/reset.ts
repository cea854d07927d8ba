/**
 * `npm run db:reset`: wipes every row and writes the demo newsroom again, so end-to-end runs
 * start from a known state on either dialect. Also drops the local build's page cache; run it
 * while the server is stopped. Destroys data: refuses without --yes.
 */
import { loadEnv } from "@/server/env";
import { clearPageCache } from "@/server/page-cache";
import { runCommand } from "./cli";

void runCommand("db:reset", async () => {
  if (!process.argv.includes("--yes")) throw new Error("this deletes all content; run again with --yes");
  loadEnv();
  const { migrateDatabase, wipeDatabase } = await import("@/db/maintenance");
  const { seedDemoContent } = await import("@/db/seed/seed");
  const { ensureFirstAdmin } = await import("@/server/bootstrap");
  await migrateDatabase();
  await wipeDatabase();
  const { articles } = await seedDemoContent();
  await ensureFirstAdmin();
  await clearPageCache();
  console.log(`Database reset to the demo state: ${articles} articles.`);
  const { announceOutsideChange } = await import("@/server/outside-changes");
  for (const line of await announceOutsideChange("db:reset")) console.log(line);
});
