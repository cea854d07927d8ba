/**
 * What the print view and the PDF show, decided once: every line already worded in the
 * article's language and every URL absolute. Both renderers draw this object and nothing else,
 * so they cannot drift apart, and the PDF cache keys on it (a change to anything shown is a new
 * PDF).
 */
import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ArticleDetail } from "@/db/queries/types";
import { wasUpdatedAfterPublishing } from "@/lib/article-dates";
import { sanitizeArticleHtml } from "@/lib/html/sanitize";
import type { Locale } from "@/lib/locales";
import { mediaKeyFromUrl } from "@/lib/media-url";
import { paths } from "@/lib/paths";
import { cachedSiteSettings } from "@/server/reader-data";
import { absoluteUrl, siteName } from "@/server/site-url";
import { siteLogo, type SiteLogo } from "./site-logo";

export type DateLine = { label: string; iso: string; text: string };

export type PrintableImage = {
  src: string;
  /** Media storage key, for the PDF to read the file; null if the URL is not our media. */
  storageKey: string | null;
  width: number;
  height: number;
  alt: string;
  caption: string;
  /** "Photo: …" in the article's language, or null. */
  credit: string | null;
};

export type PrintableArticle = {
  locale: Locale;
  articleId: number;
  slug: string;
  updatedAt: string;
  siteName: string;
  siteUrl: string;
  /** "Published on {site} ({url})" in the article's language. */
  publishedOn: string;
  logo: SiteLogo & { alt: string };
  title: string;
  summary: string;
  authors: string[];
  /** "By A and B", or null when the article has no authors. */
  byline: string | null;
  published: DateLine;
  updated: DateLine | null;
  image: PrintableImage | null;
  /** Sanitised article HTML. */
  bodyHtml: string;
  correction: { label: string; text: string } | null;
  source: { line: string; name: string; url: string | null; urlLabel: string } | null;
  articleUrl: string;
  articleUrlLabel: string;
  /** Message patterns the PDF fills in while laying out pages and images. */
  patterns: { page: string; image: string; imageWithoutAlt: string };
};

export async function buildPrintableArticle(article: ArticleDetail, locale: Locale): Promise<PrintableArticle> {
  const [t, tPrint, format, settings, name, logo, articleUrl] = await Promise.all([
    getTranslations({ locale, namespace: "article" }),
    getTranslations({ locale, namespace: "print" }),
    getFormatter({ locale }),
    cachedSiteSettings(),
    siteName(locale),
    siteLogo(),
    absoluteUrl(paths.article(locale, article.slug)),
  ]);
  const dateLine = (label: string, iso: string): DateLine => ({
    label,
    iso,
    text: format.dateTime(new Date(iso), { dateStyle: "long", timeStyle: "short" }),
  });
  const authors = article.authors.map((author) => author.name);
  const image = article.image;

  return {
    locale,
    articleId: article.id,
    slug: article.slug,
    updatedAt: article.updatedAt,
    siteName: name,
    siteUrl: settings.publicUrl,
    publishedOn: tPrint("publishedOn", { site: name, url: settings.publicUrl }),
    logo: { ...logo, alt: tPrint("logo", { site: name }) },
    title: article.title,
    summary: article.summary,
    authors,
    byline: authors.length > 0 ? `${t("by")} ${format.list(authors, { type: "conjunction" })}` : null,
    published: dateLine(t("published"), article.publishedAt),
    updated: wasUpdatedAfterPublishing(article.publishedAt, article.updatedAt)
      ? dateLine(t("updated"), article.updatedAt)
      : null,
    image: image && {
      src: image.src,
      storageKey: mediaKeyFromUrl(image.src),
      width: image.width,
      height: image.height,
      alt: image.alt,
      caption: article.leadImageCaption,
      credit: article.leadImageCredit ? t("imageCredit", { credit: article.leadImageCredit }) : null,
    },
    bodyHtml: sanitizeArticleHtml(article.body),
    correction: article.correction ? { label: t("correction"), text: article.correction } : null,
    source: article.sourceName
      ? {
          line: t("retrievedFrom", { source: article.sourceName }),
          name: article.sourceName,
          url: article.sourceUrl || null,
          urlLabel: tPrint("sourceUrl"),
        }
      : null,
    articleUrl,
    articleUrlLabel: tPrint("articleUrl"),
    patterns: {
      page: String(tPrint.raw("page")),
      image: String(tPrint.raw("image")),
      imageWithoutAlt: tPrint("imageWithoutAlt"),
    },
  };
}
