/**
 * `npm run import -- FILE`: loads a Heraldo export into the empty database named by
 * DATABASE_URL (either dialect), in batched transactions, with a progress bar. The file is
 * checked whole before anything is written; a bad or truncated file is refused with its line
 * number and the database stays as it was. Also the way to move from SQLite to PostgreSQL.
 */
import { parseArgs } from "node:util";
import { loadEnv } from "@/server/env";
import { runCommand } from "./cli";
import { tableProgress } from "./transfer-progress";

await runCommand("import", async () => {
  const { positionals } = parseArgs({ allowPositionals: true });
  const [file] = positionals;
  if (!file) throw new Error("name the export file: npm run import -- FILE");
  loadEnv();
  const { migrateDatabase } = await import("@/db/maintenance");
  const { importSite } = await import("@/db/transfer/import");
  await migrateDatabase();
  const progress = tableProgress();
  const counts = await importSite(file, progress.update).finally(() => progress.stop());
  const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
  console.log(`Imported ${rows} rows (${counts.articles ?? 0} articles) from ${file}.`);
  const { announceOutsideChange } = await import("@/server/outside-changes");
  for (const line of await announceOutsideChange("import")) console.log(line);
});
