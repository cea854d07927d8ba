/**
 * `npm run restore -- DIR [--force]`: puts a backup back. Checks the manifest and every
 * file's checksum first; refuses a database that has content unless --force. Stop the site
 * first: the database and the media folder are replaced.
 */
import { parseArgs } from "node:util";
import { loadEnv } from "@/server/env";
import { runCommand } from "./cli";

await runCommand("restore", async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: "boolean" } } });
  const [folder] = positionals;
  if (!folder) throw new Error("name the backup folder: npm run restore -- DIR [--force]");
  loadEnv();
  const { restoreSite } = await import("@/server/backup/backup");
  const manifest = await restoreSite(folder, { force: values.force === true });
  console.log(`Restored the backup of ${manifest.createdAt}: ${manifest.rows.articles ?? 0} articles.`);
  if (manifest.database.kind === "sqlite") {
    // The database file was replaced whole, with the site stopped: no server has it open, and
    // the next start migrates it. Only a shared cache may still hold the old pages.
    const { emptySharedCache } = await import("@/server/shared-cache/empty");
    const shared = await emptySharedCache();
    if (shared) console.log(shared);
  } else {
    const { announceOutsideChange } = await import("@/server/outside-changes");
    for (const line of await announceOutsideChange("restore")) console.log(line);
  }
});
