/**
 * Sitemap documents (sitemaps.org 0.9, with Google's hreflang and News extensions) from plain,
 * already absolute entries. Every text and attribute goes through lib/xml.ts, so headlines
 * with markup characters, quotes, emoji or right-to-left text cannot break a file.
 */
import { renderXmlDocument, type XmlNode } from "../xml";

const sitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
const xhtmlNamespace = "http://www.w3.org/1999/xhtml";
const newsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";

function text(name: string, value: string): XmlNode {
  return { name, children: [value] };
}

/** The sitemap index: one `<sitemap>` per file. */
export function renderSitemapIndex(files: { url: string; lastModified?: string }[]): string {
  return renderXmlDocument({
    name: "sitemapindex",
    attributes: { xmlns: sitemapNamespace },
    children: files.map((file) => ({
      name: "sitemap",
      children: [text("loc", file.url), ...(file.lastModified ? [text("lastmod", file.lastModified)] : [])],
    })),
  });
}

export type SitemapUrl = {
  url: string;
  /** ISO 8601. */
  lastModified: string;
  /** hreflang code (or "x-default") to URL; the page's own language included, as Google asks. */
  alternates: Record<string, string>;
};

/** A `<urlset>`; alternates are written only for pages that exist in more than one language. */
export function renderUrlSet(urls: SitemapUrl[]): string {
  return renderXmlDocument({
    name: "urlset",
    attributes: { xmlns: sitemapNamespace, "xmlns:xhtml": xhtmlNamespace },
    children: urls.map((entry) => {
      const languages = Object.keys(entry.alternates).filter((code) => code !== "x-default");
      const links: XmlNode[] =
        languages.length > 1
          ? Object.entries(entry.alternates).map(([hreflang, href]) => ({
              name: "xhtml:link",
              attributes: { rel: "alternate", hreflang, href },
            }))
          : [];
      return { name: "url", children: [text("loc", entry.url), text("lastmod", entry.lastModified), ...links] };
    }),
  });
}

export type NewsSitemapEntry = {
  url: string;
  title: string;
  /** ISO 8601. */
  publishedAt: string;
  /** The publication as Google News knows it: the site's name in the article's language. */
  publicationName: string;
  /** ISO 639 code, e.g. "es". */
  language: string;
};

/** A Google News sitemap. */
export function renderNewsSitemap(entries: NewsSitemapEntry[]): string {
  return renderXmlDocument({
    name: "urlset",
    attributes: { xmlns: sitemapNamespace, "xmlns:news": newsNamespace },
    children: entries.map((entry) => ({
      name: "url",
      children: [
        text("loc", entry.url),
        {
          name: "news:news",
          children: [
            {
              name: "news:publication",
              children: [text("news:name", entry.publicationName), text("news:language", entry.language)],
            },
            text("news:publication_date", entry.publishedAt),
            text("news:title", entry.title),
          ],
        },
      ],
    })),
  });
}
