/**
 * Reads a news feed, RSS 2.0 or Atom, from any site (a Drupal or Joomla feed, a newsletter
 * archive…) into stories, one item at a time. Which of the two it is comes from the root
 * element (`<rss>` or Atom's `<feed>`); when the caller expected one and the file is the other,
 * the file is refused rather than read as something it is not. Item positions count the items
 * or entries from 1.
 *
 * The feed's language (RSS `<language>`, Atom `xml:lang`) is each story's language. Feeds
 * usually hold only recent stories, and often only summaries: see `contentIsSummary`.
 */
import type { SourceAuthor, SourceRecord } from "../source-story";
import { atomPerson, readAtomEntry } from "./feed-atom";
import { readRssItem, type FeedContext } from "./feed-rss";
import { ImportFileError } from "./import-file-error";
import { languageCode } from "./language";
import { readXmlRecords } from "./xml-stream";
import { ns, textOf, type XmlElement } from "./xml-tree";

export type FeedOptions = {
  /** What the caller expects; the file is refused when it is the other kind. */
  expect?: "rss" | "atom";
};

export async function* readFeed(file: string, options: FeedOptions = {}): AsyncGenerator<SourceRecord> {
  let kind: "rss" | "atom" | undefined;
  const rss: FeedContext = {};
  const atomAuthors: SourceAuthor[] = [];
  let item = 0;
  for await (const event of readXmlRecords(file)) {
    if (event.kind === "root") {
      kind = feedKind(event.element);
      if (options.expect && options.expect !== kind) {
        throw new ImportFileError(`the file is an ${name(kind)}, not an ${name(options.expect)}`);
      }
      continue;
    }
    const record = event.element;
    if (kind === "rss" && record.uri === ns.none) {
      if (record.local === "language") rss.language = languageCode(textOf(record));
      else if (record.local === "item") yield readRssItem(record, ++item, rss);
    } else if (kind === "atom" && record.uri === ns.atom) {
      // The feed's authors come before its entries (Atom puts metadata first).
      if (record.local === "author") {
        const author = atomPerson(record);
        if (author) atomAuthors.push(author);
      } else if (record.local === "entry") yield readAtomEntry(record, ++item, atomAuthors);
    }
  }
}

function feedKind(root: XmlElement): "rss" | "atom" {
  if (root.local === "rss" && root.uri === ns.none) return "rss";
  if (root.local === "feed" && root.uri === ns.atom) return "atom";
  if (root.local === "RDF") throw new ImportFileError("RSS 1.0 (RDF) feeds are not supported; RSS 2.0 and Atom are");
  throw new ImportFileError(`this is not an RSS 2.0 or Atom feed: its root element is <${root.local}>`);
}

function name(kind: "rss" | "atom"): string {
  return kind === "rss" ? "RSS feed" : "Atom feed";
}
