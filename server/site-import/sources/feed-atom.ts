/**
 * One Atom `<entry>` as a story. Atom's text constructs come in three types: `text` (plain text,
 * escaped into HTML here), `html` (HTML as escaped text) and `xhtml` (markup as XML elements
 * inside a `<div>`, written back as HTML). The full text is `<content>`; when there is none, or
 * it lives elsewhere (`src`), the `<summary>` stands in and the story says so. An entry without
 * authors has the feed's.
 *
 * Relative links (xml:base) are not resolved: they are passed on as written.
 */
import { Parser } from "htmlparser2";
import type { SourceAuthor, SourceRecord, SourceStory } from "../source-story";
import { readDate } from "./dates";
import { feedImage } from "./feed-media";
import { languageCode } from "./language";
import { unique, withoutUndefined } from "./story-fields";
import {
  attribute,
  childText,
  childrenNamed,
  escapeText,
  firstChild,
  innerHtml,
  ns,
  textOf,
  type XmlElement,
} from "./xml-tree";

export function readAtomEntry(element: XmlElement, item: number, feedAuthors: SourceAuthor[]): SourceRecord {
  const position = { line: element.line, item };
  const titleElement = firstChild(element, ns.atom, "title");
  const title = titleElement ? plainText(titleElement) : undefined;
  const url = alternateLink(element);
  const sourceId = childText(element, ns.atom, "id") ?? url;
  const problem = (reason: string): SourceRecord => ({
    kind: "problem",
    problem: { position, label: title ?? sourceId, reason },
  });
  if (!sourceId) return problem("the entry has neither an id nor a link");
  if (!title) return problem("the entry has no title");

  const published = readDate(
    childText(element, ns.atom, "published") ?? childText(element, ns.dc, "date"),
    "published",
  );
  if (!published.ok) return problem(published.reason);
  const updated = readDate(childText(element, ns.atom, "updated"), "updated");
  if (!updated.ok) return problem(updated.reason);

  const content = htmlOf(firstChild(element, ns.atom, "content"));
  const summary = htmlOf(firstChild(element, ns.atom, "summary"));
  const authors = authorsOf(element);

  const story: SourceStory = {
    format: "atom",
    sourceId,
    position,
    title,
    html: content ?? summary ?? "",
    contentIsSummary: content === undefined && summary !== undefined ? true : undefined,
    excerpt: content !== undefined ? summary : undefined,
    publishedAt: published.date ?? updated.date,
    updatedAt: updated.date,
    status: "published",
    url,
    authors: authors.length > 0 ? authors : feedAuthors,
    topics: unique(
      childrenNamed(element, ns.atom, "category").map((category) =>
        (attribute(category, "label") ?? attribute(category, "term") ?? "").trim(),
      ),
    ),
    featureImage: feedImage(element),
    language: languageCode(element.lang),
  };
  return { kind: "story", story: withoutUndefined(story) };
}

/** An Atom person (name, email, uri); its identity is the email, else the uri, else the name. */
export function atomPerson(person: XmlElement): SourceAuthor | undefined {
  const name = childText(person, ns.atom, "name");
  const email = childText(person, ns.atom, "email");
  const sourceId = email ?? childText(person, ns.atom, "uri") ?? name;
  return sourceId ? withoutUndefined({ sourceId, name: name ?? sourceId, email }) : undefined;
}

function authorsOf(element: XmlElement): SourceAuthor[] {
  const seen = new Set<string>();
  return childrenNamed(element, ns.atom, "author")
    .map(atomPerson)
    .filter((author): author is SourceAuthor => author !== undefined)
    .filter((author) => !seen.has(author.sourceId) && seen.add(author.sourceId));
}

/** The entry's page: `rel="alternate"` (or no rel, which means alternate), else the first link. */
function alternateLink(element: XmlElement): string | undefined {
  const links = childrenNamed(element, ns.atom, "link").filter((link) => attribute(link, "href"));
  const alternate = links.find((link) => (attribute(link, "rel") ?? "alternate") === "alternate") ?? links[0];
  return alternate && attribute(alternate, "href")?.trim();
}

/** A text construct as HTML; undefined when missing, empty, or out of line (`src`). */
function htmlOf(element: XmlElement | undefined): string | undefined {
  if (!element || attribute(element, "src") !== undefined) return undefined;
  const type = (attribute(element, "type") ?? "text").trim().toLowerCase();
  let html: string | undefined;
  if (type === "xhtml" || type.endsWith("+xml") || type.endsWith("/xml")) {
    const div = firstChild(element, ns.xhtml, "div");
    html = innerHtml(div ?? element);
  } else if (type === "html" || type === "text/html") html = textOf(element);
  else if (type === "text" || type.startsWith("text/")) html = textAsHtml(textOf(element));
  return html !== undefined && html.trim() !== "" ? html.trim() : undefined;
}

/** Plain text as HTML paragraphs (blank lines separate paragraphs). */
function textAsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")
    .map((paragraph) => `<p>${escapeText(paragraph)}</p>`)
    .join("\n");
}

/** A title as plain text, whatever its type: the text of its HTML or XHTML markup. */
function plainText(element: XmlElement): string | undefined {
  const type = (attribute(element, "type") ?? "text").trim().toLowerCase();
  let text = textOf(element);
  if (type === "html") {
    const parts: string[] = [];
    const parser = new Parser({ ontext: (part) => parts.push(part) }, { decodeEntities: true });
    parser.end(text);
    text = parts.join("");
  }
  const trimmed = text.replace(/\s+/g, " ").trim();
  return trimmed === "" ? undefined : trimmed;
}
