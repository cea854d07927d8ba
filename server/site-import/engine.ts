/**
 * Imports another newsroom's archive (WordPress, Ghost, RSS or Atom file) story by story: each
 * story is read from the file as a stream (./sources), checked with the editor's rules
 * (./story-plan.ts), and written whole or not at all in a transaction of its own
 * (db/queries/site-import/write.ts). Running the same file again changes nothing; a newer export
 * updates the stories that changed, each with a new revision. A dry run reads and checks
 * everything, works out what each story would become, and writes nothing.
 *
 * A file that cannot be read as a whole stops the import before anything is written: the file is
 * read through once first (which also counts the stories for the progress bar).
 */
import { deleteLibraryImage } from "@/db/queries/media/library";
import type { StaffUser } from "@/db/queries/types";
import { writeImportedStory } from "@/db/queries/site-import/write";
import { findImportedStory } from "@/db/queries/site-import/lookups";
import { assertCan } from "@/lib/permissions";
import { paths } from "@/lib/paths";
import { logger } from "@/server/logger";
import { getMediaStorage } from "@/server/media-storage";
import { ImageBridge } from "./images";
import { detectSourceFormat, readSourceFile } from "./sources";
import { describeStory, finishStory, whereIs } from "./story-plan";
import type { SiteImportOptions, SiteImportProgress, SiteImportSummary } from "./summary";

export type { SiteImportOptions, SiteImportProgress, SiteImportSummary } from "./summary";
export { ImportFileError } from "./sources";

/** Reads the whole file once: a broken file fails here, before anything is written. */
async function countStories(file: string, options: SiteImportOptions): Promise<number> {
  let total = 0;
  for await (const record of readSourceFile(file, options.format ?? "auto", { siteUrl: options.siteUrl })) {
    if (record.kind === "story" || record.kind === "problem") total += 1;
  }
  return total;
}

type Tally = { names: Set<string>; createdIds: Set<number>; matchedIds: Set<number> };

/**
 * Adds a story's authors or topics to the summary: each created one counted once by name (a dry
 * run creates and rolls back, so the same name may come back with another id), each one that
 * existed before the import counted once; those this import created and met again are neither.
 */
function tally(
  count: { created: number; matched: number },
  seen: Tally,
  created: { id: number; name: string }[],
  matched: number[],
) {
  for (const { id, name } of created) {
    seen.createdIds.add(id);
    const key = name.trim().toLowerCase();
    if (seen.names.has(key)) continue;
    seen.names.add(key);
    count.created += 1;
  }
  for (const id of matched) {
    if (seen.createdIds.has(id) || seen.matchedIds.has(id)) continue;
    seen.matchedIds.add(id);
    count.matched += 1;
  }
}

const emptyTally = (): Tally => ({ names: new Set(), createdIds: new Set(), matchedIds: new Set() });

export async function importSite(
  actor: StaffUser,
  file: string,
  options: SiteImportOptions,
  onProgress?: (progress: SiteImportProgress) => void,
): Promise<SiteImportSummary> {
  assertCan(actor, "site.import");
  const dryRun = options.dryRun === true;
  const format = options.format && options.format !== "auto" ? options.format : await detectSourceFormat(file);
  const total = await countStories(file, { ...options, format });
  const summary: SiteImportSummary = {
    format,
    dryRun,
    stories: { created: 0, updated: 0, unchanged: 0, skipped: [], notes: [] },
    authors: { created: 0, matched: 0 },
    topics: { created: 0, matched: 0 },
    images: { imported: 0, notImported: [] },
    redirects: [],
  };
  const bridge = new ImageBridge(actor, options.mediaDir, dryRun);
  const seenAuthors = emptyTally();
  const seenTopics = emptyTally();
  // A dry run writes nothing, so addresses it hands out are remembered here instead.
  const reservedSlugs = new Set<string>();
  let done = 0;
  onProgress?.({ done, total });

  for await (const record of readSourceFile(file, format, { siteUrl: options.siteUrl })) {
    done += 1;
    if (record.kind === "problem") {
      const { problem } = record;
      summary.stories.skipped.push({
        where: whereIs(problem.position),
        label: problem.label ?? "",
        reason: problem.reason,
      });
      onProgress?.({ done, total });
      continue;
    }
    const { story } = record;
    const where = whereIs(story.position);
    const described = describeStory(story, options);
    if (typeof described === "string") {
      summary.stories.skipped.push({ where, label: story.title, reason: described });
      onProgress?.({ done, total, current: story.title });
      continue;
    }
    const earlier = await findImportedStory(described.sourceKey);
    if (earlier && earlier.contentHash === described.contentHash) {
      summary.stories.unchanged += 1;
      if (story.url) summary.redirects.push({ from: story.url, to: paths.article(earlier.locale, earlier.slug) });
      onProgress?.({ done, total, current: story.title });
      continue;
    }
    const imagesBefore = new Set(bridge.created);
    try {
      const planned = await finishStory(described, bridge, summary.images.notImported);
      if (typeof planned === "string") {
        summary.stories.skipped.push({ where, label: story.title, reason: planned });
        continue;
      }
      const outcome = await writeImportedStory(actor, planned, { dryRun, reservedSlugs });
      if (outcome.kind === "created") summary.stories.created += 1;
      else if (outcome.kind === "updated") summary.stories.updated += 1;
      else summary.stories.unchanged += 1;
      if (dryRun) reservedSlugs.add(`${outcome.locale}:${outcome.slug}`);
      tally(summary.authors, seenAuthors, outcome.authorsCreated, outcome.authorsMatched);
      tally(summary.topics, seenTopics, outcome.topicsCreated, outcome.topicsMatched);
      for (const note of outcome.notes) summary.stories.notes.push({ where, label: story.title, reason: note });
      if (story.url) summary.redirects.push({ from: story.url, to: paths.article(outcome.locale, outcome.slug) });
    } catch (error) {
      // The story's transaction rolled back; images brought in for it alone go too.
      for (const id of bridge.created) {
        if (imagesBefore.has(id)) continue;
        await deleteLibraryImage(actor, id, getMediaStorage()).catch(() => undefined);
        bridge.forget(id);
      }
      logger.warn({ err: error, where, sourceKey: described.sourceKey }, "import: a story could not be written");
      summary.stories.skipped.push({
        where,
        label: story.title,
        reason: `it could not be saved (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`,
      });
    } finally {
      onProgress?.({ done, total, current: story.title });
    }
  }
  summary.images.imported = bridge.imported;
  return summary;
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Old address → new address, one line each, for the old site's web server (or a CDN's redirect
 * rules). New addresses are paths of this site: prefix them with its public address.
 */
export function redirectsCsv(summary: SiteImportSummary, siteOrigin = ""): string {
  const lines = ["old_url,new_url"];
  for (const { from, to } of summary.redirects) lines.push(`${csvField(from)},${csvField(`${siteOrigin}${to}`)}`);
  return `${lines.join("\n")}\n`;
}
