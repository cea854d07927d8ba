import type { PdfPageSize } from "./pdf-page-size";

/** Reader URLs, built in one place so links, canonicals and tests agree. */
export const paths = {
  home: (locale: string) => `/${locale}`,
  article: (locale: string, slug: string) => `/${locale}/news/${slug}`,
  /** The comment form's own page: where it posts, and where "Reply" leads. */
  articleComment: (locale: string, slug: string) => `/${locale}/news/${slug}/comment`,
  /** The printer-friendly view of an article (no navigation; noindex). */
  articlePrint: (locale: string, slug: string) => `/${locale}/news/${slug}/print`,
  /** The article as a PDF; A4 unless Letter is asked for. */
  articlePdf: (locale: string, slug: string, size: PdfPageSize = "a4") =>
    `/${locale}/news/${slug}/pdf${size === "letter" ? "?size=letter" : ""}`,
  topic: (locale: string, slug: string) => `/${locale}/topics/${slug}`,
  author: (locale: string, slug: string) => `/${locale}/authors/${slug}`,
  search: (locale: string) => `/${locale}/search`,
  /** Page n of a listing; page 1 is the listing itself. */
  paged: (base: string, page: number) => (page <= 1 ? base : `${base}?page=${page}`),
  /** A listing's feed: the site's (`paths.home`), a topic's or an author's, in one format. */
  feed: (listing: string, format: FeedFormat) => `${listing}/${feedFormats[format].file}`,
  sitemapIndex: "/sitemap.xml",
  /** Article sitemaps are numbered from 1, each holding at most `articlesPerSitemap` URLs. */
  articleSitemap: (n: number) => `/sitemaps/articles-${n}.xml`,
  topicSitemap: "/sitemaps/topics.xml",
  newsSitemap: "/sitemaps/news.xml",
  /** An article shown through a preview share link (outside the language routes; noindex). */
  preview: (token: string) => `/preview/${token}`,
  /** Where every preview share link lives, for robots.txt. */
  previewPrefix: "/preview/",
};

/**
 * The feed formats: the file name each listing serves it under and the media type it is sent
 * (and advertised with `<link rel="alternate" type>`) as.
 */
export const feedFormats = {
  rss: { file: "feed.xml", type: "application/rss+xml" },
  atom: { file: "atom.xml", type: "application/atom+xml" },
  json: { file: "feed.json", type: "application/feed+json" },
} as const;
export type FeedFormat = keyof typeof feedFormats;

/** `alternates.types` for a listing page's metadata: each feed format's type and URL. */
export function feedAlternates(listing: string): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(feedFormats) as FeedFormat[]).map((format) => [feedFormats[format].type, paths.feed(listing, format)]),
  );
}

/**
 * URLs in one article sitemap. The protocol allows 50,000, but a file is built and written in
 * one stretch of the event loop: 1,000 URLs with their hreflang alternates are about 700 KB and
 * a few milliseconds of work, 10,000 were 7 MB and a quarter of a second during which nothing
 * else was answered. The sitemap index lists as many files as there are (100 at 100,000 articles).
 */
export const articlesPerSitemap = 1_000;

/** The number in an article sitemap's file name ("articles-3.xml" is 3), or null for anything else. */
export function parseArticleSitemapFile(file: string): number | null {
  const match = /^articles-([1-9]\d{0,5})\.xml$/.exec(file);
  return match ? Number(match[1]) : null;
}

/** Reading a page number from a route segment: only canonical positive integers count. */
/** A path segment decoded once, or as it is when it is not valid percent-encoding. */
export function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function parsePageSegment(segment: string[] | undefined): number | null {
  if (segment === undefined || segment.length === 0) return 1;
  if (segment.length !== 1) return null;
  const [raw = ""] = segment;
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  return Number(raw);
}

/** hreflang alternates plus x-default (the default language's version, else the first). */
export function languageAlternates(
  byLocale: Partial<Record<string, string>>,
  defaultLocale: string,
): Record<string, string> {
  const entries = Object.entries(byLocale).filter((entry): entry is [string, string] => typeof entry[1] === "string");
  const fallback = byLocale[defaultLocale] ?? entries[0]?.[1];
  return Object.fromEntries(fallback ? [...entries, ["x-default", fallback]] : entries);
}

/**
 * `alternates` for a paged listing (a topic's or an author's stories): the canonical address of
 * this page, the listing in the other languages from its first page only (a later page holds
 * other stories in each language), and its feeds.
 */
export function pagedListingAlternates(
  listing: string,
  page: number,
  byLocale: Partial<Record<string, string>>,
  defaultLocale: string,
) {
  return {
    canonical: paths.paged(listing, page),
    languages: page === 1 ? languageAlternates(byLocale, defaultLocale) : undefined,
    types: feedAlternates(listing),
  };
}
