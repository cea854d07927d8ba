import { describe, expect, it } from "vitest";
import { decodeHtmlText, parseXml, xmlErrors } from "@/test/xml";
import { renderFeed, type FeedChannel, type FeedEntry } from "./render-feed";

const origin = "https://news.example.org";
const trickyTitle = `Tom & Jerry <script>"x"</script> 'ok' 📰 ]]> twice ]]> — עברית \u202Bמימין\u202C`;
const trickyTopic = `I+D & <ciencia> "nueva"`;

const channel: FeedChannel = {
  title: "Heraldo — Salud & bienestar",
  description: "Noticias <de> la oficina",
  language: "es-ES",
  homeUrl: `${origin}/es/topics/salud`,
  feedUrls: {
    rss: `${origin}/es/topics/salud/feed.xml`,
    atom: `${origin}/es/topics/salud/atom.xml`,
    json: `${origin}/es/topics/salud/feed.json`,
  },
  logoUrl: `${origin}/logo.png`,
  publisher: { name: "Heraldo", url: `${origin}/es` },
};

function entry(overrides: Partial<FeedEntry> = {}): FeedEntry {
  return {
    id: "tag:news.example.org,2025:article-7",
    url: `${origin}/es/news/la-noticia`,
    title: trickyTitle,
    summary: 'Un resumen con <etiquetas> & comillas "dobles"\u0001',
    contentHtml: `<p>Cuerpo con <a href="${origin}/es/topics/salud">enlace</a> y ]]> dentro.</p>`,
    publishedAt: "2025-05-01T10:00:00.000Z",
    updatedAt: "2025-05-01T12:30:00.000Z",
    authors: [
      { name: "Ana <Ruiz> & Co", url: `${origin}/es/authors/ana-ruiz` },
      { name: "Mateo Ibáñez", url: `${origin}/es/authors/mateo-ibanez` },
    ],
    topics: [{ name: trickyTopic, url: `${origin}/es/topics/ciencia` }],
    image: { url: `${origin}/media/demo/x-123.jpg`, type: "image/jpeg", length: 48213 },
    ...overrides,
  };
}

type Rss = {
  rss: {
    channel: {
      title: string;
      link: string;
      language: string;
      item: {
        title: string;
        link: string;
        guid: { "#text": string; "@_isPermaLink": string };
        pubDate: string;
        description: string;
        "content:encoded": string;
        "dc:creator": { "#text": string };
        category: { "#text": string; "@_domain": string }[];
        enclosure: { "@_url": string; "@_type": string; "@_length": string };
      }[];
    };
  };
};

type Atom = {
  feed: {
    title: string;
    updated: string;
    link: { "@_rel": string; "@_href": string }[];
    entry: {
      title: { "#text": string; "@_type": string };
      id: string;
      link: { "@_href": string; "@_rel"?: string; "@_type"?: string; "@_length"?: string }[];
      updated: string;
      published: string;
      summary: { "#text": string };
      content: { "#text": string };
      author: { name: string; uri: string }[];
      category: { "@_term": string }[];
    }[];
  };
};

type JsonFeed = {
  version: string;
  title: string;
  feed_url: string;
  items: {
    id: string;
    url: string;
    title: string;
    summary: string;
    content_html: string;
    image: string;
    date_published: string;
    date_modified: string;
    author: { name: string; url: string };
    tags: string[];
  }[];
};

describe("renderFeed as RSS 2.0", () => {
  const xml = renderFeed("rss", channel, [entry()]);
  const parsed = parseXml<Rss>(xml, ["item", "category"]);
  const [item] = parsed.rss.channel.item;

  it("is well-formed XML", () => {
    expect(xmlErrors(xml)).toEqual([]);
  });

  it("carries the channel's title, link and language", () => {
    expect(parsed.rss.channel.title).toBe(channel.title);
    expect(parsed.rss.channel.link).toBe(channel.homeUrl);
    expect(parsed.rss.channel.language).toBe("es-ES");
  });

  it("keeps every character of a hostile title", () => {
    expect(item?.title).toBe(trickyTitle);
  });

  it("gives link, permanent guid, publication date, escaped summary, content, authors and topics", () => {
    expect(item?.link).toBe(`${origin}/es/news/la-noticia`);
    expect(item?.guid).toEqual({ "#text": "tag:news.example.org,2025:article-7", "@_isPermaLink": "false" });
    expect(new Date(item?.pubDate ?? "").toISOString()).toBe("2025-05-01T10:00:00.000Z");
    expect(decodeHtmlText(item?.description ?? "")).toBe('Un resumen con <etiquetas> & comillas "dobles"');
    expect(item?.["content:encoded"]).toBe(entry().contentHtml);
    expect(item?.["dc:creator"]["#text"]).toBe("Ana <Ruiz> & Co, Mateo Ibáñez");
    expect(item?.category).toEqual([{ "#text": trickyTopic, "@_domain": `${origin}/es/topics/ciencia` }]);
  });

  it("encloses the lead image with its type and size", () => {
    expect(item?.enclosure).toEqual({
      "@_url": `${origin}/media/demo/x-123.jpg`,
      "@_type": "image/jpeg",
      "@_length": "48213",
    });
  });
});

