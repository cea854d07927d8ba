/**
 * Feeds (RSS, Atom, JSON Feed), robots.txt and the sitemaps, read the way feed readers and
 * crawlers read them: over HTTP, every XML document checked by a strict parser (saxes) and
 * then read with fast-xml-parser.
 */
import type { APIRequestContext } from "@playwright/test";
import { decodeHtmlText, parseXml, xmlErrors } from "@/test/xml";
import { e2eBaseUrl } from "./support/env";
import { createDraft, expect, test, uniqueTitle, clickAndConfirm } from "./support/fixtures";

const listings = [
  { name: "front page", es: "/es", en: "/en", title: { es: "Heraldo", en: "Heraldo" } },
  {
    name: "topic",
    es: "/es/topics/economia",
    en: "/en/topics/economy",
    title: { es: "Heraldo — Economía", en: "Heraldo — Economy" },
  },
  {
    name: "author",
    es: "/es/authors/mateo-ibanez",
    en: "/en/authors/mateo-ibanez",
    title: { es: "Heraldo — Mateo Ibáñez", en: "Heraldo — Mateo Ibáñez" },
  },
] as const;

type RssItem = {
  title: string;
  link: string;
  guid: { "#text": string };
  pubDate: string;
  description: string;
  "content:encoded": string;
  category?: { "#text": string; "@_domain": string }[];
  enclosure?: { "@_url": string; "@_type": string; "@_length": string };
};
type Rss = {
  rss: { channel: { title: string; link: string; language: string; image?: { url: string }; item?: RssItem[] } };
};
type AtomEntry = {
  title: { "#text": string; "@_type": string };
  id: string;
  link: { "@_href": string; "@_rel"?: string; "@_length"?: string }[];
  updated: string;
  published: string;
  content: { "#text": string };
  author?: { name: string; uri: string }[];
};
type Atom = { feed: { title: string; updated: string; entry?: AtomEntry[] } };
type JsonFeed = {
  version: string;
  title: string;
  home_page_url: string;
  items: { id: string; url: string; title: string; content_html: string; image?: string; date_published: string }[];
};
type UrlSet = {
  urlset: {
    url?: {
      loc: string;
      lastmod?: string;
      "xhtml:link"?: { "@_hreflang": string; "@_href": string }[];
      "news:news"?: {
        "news:publication": { "news:name": string; "news:language": string };
        "news:publication_date": string;
        "news:title": string;
      };
    }[];
  };
};

/** Fetches an XML document, checks status, type and well-formedness, and parses it. */
async function fetchXml<Shape>(request: APIRequestContext, path: string, type: RegExp, arrays: string[]) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"], path).toMatch(type);
  expect(response.headers()["cache-control"], path).toMatch(/s-maxage=\d+/);
  const xml = await response.text();
  expect(xmlErrors(xml), `${path} is well-formed XML`).toEqual([]);
  return parseXml<Shape>(xml, arrays);
}

function expectAbsolute(url: string | undefined, pathPrefix: string) {
  expect(url).toBeDefined();
  expect(url?.startsWith(`${e2eBaseUrl}${pathPrefix}`), `${url} starts with ${e2eBaseUrl}${pathPrefix}`).toBe(true);
}

function expectDate(value: string | undefined) {
  expect(Number.isNaN(new Date(value ?? "").getTime()), `${value} is a date`).toBe(false);
}

