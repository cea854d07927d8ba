import { describe, expect, it } from "vitest";
import { parseXml, xmlErrors } from "@/test/xml";
import { renderNewsSitemap, renderSitemapIndex, renderUrlSet } from "./render-sitemaps";

const trickyTitle = `Salud & "economía" <hoy> 'ya' 📰 — עברית \u202Bמימין\u202C \u0007`;

type UrlSet = {
  urlset: {
    "@_xmlns": string;
    "@_xmlns:xhtml"?: string;
    "@_xmlns:news"?: string;
    url: {
      loc: string;
      lastmod?: string;
      "xhtml:link"?: { "@_rel": string; "@_hreflang": string; "@_href": string }[];
      "news:news"?: {
        "news:publication": { "news:name": string; "news:language": string };
        "news:publication_date": string;
        "news:title": string;
      };
    }[];
  };
};

describe("renderSitemapIndex", () => {
  it("lists each sitemap file", () => {
    const xml = renderSitemapIndex([
      { url: "https://news.example.org/sitemaps/articles-1.xml" },
      { url: "https://news.example.org/sitemaps/news.xml", lastModified: "2025-05-01T12:00:00.000Z" },
    ]);
    expect(xmlErrors(xml)).toEqual([]);
    const parsed = parseXml<{ sitemapindex: { sitemap: { loc: string; lastmod?: string }[] } }>(xml, ["sitemap"]);
    expect(parsed.sitemapindex.sitemap).toEqual([
      { loc: "https://news.example.org/sitemaps/articles-1.xml" },
      { loc: "https://news.example.org/sitemaps/news.xml", lastmod: "2025-05-01T12:00:00.000Z" },
    ]);
  });
});

describe("renderUrlSet", () => {
  it("writes lastmod and hreflang alternates for pages in several languages", () => {
    const xml = renderUrlSet([
      {
        url: "https://news.example.org/es/news/la-noticia?a=1&b=2",
        lastModified: "2025-05-01T12:00:00.000Z",
        alternates: {
          es: "https://news.example.org/es/news/la-noticia?a=1&b=2",
          en: "https://news.example.org/en/news/the-story",
          "x-default": "https://news.example.org/es/news/la-noticia?a=1&b=2",
        },
      },
      {
        url: "https://news.example.org/es/news/sola",
        lastModified: "2025-05-02T12:00:00.000Z",
        alternates: {
          es: "https://news.example.org/es/news/sola",
          "x-default": "https://news.example.org/es/news/sola",
        },
      },
    ]);
    expect(xmlErrors(xml)).toEqual([]);
    const [translated, alone] = parseXml<UrlSet>(xml, ["url", "xhtml:link"]).urlset.url;
    expect(translated?.loc).toBe("https://news.example.org/es/news/la-noticia?a=1&b=2");
    expect(translated?.lastmod).toBe("2025-05-01T12:00:00.000Z");
    expect(translated?.["xhtml:link"]?.map((link) => [link["@_hreflang"], link["@_href"]])).toEqual([
      ["es", "https://news.example.org/es/news/la-noticia?a=1&b=2"],
      ["en", "https://news.example.org/en/news/the-story"],
      ["x-default", "https://news.example.org/es/news/la-noticia?a=1&b=2"],
    ]);
    expect(alone?.["xhtml:link"]).toBeUndefined();
  });

  it("is a valid, empty urlset when there is nothing to list", () => {
    const xml = renderUrlSet([]);
    expect(xmlErrors(xml)).toEqual([]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
  });
});

describe("renderNewsSitemap", () => {
  it("writes the publication, language, date and a title that survives any character", () => {
    const xml = renderNewsSitemap([
      {
        url: "https://news.example.org/es/news/x",
        title: trickyTitle,
        publishedAt: "2025-05-01T12:00:00.000Z",
        publicationName: "Heraldo & Co",
        language: "es",
      },
    ]);
    expect(xmlErrors(xml)).toEqual([]);
    const [entry] = parseXml<UrlSet>(xml, ["url"]).urlset.url;
    expect(entry?.["news:news"]).toEqual({
      "news:publication": { "news:name": "Heraldo & Co", "news:language": "es" },
      "news:publication_date": "2025-05-01T12:00:00.000Z",
      // Only the bell character (forbidden in XML) is gone.
      "news:title": trickyTitle.replace("\u0007", "").trim(),
    });
  });
});
