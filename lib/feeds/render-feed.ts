/**
 * RSS 2.0, Atom 1.0 and JSON Feed documents from plain entries, written by the `feed` package.
 * Everything here is already absolute (URLs) and sanitised (HTML); this module only knows how
 * each format wants its fields, and works around what `feed` 6.0.0 (and the xml-js writer
 * under it) gets wrong, so no headline can break a document.
 */
import { Feed, type Item } from "feed";
import type { FeedFormat } from "../paths";
import { escapeHtmlText, stripForbiddenXmlChars } from "../xml";

export type FeedChannel = {
  title: string;
  description: string;
  /** BCP 47 tag, e.g. "es-ES". */
  language: string;
  /** The listing the feed follows (front, topic or author page), absolute. */
  homeUrl: string;
  /** Where each format of this feed is served, absolute (the documents link to themselves). */
  feedUrls: Record<FeedFormat, string>;
  logoUrl: string;
  /** The site (name and front page): the feed's own author, so Atom entries without a byline stay valid. */
  publisher: { name: string; url: string };
};

export type FeedEntry = {
  /** A permanent identifier (survives slug changes), e.g. a tag: URI. */
  id: string;
  url: string;
  title: string;
  /** Plain text. */
  summary: string;
  /** Sanitised HTML with absolute URLs. */
  contentHtml: string;
  /** ISO 8601. */
  publishedAt: string;
  updatedAt: string;
  authors: { name: string; url: string }[];
  topics: { name: string; url: string }[];
  image: { url: string; type: string; length: number } | null;
};

/**
 * xml-js escapes only the first "]]>" of a CDATA section. Splitting the later ones here (the
 * standard "]]]]><![CDATA[>" trick) leaves the first for xml-js, so the text comes out whole.
 * The feeds test parses titles with several "]]>" and fails if the writer ever changes.
 */
function cdata(text: string): string {
  const [first = "", ...rest] = stripForbiddenXmlChars(text).split("]]>");
  return rest.length === 0 ? first : `${first}]]>${rest.join("]]]]><![CDATA[>")}`;
}

/** xml-js escapes only `"` in attribute values and `feed` only `&`: a "<" would break the XML. */
function attributeText(text: string): string {
  return stripForbiddenXmlChars(text).replace(/</g, "\uFF1C");
}

/** One entry as each format wants it: HTML-typed fields get escaped text, JSON gets plain text. */
function toItem(entry: FeedEntry, format: FeedFormat): Item {
  const xml = format !== "json";
  const item: Item = {
    id: entry.id,
    guid: entry.id,
    link: entry.url,
    // RSS titles are plain text in CDATA; Atom's are typed html; JSON's are plain strings.
    title: format === "atom" ? cdata(escapeHtmlText(entry.title)) : xml ? cdata(entry.title) : entry.title,
    description: xml ? cdata(escapeHtmlText(entry.summary)) : entry.summary,
    content: xml ? cdata(entry.contentHtml) : entry.contentHtml,
    date: new Date(entry.updatedAt),
    published: new Date(entry.publishedAt),
    // RSS writes the name as text; Atom writes it into attributes (term and label).
    category: entry.topics.map((topic) => {
      if (format === "rss") return { name: stripForbiddenXmlChars(topic.name), domain: topic.url };
      if (format === "atom") return { term: attributeText(topic.name), name: attributeText(topic.name) };
      return { name: topic.name };
    }),
  };
  if (entry.image) item.image = { ...entry.image };
  if (format === "rss") {
    // RSS's <author> must be an e-mail address; names go in Dublin Core's creator instead.
    if (entry.authors.length > 0) {
      item.extensions = [
        {
          name: "dc:creator",
          objects: {
            _attributes: { "xmlns:dc": "http://purl.org/dc/elements/1.1/" },
            _text: stripForbiddenXmlChars(entry.authors.map((author) => author.name).join(", ")),
          },
        },
      ];
    }
  } else {
    item.author = entry.authors.map((author) => ({ name: stripForbiddenXmlChars(author.name), link: author.url }));
  }
  return item;
}

export function renderFeed(format: FeedFormat, channel: FeedChannel, entries: FeedEntry[]): string {
  const newest = entries.reduce<string | null>(
    (latest, entry) => (latest === null || entry.updatedAt > latest ? entry.updatedAt : latest),
    null,
  );
  const feed = new Feed({
    id: channel.homeUrl,
    title: stripForbiddenXmlChars(channel.title),
    description: stripForbiddenXmlChars(channel.description),
    language: channel.language,
    link: channel.homeUrl,
    image: channel.logoUrl,
    favicon: channel.logoUrl,
    // A fixed "updated" keeps an unchanged feed byte-identical between renders.
    updated: newest ? new Date(newest) : undefined,
    generator: "Heraldo",
    feedLinks: { ...channel.feedUrls },
    author: { name: stripForbiddenXmlChars(channel.publisher.name), link: channel.publisher.url },
  });
  for (const entry of entries) feed.addItem(toItem(entry, format));
  switch (format) {
    case "rss":
      return feed.rss2();
    case "atom":
      return feed.atom1();
    case "json":
      return feed.json1();
  }
}
