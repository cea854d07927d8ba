/**
 * Reads a Ghost export (the JSON file from Settings → Labs → Export) into stories, one post at a
 * time: a first pass collects users, tags and the links between them and posts (ghost-site.ts),
 * a second streams the posts. Pages are skipped. Item positions count the posts array from 1.
 *
 * Ghost writes `__GHOST_URL__` in place of the site's address in links and image URLs; when the
 * site's address is known (the `siteUrl` option, or the export's meta), it is put back, in the
 * HTML too, so the importer sees real addresses. Otherwise the placeholders are left as they are.
 */
import type { SourceAuthor, SourceRecord, SourceStory } from "../source-story";
import { readDate } from "./dates";
import { scanGhostSite, tableRow, type GhostSite, type GhostTag } from "./ghost-site";
import { readJsonValues } from "./json-stream";
import { asObject, rawStringField, stringField, type JsonObject } from "./json-values";
import { languageCode } from "./language";
import { unique, withoutUndefined } from "./story-fields";

export type GhostOptions = {
  /** The Ghost site's public address ("https://news.example.com"), for URLs the export leaves out. */
  siteUrl?: string;
};

const statuses: Record<string, SourceStory["status"]> = {
  published: "published",
  draft: "draft",
  scheduled: "scheduled",
};

const ghostUrlPlaceholder = "__GHOST_URL__";

export async function* readGhost(file: string, options: GhostOptions = {}): AsyncGenerator<SourceRecord> {
  const site = await scanGhostSite(file, options.siteUrl);
  const isPost = (path: (string | number)[]) => tableRow(path)?.table === "posts";
  for await (const { path, value } of readJsonValues(file, isPost)) {
    const item = (tableRow(path)?.index ?? 0) + 1;
    const post = asObject(value);
    if (!post) {
      yield { kind: "problem", problem: { position: { item }, reason: "the post is not a JSON object" } };
      continue;
    }
    if (isPage(post)) continue;
    yield readPost(post, item, site);
  }
}

function isPage(post: JsonObject): boolean {
  return post.type === "page" || post.page === true || post.page === 1;
}

function readPost(post: JsonObject, item: number, site: GhostSite): SourceRecord {
  const position = { item };
  const id = stringField(post, "id") ?? stringField(post, "uuid");
  const title = stringField(post, "title");
  const problem = (reason: string): SourceRecord => ({
    kind: "problem",
    problem: { position, label: title ?? id, reason },
  });

  if (!id) return problem("the post has no id");
  if (!title) return problem("the post has no title");
  const html = rawStringField(post, "html");
  if (html === undefined && (post.mobiledoc || post.lexical)) {
    return problem("the post has no HTML version, only Ghost's editor format (mobiledoc or lexical)");
  }
  const published = readDate(dateValue(post.published_at), "published_at");
  if (!published.ok) return problem(published.reason);
  const updated = readDate(dateValue(post.updated_at), "updated_at");
  if (!updated.ok) return problem(updated.reason);

  const slug = stringField(post, "slug");
  const featureImage = stringField(post, "feature_image");
  const alt = stringField(post, "feature_image_alt") ?? site.featureImageAlts.get(id);
  const url = stringField(post, "canonical_url") ?? (site.siteUrl && slug ? `${site.siteUrl}/${slug}/` : undefined);
  const status = stringField(post, "status") ?? "";

  const story: SourceStory = {
    format: "ghost",
    sourceId: id,
    position,
    title,
    slug,
    html: withSiteUrl(html ?? "", site),
    excerpt: rawStringField(post, "custom_excerpt") || rawStringField(post, "excerpt") || undefined,
    publishedAt: published.date,
    updatedAt: updated.date,
    status: statuses[status] ?? "other",
    url: url && withSiteUrl(url, site),
    authors: authorsOf(post, id, site),
    topics: unique(
      (site.postTags.get(id) ?? [])
        .map((link) => site.tags.get(link.id))
        .filter((tag): tag is GhostTag => tag !== undefined && !tag.internal)
        .map((tag) => tag.name),
    ),
    featureImage: featureImage ? withoutUndefined({ url: withSiteUrl(featureImage, site), alt }) : undefined,
    language: languageCode(stringField(post, "locale") ?? stringField(post, "language")) ?? site.language,
  };
  return { kind: "story", story: withoutUndefined(story) };
}

/** Ghost writes ISO strings; very old exports wrote milliseconds since 1970. */
function dateValue(value: unknown): string | number | undefined {
  return typeof value === "string" || typeof value === "number" ? value : undefined;
}

/** Authors in their order from posts_authors, else the single `author_id` of older exports. */
function authorsOf(post: JsonObject, id: string, site: GhostSite): SourceAuthor[] {
  const links = site.postAuthors.get(id);
  const ids = links ? links.map((link) => link.id) : [stringField(post, "author_id")].filter((author) => !!author);
  return unique(ids as string[])
    .map((author) => site.users.get(author))
    .filter((author): author is SourceAuthor => author !== undefined);
}

function withSiteUrl(text: string, site: GhostSite): string {
  return site.siteUrl ? text.replaceAll(ghostUrlPlaceholder, site.siteUrl) : text;
}
