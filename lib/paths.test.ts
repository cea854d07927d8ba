import { describe, expect, it } from "vitest";
import { feedAlternates, parseArticleSitemapFile, parsePageSegment, paths } from "./paths";

describe("parsePageSegment", () => {
  it("reads no segment as page 1", () => {
    expect(parsePageSegment(undefined)).toBe(1);
    expect(parsePageSegment([])).toBe(1);
  });

  it.each([
    ["2", 2],
    ["1", 1],
    ["10", 10],
    ["999999", 999999],
  ])("reads %j as page %i", (segment, page) => {
    expect(parsePageSegment([segment])).toBe(page);
  });

  it.each(["0", "-1", "abc", "01", "9999999", "2.5", "1e3", " 2", "", "+2"])("refuses %j", (segment) => {
    expect(parsePageSegment([segment])).toBeNull();
  });

  it("refuses two segments", () => {
    expect(parsePageSegment(["2", "3"])).toBeNull();
  });
});

describe("paths", () => {
  it("builds reader URLs under the language", () => {
    expect(paths.home("es")).toBe("/es");
    expect(paths.article("en", "the-story")).toBe("/en/news/the-story");
    expect(paths.topic("es", "salud")).toBe("/es/topics/salud");
    expect(paths.author("en", "ana-ruiz")).toBe("/en/authors/ana-ruiz");
  });

  it("puts the print view and the PDF under the article, Letter as a query", () => {
    expect(paths.articlePrint("es", "la-noticia")).toBe("/es/news/la-noticia/print");
    expect(paths.articlePdf("es", "la-noticia")).toBe("/es/news/la-noticia/pdf");
    expect(paths.articlePdf("en", "the-story", "letter")).toBe("/en/news/the-story/pdf?size=letter");
  });

  it("leaves page 1 as the bare listing and adds the page number after it", () => {
    expect(paths.paged("/es", 1)).toBe("/es");
    expect(paths.paged("/es", 0)).toBe("/es");
    expect(paths.paged("/es", 3)).toBe("/es?page=3");
  });
});

describe("feed and sitemap paths", () => {
  it("puts each feed format beside its listing", () => {
    expect(paths.feed(paths.home("es"), "rss")).toBe("/es/feed.xml");
    expect(paths.feed(paths.topic("en", "health"), "atom")).toBe("/en/topics/health/atom.xml");
    expect(paths.feed(paths.author("es", "ana-ruiz"), "json")).toBe("/es/authors/ana-ruiz/feed.json");
  });

  it("advertises every format with its media type", () => {
    expect(feedAlternates("/en")).toEqual({
      "application/rss+xml": "/en/feed.xml",
      "application/atom+xml": "/en/atom.xml",
      "application/feed+json": "/en/feed.json",
    });
  });

  it("numbers article sitemaps and reads the number back", () => {
    expect(paths.articleSitemap(2)).toBe("/sitemaps/articles-2.xml");
    expect(parseArticleSitemapFile("articles-2.xml")).toBe(2);
    expect(parseArticleSitemapFile(paths.articleSitemap(17).split("/").pop() ?? "")).toBe(17);
  });

  it.each(["articles-0.xml", "articles-01.xml", "articles-x.xml", "articles-1.xml.gz", "news.xml", "articles-1"])(
    "refuses the sitemap file name %j",
    (file) => {
      expect(parseArticleSitemapFile(file)).toBeNull();
    },
  );
});
