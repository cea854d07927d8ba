/**
 * The readers of other newsrooms' export files, behind one door: `readSourceFile` streams
 * stories (and the problems of stories it could not read) out of a WordPress, Ghost, RSS or
 * Atom file, telling the format from the file itself when asked to. A dry run is just iterating
 * it: nothing is written anywhere.
 *
 * Errors: a file that cannot be read as a whole (missing, malformed, cut short, not the format
 * asked for, declaring its own entities) throws an ImportFileError saying where; a story that
 * cannot be read is a `problem` record, and reading goes on.
 */
import type { SourceFormat, SourceRecord } from "../source-story";
import { detectSourceFormat } from "./detect";
import { readFeed } from "./feed";
import { readGhost } from "./ghost";
import { readWordPress } from "./wordpress";

export { detectSourceFormat } from "./detect";
export { readFeed, type FeedOptions } from "./feed";
export { readGhost, type GhostOptions } from "./ghost";
export { ImportFileError } from "./import-file-error";
export { readWordPress } from "./wordpress";

export type SourceFileOptions = {
  /** For Ghost exports: the site's address, for story URLs and `__GHOST_URL__` placeholders. */
  siteUrl?: string;
};

export async function* readSourceFile(
  file: string,
  format: SourceFormat | "auto" = "auto",
  options: SourceFileOptions = {},
): AsyncGenerator<SourceRecord> {
  const chosen = format === "auto" ? await detectSourceFormat(file) : format;
  switch (chosen) {
    case "wordpress":
      yield* readWordPress(file);
      return;
    case "ghost":
      yield* readGhost(file, { siteUrl: options.siteUrl });
      return;
    case "rss":
    case "atom":
      yield* readFeed(file, { expect: chosen });
      return;
  }
}
