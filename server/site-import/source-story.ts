/**
 * What every importer reads out of another system's export (a WordPress WXR file, a Ghost JSON
 * export, an RSS 2.0 or Atom feed), one story at a time, before anything is written: the common
 * shape the import engine works from, whichever file it came from. Texts are as the file has
 * them (HTML not yet sanitised); dates are parsed; nothing is guessed that the file does not say.
 */
export type SourceFormat = "wordpress" | "ghost" | "rss" | "atom";

export type SourceAuthor = {
  /** The author's id or login in the source system, stable across exports. */
  sourceId: string;
  name: string;
  email?: string;
  /** The source's public slug for the author, when it has one. */
  slug?: string;
  bio?: string;
};

export type SourceStory = {
  format: SourceFormat;
  /**
   * Stable identity in the source system, the same in every export of the same site: the
   * WordPress post id with the site's base URL, the Ghost post id, the feed entry's guid/id.
   */
  sourceId: string;
  /** Where in the file the story starts, for messages: a line (XML) or an item index (JSON). */
  position: { line?: number; item: number };
  title: string;
  /** The source's own slug, when it has one (WordPress post_name, Ghost slug). */
  slug?: string;
  /** The story's HTML as the source has it (not yet sanitised). */
  html: string;
  /**
   * Set when the file had only a summary of the story, not its full text (a feed item with a
   * description but no content:encoded, an Atom entry with a summary but no content): `html`
   * then holds that summary, and the newsroom may want to fetch the full story by hand.
   */
  contentIsSummary?: boolean;
  /** Summary or excerpt, plain text or HTML as found. */
  excerpt?: string;
  publishedAt?: Date;
  updatedAt?: Date;
  /** published, draft, scheduled (future), or anything else the source calls it. */
  status: "published" | "draft" | "scheduled" | "private" | "other";
  /** The story's public address on the old site, when the file says it. */
  url?: string;
  authors: SourceAuthor[];
  /** Categories and tags by name (topics are matched by name). */
  topics: string[];
  /** The lead image's address on the old site (featured image, feature_image, enclosure). */
  featureImage?: { url: string; alt?: string };
  /** "es", "en"… when the file says it (WPML/Polylang, Ghost's locale, a feed's language). */
  language?: string;
  /** Translation group: stories with the same key are translations of each other. */
  translationGroup?: string;
};

/** A story the importer could not read, with where and why; nothing of it is imported. */
export type SourceProblem = {
  position: { line?: number; item: number };
  /** The story's identity or title where it could be read, for the summary. */
  label?: string;
  reason: string;
};

export type SourceRecord = { kind: "story"; story: SourceStory } | { kind: "problem"; problem: SourceProblem };
