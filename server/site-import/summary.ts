/**
 * What an import of another newsroom's archive is asked to do, and what it reports: the
 * contract between the import engine (./engine.ts) and its two doors, the command
 * (`npm run import:site`) and the admin screen (/admin/import).
 */
import type { Locale } from "@/lib/locales";
import type { SourceFormat } from "./source-story";

export type SiteImportOptions = {
  /** The file's format; "auto" (the default) tells it from the file. */
  format?: SourceFormat | "auto";
  /** The language of stories whose file does not say; unset, each story's is detected. */
  language?: Locale;
  /**
   * A local folder holding the old site's images (its uploads folder): images the stories use
   * are brought into the media library from it, through the library's checks. Without it they
   * are listed as not imported.
   */
  mediaDir?: string;
  /** The old site's address, for Ghost exports (`__GHOST_URL__`) and relative links. */
  siteUrl?: string;
  /** Reads and checks everything and reports what would happen; writes nothing. */
  dryRun?: boolean;
};

/** How far an import has got: stories handled so far, of `total` when known. */
export type SiteImportProgress = { done: number; total: number | null; current?: string };

/** One story or image that was not brought in, with where it is in the file and why. */
export type SkippedItem = { where: string; label: string; reason: string };

export type SiteImportSummary = {
  format: SourceFormat;
  dryRun: boolean;
  stories: {
    created: number;
    updated: number;
    /** Already imported and unchanged since: nothing to do. */
    unchanged: number;
    skipped: SkippedItem[];
    /** Imported, with a note worth reading (a slug that was taken, a draft kept as a draft…). */
    notes: SkippedItem[];
  };
  authors: { created: number; matched: number };
  topics: { created: number; matched: number };
  images: { imported: number; notImported: SkippedItem[] };
  /** Old address on the previous site → new address here, for its web server and ours. */
  redirects: { from: string; to: string }[];
};
