/**
 * The first of the two passes over a WordPress export: what posts refer to but the file may put
 * anywhere — the site's address, the authors (channel-level `wp:author`), and the attachments
 * (their URLs, for featured images, which may come before or after the post that uses them).
 * Only these small facts are kept; the posts themselves are read in the second pass.
 */
import type { SourceAuthor } from "../source-story";
import { ImportFileError } from "./import-file-error";
import { languageCode } from "./language";
import { postMeta, wpText } from "./wordpress-item";
import { readXmlRecords } from "./xml-stream";
import { childText, isWordPressNamespace, ns, textOf, type XmlElement } from "./xml-tree";

export type WordPressSite = {
  /** `wp:base_site_url`, else the channel's `link`: the prefix of every story's sourceId. */
  baseUrl?: string;
  /** The channel's `<language>`, for posts that do not say theirs. */
  language?: string;
  /** By login, which is what each post's `dc:creator` holds. */
  authors: Map<string, SourceAuthor>;
  /** Attachment post id → its file's URL and alternative text. */
  attachments: Map<string, { url: string; alt?: string }>;
};

export async function scanWordPressSite(file: string): Promise<WordPressSite> {
  const site: WordPressSite = { authors: new Map(), attachments: new Map() };
  let siteLink: string | undefined;
  let baseSiteUrl: string | undefined;
  let isWordPress = false;

  for await (const event of readXmlRecords(file)) {
    if (event.kind === "root") {
      if (event.element.local !== "rss") {
        throw new ImportFileError(`this is not a WordPress export: its root element is <${event.element.local}>`);
      }
      isWordPress = event.namespaces.some(isWordPressNamespace);
      continue;
    }
    const record = event.element;
    if (record.uri === ns.none && record.local === "link") siteLink = childTextOf(record);
    else if (record.uri === ns.none && record.local === "language") site.language = languageCode(childTextOf(record));
    else if (record.uri === ns.none && record.local === "item") addAttachment(site, record);
    else if (isWordPressNamespace(record.uri)) {
      isWordPress = true;
      if (record.local === "base_site_url") baseSiteUrl = childTextOf(record);
      else if (record.local === "author") addAuthor(site, record);
    }
  }
  if (!isWordPress) throw new ImportFileError("this is not a WordPress export: the file has no wp: namespace");
  site.baseUrl = (baseSiteUrl ?? siteLink)?.replace(/\/+$/, "");
  return site;
}

function childTextOf(record: XmlElement): string | undefined {
  return textOf(record).trim() || undefined;
}

function addAuthor(site: WordPressSite, record: XmlElement) {
  const field = (local: string) => childText(record, isWordPressNamespace, local);
  const login = field("author_login");
  if (!login) return;
  const fullName = [field("author_first_name"), field("author_last_name")].filter(Boolean).join(" ");
  site.authors.set(login, {
    sourceId: login,
    name: field("author_display_name") ?? (fullName || login),
    email: field("author_email"),
  });
}

function addAttachment(site: WordPressSite, item: XmlElement) {
  if (wpText(item, "post_type") !== "attachment") return;
  const id = wpText(item, "post_id");
  const url = wpText(item, "attachment_url");
  if (!id || !url) return;
  site.attachments.set(id, { url, alt: postMeta(item).get("_wp_attachment_image_alt") });
}
