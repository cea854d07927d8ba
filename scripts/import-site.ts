/**
 * `npm run import:site -- FILE`: brings another newsroom's archive in, from a WordPress export
 * (WXR), a Ghost export (JSON), or an RSS or Atom file. Options:
 *   --format auto|wordpress|ghost|rss|atom   (default auto: told from the file)
 *   --language es|en     for stories whose file does not say (default: detected per story)
 *   --media DIR          the old site's uploads folder: images are brought in from it
 *   --site-url URL       the old site's address (Ghost exports leave it out)
 *   --dry-run            read and check everything, report, write nothing
 *   --csv FILE           where to write old -> new addresses (default FILE.redirects.csv)
 *   --as EMAIL           the admin the import is recorded under (default: the first admin)
 * Running the same file again changes nothing; a newer export updates what changed.
 */
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { SingleBar, Presets } from "cli-progress";
import { isLocale } from "@/lib/locales";
import { loadEnv } from "@/server/env";
import type { SiteImportOptions } from "@/server/site-import/summary";
import { runCommand } from "./cli";
import { importReport } from "./site-import-report";

const formats = ["auto", "wordpress", "ghost", "rss", "atom"] as const;

await runCommand("import:site", async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: "string", default: "auto" },
      language: { type: "string" },
      media: { type: "string" },
      "site-url": { type: "string" },
      "dry-run": { type: "boolean" },
      csv: { type: "string" },
      as: { type: "string" },
    },
  });
  const [file] = positionals;
  if (!file) throw new Error("name the export file: npm run import:site -- FILE [--dry-run] [--media DIR]");
  const format = formats.find((f) => f === values.format);
  if (!format) throw new Error(`--format must be one of ${formats.join(", ")}`);
  if (values.language !== undefined && !isLocale(values.language)) throw new Error("--language must be es or en");
  const env = loadEnv();
  const { migrateDatabase } = await import("@/db/maintenance");
  await migrateDatabase();
  const { findImportingAdmin } = await import("@/db/queries/site-import/lookups");
  const actor = await findImportingAdmin({ email: values.as });
  if (!actor)
    throw new Error(values.as ? `no active admin has the email ${values.as}` : "the site has no active admin");
  const options: SiteImportOptions = {
    format,
    language: isLocale(values.language) ? values.language : undefined,
    mediaDir: values.media,
    siteUrl: values["site-url"],
    dryRun: values["dry-run"] === true,
  };

  const { importSite, redirectsCsv } = await import("@/server/site-import/engine");
  const interactive = process.stderr.isTTY === true;
  const bar = interactive
    ? new SingleBar(
        { format: "stories {bar} {value}/{total}", stream: process.stderr, hideCursor: true },
        Presets.shades_classic,
      )
    : null;
  let started = false;
  const summary = await importSite(actor, file, options, ({ done, total }) => {
    if (!bar) return;
    if (!started) bar.start(total ?? 0, done);
    started = true;
    bar.update(done);
  }).finally(() => bar?.stop());

  console.log(importReport(summary));
  if (!options.dryRun) {
    const csvPath = values.csv ?? `${file}.redirects.csv`;
    await writeFile(csvPath, redirectsCsv(summary, env.SITE_URL ?? ""));
    console.log(`Old -> new addresses: ${csvPath}`);
    const { clearPageCache } = await import("@/server/page-cache");
    await clearPageCache();
    const { announceOutsideChange } = await import("@/server/outside-changes");
    for (const line of await announceOutsideChange("import:site")) console.log(line);
  }
});
