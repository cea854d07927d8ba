/**
 * The cache tags of the reader site: one source of truth for what a page depends on (read by
 * server/reader-data.ts) and what a change invalidates (server/invalidate.ts).
 */
export const cacheTags = {
  /** Front page and teaser pages of one language. */
  listing: (locale: string) => `listing:${locale}`,
  /** One article page (also the pages of its translations, which link to it). */
  article: (locale: string, slug: string) => `article:${locale}:${slug}`,
  topic: (topicId: number) => `topic:${topicId}`,
  /** An article's approved comments (shown on its page only). */
  comments: (articleId: number) => `comments:${articleId}`,
  author: (userId: number) => `author:${userId}`,
  /** Topic names and the navigation built from them. */
  topics: "topics",
  /** Site settings (name, public URL, logo...). */
  settings: "settings",
  /** Every old-address lookup: redirects are rare, so one tag for all of them is enough. */
  redirects: "redirects",
  /** Author profiles. */
  authors: "authors",
} as const;
