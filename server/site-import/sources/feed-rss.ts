/**
 * One RSS 2.0 `<item>` as a story. The full text is `content:encoded` when the feed has it;
 * otherwise the `description` stands in and the story says so (`contentIsSummary`). RSS's
 * `<author>` is "email (Name)"; `dc:creator` is a name. The `guid` is the item's identity,
 * else its link.
 */
import type { SourceAuthor, SourceRecord, SourceStory } from "../source-story";
import { readDate } from "./dates";
import { feedImage } from "./feed-media";
import { unique, withoutUndefined } from "./story-fields";
import { childText, childrenNamed, firstChild, ns, textOf, type XmlElement } from "./xml-tree";

export type FeedContext = { language?: string };

export function readRssItem(element: XmlElement, item: number, feed: FeedContext): SourceRecord {
  const position = { line: element.line, item };
  const title = childText(element, ns.none, "title");
  const url = childText(element, ns.none, "link");
  const sourceId = childText(element, ns.none, "guid") ?? url;
  const problem = (reason: string): SourceRecord => ({
    kind: "problem",
    problem: { position, label: title ?? sourceId, reason },
  });
  if (!sourceId) return problem("the item has neither a guid nor a link");
  if (!title) return problem("the item has no title");

  const dateText = childText(element, ns.none, "pubDate");
  const published = dateText ? readDate(dateText, "pubDate") : readDate(childText(element, ns.dc, "date"), "dc:date");
  if (!published.ok) return problem(published.reason);

  const full = nonBlank(firstChild(element, ns.content, "encoded"));
  const description = nonBlank(firstChild(element, ns.none, "description"));

  const story: SourceStory = {
    format: "rss",
    sourceId,
    position,
    title,
    html: full ?? description ?? "",
    contentIsSummary: full === undefined && description !== undefined ? true : undefined,
    excerpt: full !== undefined ? description : undefined,
    publishedAt: published.date,
    status: "published",
    url,
    authors: authorsOf(element),
    topics: unique(childrenNamed(element, ns.none, "category").map((category) => textOf(category).trim())),
    featureImage: feedImage(element),
    language: feed.language,
  };
  return { kind: "story", story: withoutUndefined(story) };
}

function nonBlank(element: XmlElement | undefined): string | undefined {
  const text = element ? textOf(element) : "";
  return text.trim() === "" ? undefined : text;
}

function authorsOf(element: XmlElement): SourceAuthor[] {
  const authors: SourceAuthor[] = [];
  for (const creator of childrenNamed(element, ns.dc, "creator")) {
    const name = textOf(creator).trim();
    if (name) authors.push({ sourceId: name, name });
  }
  for (const author of childrenNamed(element, ns.none, "author")) {
    const parsed = rssAuthor(textOf(author).trim());
    if (parsed) authors.push(parsed);
  }
  const seen = new Set<string>();
  return authors.filter((author) => !seen.has(author.sourceId) && seen.add(author.sourceId));
}

/** "jo@example.com (Jo Doe)" → Jo Doe with that email; a bare address or name as it is. */
function rssAuthor(text: string): SourceAuthor | undefined {
  if (!text) return undefined;
  const open = text.indexOf("(");
  if (open > 0 && text.endsWith(")")) {
    const email = text.slice(0, open).trim();
    const name = text.slice(open + 1, -1).trim() || email;
    return { sourceId: email, name, email };
  }
  return text.includes("@") && !text.includes(" ")
    ? { sourceId: text, name: text, email: text }
    : { sourceId: text, name: text };
}
