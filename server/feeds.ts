/**
 * The feeds: RSS 2.0, Atom 1.0 and JSON Feed for each language's front page, each topic and
 * each author. A document is built once and kept in the data cache under the tags of what it
 * shows (lib/cache-tags.ts), so a publish, edit or unpublish (server/invalidate.ts) is in the
 * feed on the next request.
 */
import "server-only";
import { unstable_cache } from "next/cache";
import { getTranslations } from "next-intl/server";
import { listFeedArticles, type FeedArticle, type FeedScope } from "@/db/queries/reader/feeds";
import { cacheTags } from "@/lib/cache-tags";
import { renderFeed, type FeedEntry } from "@/lib/feeds/render-feed";
import { withAbsoluteUrls } from "@/lib/html/absolute-urls";
import { sanitizeArticleHtml } from "@/lib/html/sanitize";
import { isLocale, localeTags, type Locale } from "@/lib/locales";
import { feedFormats, paths, type FeedFormat } from "@/lib/paths";
import { siteNameIn } from "@/lib/settings";
import { escapeHtmlText } from "@/lib/xml";
import { documentResponse } from "./document-response";
import { cachedAuthor, cachedSiteSettings, cachedTopic } from "./reader-data";

export type FeedRequest = { locale: string; format: FeedFormat } & (
  { kind: "site" } | { kind: "topic"; slug: string } | { kind: "author"; slug: string }
);

/** What a feed follows: its articles, its page, its cache tag and (topic, author) its heading. */
type Listing = { scope: FeedScope; path: string; tag: string; name?: string; description?: string };

/** The listing a request names; null when the topic or author is unknown. */
async function resolveListing(request: FeedRequest, locale: Locale): Promise<Listing | null> {
  switch (request.kind) {
    case "site":
      return { scope: { kind: "site", locale }, path: paths.home(locale), tag: cacheTags.listing(locale) };
    case "topic": {
      const topic = await cachedTopic(locale, request.slug);
      if (!topic) return null;
      return {
        scope: { kind: "topic", locale, topicId: topic.id },
        path: paths.topic(locale, topic.slug),
        tag: cacheTags.topic(topic.id),
        name: topic.name,
        description: topic.description,
      };
    }
    case "author": {
      const author = await cachedAuthor(request.slug);
      if (!author) return null;
      return {
        scope: { kind: "author", locale, userId: author.id },
        path: paths.author(locale, author.slug),
        tag: cacheTags.author(author.id),
        name: author.name,
        description: author.bio[locale] ?? "",
      };
    }
  }
}

/** The feed a route names, or a 404 for an unknown language, topic or author. */
export async function feedResponse(request: FeedRequest): Promise<Response> {
  return documentResponse(await feedDocument(request), feedFormats[request.format].type);
}

/** The feed document as text, or null when there is no such feed. */
export async function feedDocument(request: FeedRequest): Promise<string | null> {
  const { locale, format } = request;
  if (!isLocale(locale)) return null;
  const listing = await resolveListing(request, locale);
  if (!listing) return null;
  const settings = await cachedSiteSettings();
  const heading = { siteName: siteNameIn(settings, locale), name: listing.name, description: listing.description };
  return unstable_cache(buildFeed, ["feed-document"], {
    // The listing's own tag, plus what entries show besides articles: names of topics and
    // authors, and the site settings (name, public URL).
    tags: [listing.tag, cacheTags.topics, cacheTags.authors, cacheTags.settings],
    revalidate: 3600,
  })(format, locale, listing.scope, listing.path, settings.publicUrl, heading);
}

type Heading = { siteName: string; name?: string; description?: string };

async function buildFeed(
  format: FeedFormat,
  locale: Locale,
  scope: FeedScope,
  listingPath: string,
  origin: string,
  heading: Heading,
): Promise<string> {
  const [articles, t] = await Promise.all([listFeedArticles(scope), getTranslations({ locale })]);
  const absolute = (path: string) => new URL(path, origin).toString();
  const channel = {
    title: heading.name ? `${heading.siteName} — ${heading.name}` : heading.siteName,
    description: heading.description || t("site.tagline"),
    language: localeTags[locale],
    homeUrl: absolute(listingPath),
    feedUrls: {
      rss: absolute(paths.feed(listingPath, "rss")),
      atom: absolute(paths.feed(listingPath, "atom")),
      json: absolute(paths.feed(listingPath, "json")),
    },
    logoUrl: absolute("/logo.png"),
    publisher: { name: heading.siteName, url: absolute(paths.home(locale)) },
  };
  const creditLine = (credit: string) => t("article.imageCredit", { credit });
  const entries = articles.map((article) => toEntry(article, origin, creditLine));
  return renderFeed(format, channel, entries);
}

function toEntry(article: FeedArticle, origin: string, creditLine: (credit: string) => string): FeedEntry {
  const locale = article.locale;
  const absolute = (path: string) => new URL(path, origin).toString();
  const url = absolute(paths.article(locale, article.slug));
  const image = article.image ? { ...article.image, url: absolute(article.image.src) } : null;
  const figure = image
    ? leadFigure(image, [article.leadImageCaption, article.leadImageCredit && creditLine(article.leadImageCredit)])
    : "";
  return {
    // A tag: URI (RFC 4151) keeps the entry's identity when its slug, and so its URL, changes.
    id: `tag:${new URL(origin).hostname},2025:article-${article.id}`,
    url,
    title: article.title,
    summary: article.summary,
    contentHtml: figure + withAbsoluteUrls(sanitizeArticleHtml(article.body), url),
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt,
    authors: article.authors.map((author) => ({ name: author.name, url: absolute(paths.author(locale, author.slug)) })),
    topics: article.topics.map((topic) => ({ name: topic.name, url: absolute(paths.topic(locale, topic.slug)) })),
    image: image && image.type ? { url: image.url, type: image.type, length: image.byteSize } : null,
  };
}

/** The lead image at the top of the content, as on the article page (many readers show only content). */
function leadFigure(image: { url: string; alt: string; width: number; height: number }, captions: string[]): string {
  const caption = captions.filter(Boolean).map(escapeHtmlText).join(" ");
  const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : "";
  return (
    `<figure><img src="${escapeHtmlText(image.url)}" alt="${escapeHtmlText(image.alt)}"${size}>` +
    (caption ? `<figcaption>${caption}</figcaption>` : "") +
    "</figure>"
  );
}
