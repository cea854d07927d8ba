/**
 * The sitemaps: an index naming numbered article sitemaps (`articlesPerSitemap` URLs each), a topic
 * sitemap and a Google News sitemap. Their data is cached under the language listing tags, which
 * every publish, edit and unpublish expires (server/invalidate.ts); absolute URLs come from the
 * public URL in the site settings.
 */
import "server-only";
import { unstable_cache } from "next/cache";
import {
  countSitemapArticles,
  listNewsSitemapArticles,
  listSitemapArticles,
  listSitemapTopics,
  type LocalisedSlug,
} from "@/db/queries/reader/sitemaps";
import { cacheTags } from "@/lib/cache-tags";
import { isLocale, locales, type Locale } from "@/lib/locales";
import { articlesPerSitemap, languageAlternates, paths } from "@/lib/paths";
import { siteNameIn } from "@/lib/settings";
import { renderNewsSitemap, renderSitemapIndex, renderUrlSet, type SitemapUrl } from "@/lib/sitemaps/render-sitemaps";
import { documentResponse } from "./document-response";
import { cachedSiteSettings } from "./reader-data";

/** The sitemaps protocol's media type. */
export const sitemapMediaType = "application/xml";

/** A sitemap document as a response; null becomes a 404. */
export function sitemapResponse(document: string | null): Response {
  return documentResponse(document, sitemapMediaType);
}

const revalidate = 3600;
const everyListing = locales.map((locale) => cacheTags.listing(locale));

/**
 * Article sitemap data is read and cached in batches: the data cache refuses entries over 2 MB,
 * and a batch this size is one short query on the event loop (the embedded SQLite driver runs
 * there), read one after another so other requests get their turn in between.
 */
const sitemapBatchSize = 1000;

/** Google News takes articles of the last two days. */
export const newsWindowMs = 48 * 3_600_000;

const cachedArticleCount = unstable_cache(countSitemapArticles, ["sitemap-article-count"], {
  tags: everyListing,
  revalidate,
});
const cachedArticleBatch = unstable_cache(listSitemapArticles, ["sitemap-article-batch"], {
  tags: everyListing,
  revalidate,
});
const cachedTopicPages = unstable_cache(listSitemapTopics, ["sitemap-topics"], {
  tags: [cacheTags.topics, ...everyListing],
  revalidate,
});
// A little more than the window, fetched now and then; each response trims it to the exact window.
const cachedRecentNews = unstable_cache(
  () => listNewsSitemapArticles(new Date(Date.now() - newsWindowMs - 3_600_000)),
  ["sitemap-news"],
  { tags: everyListing, revalidate: 600 },
);

type AbsoluteUrlMaker = ((path: string) => string) & { defaultLocale: Locale };

/** Absolute URLs on the public address; carries the default language for x-default. */
async function absoluteUrlMaker(): Promise<AbsoluteUrlMaker> {
  const { publicUrl, defaultLocale } = await cachedSiteSettings();
  return Object.assign((path: string) => new URL(path, publicUrl).toString(), { defaultLocale });
}

/** hreflang alternates among the versions a page has in configured languages, like the pages' own. */
function alternatesFor(versions: LocalisedSlug[], pathOf: (v: LocalisedSlug) => string, absolute: AbsoluteUrlMaker) {
  const byLocale = Object.fromEntries(
    versions
      .filter((version) => isLocale(version.locale))
      .map((version) => [version.locale, absolute(pathOf(version))]),
  );
  return languageAlternates(byLocale, absolute.defaultLocale);
}

export async function articleSitemapCount(): Promise<number> {
  return Math.max(1, Math.ceil((await cachedArticleCount()) / articlesPerSitemap));
}

export async function sitemapIndexDocument(): Promise<string> {
  const [absolute, count] = await Promise.all([absoluteUrlMaker(), articleSitemapCount()]);
  const files = [
    ...Array.from({ length: count }, (_, index) => paths.articleSitemap(index + 1)),
    paths.topicSitemap,
    paths.newsSitemap,
  ];
  return renderSitemapIndex(files.map((path) => ({ url: absolute(path) })));
}

/** Article sitemap number `n` (from 1); null past the last one. */
export async function articleSitemapDocument(n: number): Promise<string | null> {
  const [absolute, total] = await Promise.all([absoluteUrlMaker(), cachedArticleCount()]);
  const start = (n - 1) * articlesPerSitemap;
  if (n < 1 || (n > 1 && start >= total)) return null;
  const end = Math.min(total, start + articlesPerSitemap);
  const offsets: number[] = [];
  for (let offset = start; offset < end; offset += sitemapBatchSize) offsets.push(offset);
  const batches = [];
  for (const offset of offsets)
    batches.push(await cachedArticleBatch(offset, Math.min(sitemapBatchSize, end - offset)));
  const articlePath = (version: LocalisedSlug) => paths.article(version.locale, version.slug);
  const urls: SitemapUrl[] = batches.flat().map((article) => ({
    url: absolute(articlePath(article)),
    lastModified: article.lastModified,
    alternates: alternatesFor(article.versions, articlePath, absolute),
  }));
  return renderUrlSet(urls);
}

export async function topicSitemapDocument(): Promise<string> {
  const [absolute, topics] = await Promise.all([absoluteUrlMaker(), cachedTopicPages()]);
  const topicPath = (version: LocalisedSlug) => paths.topic(version.locale, version.slug);
  const urls = topics.flatMap((pages) =>
    pages
      .filter((page) => isLocale(page.locale))
      .map((page) => ({
        url: absolute(topicPath(page)),
        lastModified: page.lastModified,
        alternates: alternatesFor(pages, topicPath, absolute),
      })),
  );
  return renderUrlSet(urls);
}

export async function newsSitemapDocument(now: Date = new Date()): Promise<string> {
  const [settings, recent] = await Promise.all([cachedSiteSettings(), cachedRecentNews()]);
  const since = new Date(now.getTime() - newsWindowMs).toISOString();
  const entries = recent.flatMap((article) =>
    isLocale(article.locale) && article.publishedAt >= since
      ? [
          {
            url: new URL(paths.article(article.locale, article.slug), settings.publicUrl).toString(),
            title: article.title,
            publishedAt: article.publishedAt,
            publicationName: siteNameIn(settings, article.locale),
            language: article.locale,
          },
        ]
      : [],
  );
  return renderNewsSitemap(entries);
}