describe("renderFeed as Atom 1.0", () => {
  const xml = renderFeed("atom", channel, [
    entry(),
    entry({ id: "tag:news.example.org,2025:article-8", image: null, authors: [] }),
  ]);
  const parsed = parseXml<Atom>(xml, ["entry", "link", "author", "category"]);
  const [first, second] = parsed.feed.entry;

  it("is well-formed XML", () => {
    expect(xmlErrors(xml)).toEqual([]);
  });

  it("links to itself and to the listing, and is as recent as its newest entry", () => {
    expect(parsed.feed.title).toBe(channel.title);
    expect(parsed.feed.updated).toBe("2025-05-01T12:30:00.000Z");
    expect(parsed.feed.link).toContainEqual({ "@_rel": "self", "@_href": channel.feedUrls.atom });
    expect(parsed.feed.link).toContainEqual({ "@_rel": "alternate", "@_href": channel.homeUrl });
  });

  it("types the title as HTML and escapes it, so the title reads exactly as written", () => {
    expect(first?.title["@_type"]).toBe("html");
    expect(decodeHtmlText(first?.title["#text"] ?? "")).toBe(trickyTitle);
  });

  it("dates, identifies, summarises and attributes each entry", () => {
    expect(first?.id).toBe("tag:news.example.org,2025:article-7");
    expect(first?.published).toBe("2025-05-01T10:00:00.000Z");
    expect(first?.updated).toBe("2025-05-01T12:30:00.000Z");
    expect(decodeHtmlText(first?.summary["#text"] ?? "")).toBe('Un resumen con <etiquetas> & comillas "dobles"');
    expect(first?.content["#text"]).toBe(entry().contentHtml);
    expect(first?.author).toEqual([
      { name: "Ana <Ruiz> & Co", uri: `${origin}/es/authors/ana-ruiz` },
      { name: "Mateo Ibáñez", uri: `${origin}/es/authors/mateo-ibanez` },
    ]);
    // "<" cannot travel in an attribute through the writer; it becomes a look-alike.
    expect(first?.category).toEqual([
      { "@_term": `I+D & \uFF1Cciencia> "nueva"`, "@_label": `I+D & \uFF1Cciencia> "nueva"` },
    ]);
  });

  it("links the article and encloses the lead image with its size", () => {
    expect(first?.link[0]).toEqual({ "@_href": `${origin}/es/news/la-noticia` });
    expect(first?.link[1]).toMatchObject({
      "@_rel": "enclosure",
      "@_href": `${origin}/media/demo/x-123.jpg`,
      "@_length": "48213",
    });
    expect(second?.link).toHaveLength(1);
  });
});

describe("renderFeed as JSON Feed", () => {
  const feed = JSON.parse(renderFeed("json", channel, [entry()])) as JsonFeed;
  const [item] = feed.items;

  it("is JSON Feed version 1 with plain-text fields", () => {
    expect(feed.version).toBe("https://jsonfeed.org/version/1");
    expect(feed.title).toBe(channel.title);
    expect(feed.feed_url).toBe(channel.feedUrls.json);
    expect(item).toMatchObject({
      id: "tag:news.example.org,2025:article-7",
      url: `${origin}/es/news/la-noticia`,
      title: trickyTitle,
      summary: entry().summary,
      content_html: entry().contentHtml,
      image: `${origin}/media/demo/x-123.jpg`,
      date_published: "2025-05-01T10:00:00.000Z",
      date_modified: "2025-05-01T12:30:00.000Z",
      author: { name: "Ana <Ruiz> & Co", url: `${origin}/es/authors/ana-ruiz` },
      tags: [trickyTopic],
    });
  });
});

describe("an empty feed", () => {
  it.each(["rss", "atom"] as const)("is still a well-formed %s document", (format) => {
    expect(xmlErrors(renderFeed(format, channel, []))).toEqual([]);
  });
});
