/**
 * `npm run export -- --out FILE`: the site's content and configuration as a Heraldo export
 * (JSON Lines, db/transfer/format.ts), streamed, with a progress bar. Refuses to overwrite FILE.
 */
import { parseArgs } from "node:util";
import { loadEnv } from "@/server/env";
import { runCommand } from "./cli";
import { tableProgress } from "./transfer-progress";

await runCommand("export", async () => {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  if (!values.out) throw new Error("say where to write the export: npm run export -- --out FILE");
  loadEnv();
  const { migrateDatabase } = await import("@/db/maintenance");
  const { exportSite } = await import("@/db/transfer/export");
  await migrateDatabase();
  const progress = tableProgress();
  const counts = await exportSite(values.out, progress.update).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "EEXIST") throw new Error(`${values.out} already exists; choose another name`);
    if (error.code === "EACCES" || error.code === "ENOENT")
      throw new Error(`cannot write ${values.out} (${error.code})`);
    throw error;
  });
  progress.stop();
  const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
  console.log(`Exported ${rows} rows (${counts.articles ?? 0} articles) to ${values.out}.`);
});