/** Article HTML with every link and image absolute (no src="/..." or href="/..."). */
function expectAbsoluteHtml(html: string) {
  expect(html).not.toMatch(/(src|href)="\/(?!\/)/);
}

async function expectImage(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toMatch(/^image\//);
}

for (const locale of ["es", "en"] as const) {
  for (const listing of listings) {
    test(`the ${listing.name}'s feeds in ${locale}: RSS, Atom and JSON Feed`, async ({ request }) => {
      const base = listing[locale];
      const title = listing.title[locale];

      const rss = await fetchXml<Rss>(request, `${base}/feed.xml`, /^application\/rss\+xml; charset=utf-8$/i, [
        "item",
        "category",
      ]);
      expect(rss.rss.channel.title).toBe(title);
      expect(rss.rss.channel.link).toBe(`${e2eBaseUrl}${base}`);
      expect(rss.rss.channel.language).toBe(locale === "es" ? "es-ES" : "en-GB");
      expectAbsolute(rss.rss.channel.image?.url, "/logo.png");
      await expectImage(request, rss.rss.channel.image?.url ?? "");
      const items = rss.rss.channel.item ?? [];
      expect(items.length).toBeGreaterThan(0);
      expect(items.length).toBeLessThanOrEqual(30);
      for (const item of items) {
        expectAbsolute(item.link, `/${locale}/news/`);
        expectDate(item.pubDate);
        expect(item.title.length).toBeGreaterThan(0);
        expectAbsoluteHtml(item["content:encoded"]);
        for (const category of item.category ?? []) expectAbsolute(category["@_domain"], `/${locale}/topics/`);
      }
      // Newest first.
      const times = items.map((item) => new Date(item.pubDate).getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
      const enclosure = items[0]?.enclosure;
      expect(enclosure?.["@_type"]).toBe("image/jpeg");
      expect(Number(enclosure?.["@_length"])).toBeGreaterThan(0);
      expectAbsolute(enclosure?.["@_url"], "/media/");
      await expectImage(request, enclosure?.["@_url"] ?? "");

      const atom = await fetchXml<Atom>(request, `${base}/atom.xml`, /^application\/atom\+xml; charset=utf-8$/i, [
        "entry",
        "link",
        "author",
      ]);
      expect(atom.feed.title).toBe(title);
      expectDate(atom.feed.updated);
      const entries = atom.feed.entry ?? [];
      expect(entries.map((entry) => decodeHtmlText(entry.title["#text"]))).toEqual(items.map((item) => item.title));
      for (const entry of entries) {
        expectAbsolute(entry.link[0]?.["@_href"], `/${locale}/news/`);
        expectDate(entry.published);
        expectDate(entry.updated);
        expect(entry.updated >= entry.published).toBe(true);
        expectAbsoluteHtml(entry.content["#text"]);
        for (const author of entry.author ?? []) expectAbsolute(author.uri, `/${locale}/authors/`);
      }
      const atomImage = entries[0]?.link.find((link) => link["@_rel"] === "enclosure");
      expectAbsolute(atomImage?.["@_href"], "/media/");
      await expectImage(request, atomImage?.["@_href"] ?? "");

      const jsonResponse = await request.get(`${base}/feed.json`);
      expect(jsonResponse.status()).toBe(200);
      expect(jsonResponse.headers()["content-type"]).toMatch(/^application\/feed\+json; charset=utf-8$/i);
      const json = (await jsonResponse.json()) as JsonFeed;
      expect(json.version).toBe("https://jsonfeed.org/version/1");
      expect(json.title).toBe(title);
      expect(json.home_page_url).toBe(`${e2eBaseUrl}${base}`);
      expect(json.items.map((item) => item.url)).toEqual(items.map((item) => item.link));
      for (const item of json.items) {
        expectDate(item.date_published);
        expectAbsoluteHtml(item.content_html);
      }
      expectAbsolute(json.items[0]?.image, "/media/");
    });
  }
}

test("unknown languages, topics and authors have no feeds", async ({ request }) => {
  for (const path of [
    "/fr/feed.xml",
    "/es/topics/no-such-topic/feed.xml",
    "/en/topics/economia/atom.xml",
    "/es/authors/no-such-author/feed.json",
    "/sitemaps/articles-99.xml",
    "/sitemaps/articles-0.xml",
    "/sitemaps/other.xml",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("robots.txt names the sitemap index and keeps crawlers out of the newsroom, the API and search", async ({
  request,
}) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const robots = await response.text();
  expect(robots).toContain(`Sitemap: ${e2eBaseUrl}/sitemap.xml`);
  for (const path of ["/admin", "/login", "/api/", "/es/search", "/en/search"]) {
    expect(robots).toMatch(new RegExp(`^Disallow: ${path}$`, "m"));
  }
  expect(robots).not.toMatch(/^Disallow: \/$/m);
});

test("the sitemap index lists article, topic and news sitemaps, and each of them parses", async ({ request }) => {
  type Index = { sitemapindex: { sitemap: { loc: string }[] } };
  const index = await fetchXml<Index>(request, "/sitemap.xml", /^application\/xml/, ["sitemap"]);
  const files = index.sitemapindex.sitemap.map((entry) => entry.loc);
  expect(files).toEqual([
    `${e2eBaseUrl}/sitemaps/articles-1.xml`,
    `${e2eBaseUrl}/sitemaps/topics.xml`,
    `${e2eBaseUrl}/sitemaps/news.xml`,
  ]);
  for (const file of files) {
    await fetchXml<UrlSet>(request, file.slice(e2eBaseUrl.length), /^application\/xml/, ["url", "xhtml:link"]);
  }
});

test("article and topic sitemaps date every page and link translations with hreflang", async ({ request }) => {
  const arrays = ["url", "xhtml:link"];
  const articles = (await fetchXml<UrlSet>(request, "/sitemaps/articles-1.xml", /xml/, arrays)).urlset.url ?? [];
  expect(articles.length).toBeGreaterThanOrEqual(48);
  for (const entry of articles) {
    expect(entry.loc).toMatch(new RegExp(`^${e2eBaseUrl}/(es|en)/news/[a-z0-9-]+$`));
    expectDate(entry.lastmod);
  }
  // The storm warning is published in both languages: each version names both, and x-default.
  const spanish = articles.find((entry) => entry.loc.includes("/es/news/aviso-naranja-por-temporal"));
  const links = Object.fromEntries((spanish?.["xhtml:link"] ?? []).map((link) => [link["@_hreflang"], link["@_href"]]));
  expect(links.es).toBe(spanish?.loc);
  expect(links.en).toMatch(/\/en\/news\/orange-warning/);
  expect(links["x-default"]).toBe(spanish?.loc);
  const english = articles.find((entry) => entry.loc === links.en);
  expect(english?.["xhtml:link"]?.find((link) => link["@_hreflang"] === "es")?.["@_href"]).toBe(spanish?.loc);

  const topics = (await fetchXml<UrlSet>(request, "/sitemaps/topics.xml", /xml/, arrays)).urlset.url ?? [];
  const economy = topics.find((entry) => entry.loc === `${e2eBaseUrl}/es/topics/economia`);
  expectDate(economy?.lastmod);
  expect(economy?.["xhtml:link"]?.map((link) => link["@_href"])).toContain(`${e2eBaseUrl}/en/topics/economy`);
});

test("the news sitemap holds exactly the last 48 hours' articles, with publication name and language", async ({
  request,
}) => {
  const news = (await fetchXml<UrlSet>(request, "/sitemaps/news.xml", /xml/, ["url"])).urlset.url ?? [];
  const cutOff = Date.now() - 48 * 3_600_000;
  expect(news.length).toBeGreaterThan(0);
  for (const entry of news) {
    const item = entry["news:news"];
    const language = entry.loc.slice(e2eBaseUrl.length + 1, e2eBaseUrl.length + 3);
    expect(item?.["news:publication"]).toEqual({ "news:name": "Heraldo", "news:language": language });
    expect(new Date(item?.["news:publication_date"] ?? "").getTime()).toBeGreaterThanOrEqual(cutOff);
    expect(item?.["news:title"].length).toBeGreaterThan(0);
  }
  // Compared with the Spanish feed (every Spanish story, with its date): the recent ones are
  // in the news sitemap, the older ones are not.
  const feed = await fetchXml<Rss>(request, "/es/feed.xml", /rss/, ["item"]);
  const listed = new Set(news.map((entry) => entry.loc));
  const spanishStories = feed.rss.channel.item ?? [];
  const recent = spanishStories.filter((item) => new Date(item.pubDate).getTime() >= cutOff + 60_000);
  const older = spanishStories.filter((item) => new Date(item.pubDate).getTime() < cutOff);
  expect(recent.length).toBeGreaterThan(0);
  expect(older.length).toBeGreaterThan(0);
  for (const item of recent) expect(listed.has(item.link), item.link).toBe(true);
  for (const item of older) expect(listed.has(item.link), item.link).toBe(false);
});

test("the front, topic and author pages advertise their feeds", async ({ page }) => {
  for (const [path, feedBase] of [
    ["/es", "/es"],
    ["/en?page=2", "/en"],
    ["/es/topics/economia", "/es/topics/economia"],
    ["/en/authors/mateo-ibanez", "/en/authors/mateo-ibanez"],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      "href",
      new RegExp(`${feedBase.replace(/\//g, "\\/")}/feed\\.xml$`),
    );
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      "href",
      new RegExp(`${feedBase.replace(/\//g, "\\/")}/atom\\.xml$`),
    );
    await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute(
      "href",
      new RegExp(`${feedBase.replace(/\//g, "\\/")}/feed\\.json$`),
    );
  }
});

test("a headline with &, <, quotes and emoji survives in RSS, Atom, JSON Feed and the sitemaps", async ({
  editorPage,
  request,
}) => {
  const title = uniqueTitle(`Salud & <b>"economía"</b> 'hoy' 📰🇪🇸 ]]> —`);
  const adminUrl = await createDraft(editorPage, {
    title,
    topic: "Economy",
    body: '<p>Ver <a href="/es/topics/economia">economía</a> y <a href="#datos">los datos</a>.</p>',
  });
  await editorPage.getByRole("button", { name: "Publish" }).click();
  await expect(editorPage.getByText("Article published.")).toBeVisible();

  try {
    const rss = await fetchXml<Rss>(request, "/es/feed.xml", /rss/, ["item", "category"]);
    const item = rss.rss.channel.item?.find((candidate) => candidate.title === title);
    expect(item, "the new story leads the Spanish RSS feed").toBeDefined();
    expect(rss.rss.channel.item?.[0]?.title).toBe(title);
    const articleUrl = item?.link ?? "";
    expectAbsolute(articleUrl, "/es/news/");
    expect(item?.["content:encoded"]).toContain(`href="${e2eBaseUrl}/es/topics/economia"`);
    expect(item?.["content:encoded"]).toContain(`href="${articleUrl}#datos"`);

    const topicRss = await fetchXml<Rss>(request, "/es/topics/economia/feed.xml", /rss/, ["item"]);
    expect(topicRss.rss.channel.item?.[0]?.title).toBe(title);

    const atom = await fetchXml<Atom>(request, "/es/atom.xml", /atom/, ["entry", "link"]);
    expect(atom.feed.entry?.[0]?.title["@_type"]).toBe("html");
    expect(decodeHtmlText(atom.feed.entry?.[0]?.title["#text"] ?? "")).toBe(title);

    const json = (await (await request.get("/es/feed.json")).json()) as JsonFeed;
    expect(json.items[0]?.title).toBe(title);

    const news = (await fetchXml<UrlSet>(request, "/sitemaps/news.xml", /xml/, ["url"])).urlset.url ?? [];
    expect(news.find((entry) => entry.loc === articleUrl)?.["news:news"]?.["news:title"]).toBe(title);

    const articles = (await fetchXml<UrlSet>(request, "/sitemaps/articles-1.xml", /xml/, ["url"])).urlset.url ?? [];
    expect(articles.map((entry) => entry.loc)).toContain(articleUrl);
  } finally {
    // Leave the demo state as found: other specs count the Spanish stories.
    await editorPage.goto(adminUrl);
    await clickAndConfirm(editorPage, "Unpublish");
    await expect(editorPage.getByText("Article unpublished.")).toBeVisible();
  }

  const afterwards = await fetchXml<Rss>(request, "/es/feed.xml", /rss/, ["item"]);
  expect(afterwards.rss.channel.item?.map((item) => item.title)).not.toContain(title);
});
