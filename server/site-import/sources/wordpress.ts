/**
 * Reads a WordPress export (WXR: RSS 2.0 with WordPress's `wp:`, `content:`, `excerpt:` and `dc:`
 * namespaces, as Tools → Export writes it) into stories, one post at a time.
 *
 * Two passes over the file (wordpress-site.ts first collects the site address, authors and
 * attachment URLs), so that a post's featured image is found wherever its attachment sits and
 * no post is held in memory waiting for it. Only items of type `post` become stories: pages,
 * attachments, menu items and other types are skipped without a word. Item positions count
 * every `<item>` in the file, from 1.
 */
import type { SourceAuthor, SourceRecord, SourceStory } from "../source-story";
import { readWordPressDate, readDate, type DateReading } from "./dates";
import { excerptText, itemTerms, postMeta, wpText } from "./wordpress-item";
import { postTranslation } from "./wordpress-languages";
import { unique, withoutUndefined } from "./story-fields";
import { scanWordPressSite, type WordPressSite } from "./wordpress-site";
import { readXmlRecords } from "./xml-stream";
import { childText, childrenNamed, firstChild, isWordPressNamespace, ns, textOf, type XmlElement } from "./xml-tree";

const statuses: Record<string, SourceStory["status"]> = {
  publish: "published",
  draft: "draft",
  pending: "draft",
  future: "scheduled",
  private: "private",
};

export async function* readWordPress(file: string): AsyncGenerator<SourceRecord> {
  const site = await scanWordPressSite(file);
  let item = 0;
  for await (const event of readXmlRecords(file)) {
    if (event.kind !== "record" || event.element.uri !== ns.none || event.element.local !== "item") continue;
    item += 1;
    if (wpText(event.element, "post_type") !== "post") continue;
    yield readPost(event.element, item, site);
  }
}

function readPost(element: XmlElement, item: number, site: WordPressSite): SourceRecord {
  const position = { line: element.line, item };
  const title = childText(element, ns.none, "title");
  const postId = wpText(element, "post_id");
  const url = childText(element, ns.none, "link");
  const problem = (reason: string): SourceRecord => ({
    kind: "problem",
    problem: { position, label: title ?? (postId ? `post ${postId}` : undefined), reason },
  });

  if (!postId) return problem("the post has no wp:post_id");
  if (!title) return problem("the post has no title");

  // pubDate only when the item has no wp: dates at all: for a post never published WordPress
  // writes its zero date there as "Mon, 30 Nov -0001 00:00:00 +0000", which means no date.
  const hasWordPressDates =
    firstChild(element, isWordPressNamespace, "post_date_gmt") ??
    firstChild(element, isWordPressNamespace, "post_date");
  const published = firstDate([
    () => readWordPressDate(wpText(element, "post_date_gmt"), "wp:post_date_gmt"),
    () => readWordPressDate(wpText(element, "post_date"), "wp:post_date"),
    () => (hasWordPressDates ? { ok: true } : readDate(childText(element, ns.none, "pubDate"), "pubDate")),
  ]);
  if (!published.ok) return problem(published.reason);
  const updated = firstDate([
    () => readWordPressDate(wpText(element, "post_modified_gmt"), "wp:post_modified_gmt"),
    () => readWordPressDate(wpText(element, "post_modified"), "wp:post_modified"),
  ]);
  if (!updated.ok) return problem(updated.reason);

  const meta = postMeta(element);
  const terms = itemTerms(element);
  const translation = postTranslation(terms, meta);
  const thumbnailId = meta.get("_thumbnail_id");
  const image = thumbnailId ? site.attachments.get(thumbnailId) : undefined;
  const content = firstChild(element, ns.content, "encoded");
  const status = wpText(element, "status") ?? "";

  const story: SourceStory = {
    format: "wordpress",
    sourceId: site.baseUrl ? `${site.baseUrl}/?p=${postId}` : `?p=${postId}`,
    position,
    title,
    slug: wpText(element, "post_name"),
    html: content ? textOf(content) : "",
    excerpt: excerptText(element),
    publishedAt: published.date,
    updatedAt: updated.date,
    status: statuses[status] ?? "other",
    url,
    authors: authorsOf(element, site),
    topics: unique(
      terms.filter((term) => term.domain === "category" || term.domain === "post_tag").map((term) => term.name),
    ),
    featureImage: image ? { url: image.url, ...(image.alt ? { alt: image.alt } : {}) } : undefined,
    language: translation.language ?? site.language,
    translationGroup: translation.translationGroup,
  };
  return { kind: "story", story: withoutUndefined(story) };
}

/** The first date that is there; an unreadable one stops the search (it is reported). */
function firstDate(readers: (() => DateReading)[]): DateReading {
  for (const read of readers) {
    const reading = read();
    if (!reading.ok || reading.date) return reading;
  }
  return { ok: true };
}

/** `dc:creator` holds the author's login; the channel's `wp:author` gives the name and email. */
function authorsOf(element: XmlElement, site: WordPressSite): SourceAuthor[] {
  const logins = unique(childrenNamed(element, ns.dc, "creator").map((creator) => textOf(creator).trim()));
  return logins.map((login) => site.authors.get(login) ?? { sourceId: login, name: login });
}
