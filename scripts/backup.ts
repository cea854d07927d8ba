/**
 * `npm run backup -- --out DIR`: a consistent copy of the database and the media files, with a
 * manifest (versions, row counts, checksums), taken while the site keeps serving.
 */
import { parseArgs } from "node:util";
import { loadEnv } from "@/server/env";
import { runCommand } from "./cli";

await runCommand("backup", async () => {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  if (!values.out) throw new Error("say where to write the backup: npm run backup -- --out DIR");
  loadEnv();
  const { migrateDatabase } = await import("@/db/maintenance");
  const { backupSite } = await import("@/server/backup/backup");
  await migrateDatabase();
  const manifest = await backupSite(values.out, (line) => console.log(line));
  console.log(
    `Backup written to ${values.out}: ${manifest.rows.articles ?? 0} articles, ${manifest.files.length - 1} media files.`,
  );
});
