/**
 * `npm run seed:bulk -- --articles N [--seed N]`: adds N published articles (an archive of
 * eight years, most stories in both languages) to the database DATABASE_URL names, so the
 * reader site can be tried at a real archive's size. Migrates first; an empty database gets
 * the demo newsroom before the archive. Never deletes anything.
 */
import { loadEnv } from "@/server/env";
import { parseBulkArgs } from "@/db/seed/bulk/options";
import { runCommand } from "./cli";

void runCommand("seed:bulk", async () => {
  const args = parseBulkArgs(process.argv.slice(2));
  loadEnv();
  const { analyzeDatabase, migrateDatabase } = await import("@/db/maintenance");
  const { seedBulkArticles } = await import("@/db/seed/bulk/write");
  const { createProgress } = await import("@/db/seed/bulk/progress");
  const started = performance.now();
  await migrateDatabase();
  const progress = createProgress(args.articles, "articles");
  const result = await seedBulkArticles({ articles: args.articles, seed: args.seed, onProgress: progress.update });
  progress.finish();
  const loaded = performance.now();
  await analyzeDatabase();
  const done = performance.now();
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  if (result.demoSeeded) console.log("The database was empty: demo newsroom written first.");
  console.log(
    `Wrote ${result.articles} published articles (${result.byLocale.es} es, ${result.byLocale.en} en) ` +
      `in ${result.stories} stories in ${s(loaded - started)}; ANALYZE ${s(done - loaded)}; total ${s(done - started)}.`,
  );
});
