/**
 * What `npm run import:site` prints when it is done: the counts a press officer checks, then
 * each story and image that was not brought in, with where it is in the file and why.
 */
import type { SiteImportSummary, SkippedItem } from "@/server/site-import/summary";

const listed = 50;

function list(title: string, items: SkippedItem[]): string[] {
  if (items.length === 0) return [];
  const lines = [`${title} (${items.length}):`];
  for (const item of items.slice(0, listed)) {
    lines.push(`  ${item.where}${item.label ? ` — ${item.label}` : ""}: ${item.reason}`);
  }
  if (items.length > listed) lines.push(`  … and ${items.length - listed} more`);
  return lines;
}

export function importReport(summary: SiteImportSummary): string {
  const verb = summary.dryRun ? "would be " : "";
  const { stories, authors, topics, images } = summary;
  return [
    `${summary.dryRun ? "Dry run: nothing was written. " : ""}Stories: ${stories.created} ${verb}created, ${stories.updated} ${verb}updated, ${stories.unchanged} unchanged, ${stories.skipped.length} skipped.`,
    `Authors: ${authors.created} ${verb}created (they cannot sign in until sent a password link), ${authors.matched} found.`,
    `Topics: ${topics.created} ${verb}created, ${topics.matched} found.`,
    `Images: ${images.imported} ${verb}brought into the media library, ${images.notImported.length} not.`,
    `Old addresses: ${summary.redirects.length}.`,
    ...list("Skipped stories", stories.skipped),
    ...list("Notes", stories.notes),
    ...list("Images not imported", images.notImported),
  ].join("\n");
}
