/**
 * The first of the two passes over a Ghost export: everything posts refer to by id — users,
 * tags, which tags and authors each post has, per-post meta (the feature image's alternative
 * text lives there since Ghost 4), and the site's locale from settings. All of these are small
 * next to the posts, which the second pass reads one at a time.
 *
 * Ghost exports are `{ "db": [ { "meta": {…}, "data": { "posts": […], … } } ] }`; exports from
 * Ghost 0.x and 1.x may have `meta` and `data` at the top level instead. Both are read.
 */
import type { SourceAuthor } from "../source-story";
import { ImportFileError } from "./import-file-error";
import { asObject, stringField, type JsonObject } from "./json-values";
import { readJsonValues, type JsonPath } from "./json-stream";
import { languageCode } from "./language";

export type GhostTag = { name: string; internal: boolean };
export type GhostLink = { id: string; order: number };

export type GhostSite = {
  /** From the reader's options, else from the export's meta (`site_url` or `url`), no trailing slash. */
  siteUrl?: string;
  /** The site's locale setting, for posts that do not say theirs. */
  language?: string;
  users: Map<string, SourceAuthor>;
  tags: Map<string, GhostTag>;
  /** Post id → its tags' ids, in their order. */
  postTags: Map<string, GhostLink[]>;
  /** Post id → its authors' ids, in their order (Ghost 1.22+; before that, `author_id` on the post). */
  postAuthors: Map<string, GhostLink[]>;
  /** Post id → feature image alt text, from posts_meta. */
  featureImageAlts: Map<string, string>;
};

const smallTables = new Set(["users", "tags", "posts_tags", "posts_authors", "posts_meta", "settings"]);

/** `db[n].rest` or `rest`: the part of a path below the export's envelope. */
export function belowEnvelope(path: JsonPath): JsonPath {
  return path[0] === "db" && typeof path[1] === "number" ? path.slice(2) : path;
}

/** The table and row index of a path `data.<table>[i]`, when it is one. */
export function tableRow(path: JsonPath): { table: string; index: number } | undefined {
  const [data, table, index, ...rest] = belowEnvelope(path);
  if (data !== "data" || typeof table !== "string" || typeof index !== "number" || rest.length > 0) return undefined;
  return { table, index };
}

export async function scanGhostSite(file: string, siteUrl?: string): Promise<GhostSite> {
  const site: GhostSite = {
    users: new Map(),
    tags: new Map(),
    postTags: new Map(),
    postAuthors: new Map(),
    featureImageAlts: new Map(),
  };
  let meta: JsonObject | undefined;
  let sawData = false;
  const wanted = (path: JsonPath) => {
    const below = belowEnvelope(path);
    // Noted on the way: an export without a `data` object is not a Ghost export.
    if (below.length === 1 && below[0] === "data") sawData = true;
    if (below.length === 1 && below[0] === "meta") return true;
    const row = tableRow(path);
    return row !== undefined && smallTables.has(row.table);
  };
  for await (const { path, value } of readJsonValues(file, wanted)) {
    const object = asObject(value);
    if (!object) continue;
    const row = tableRow(path);
    if (!row) meta = object;
    else addRow(site, row.table, object);
  }
  if (!sawData) throw new ImportFileError('this is not a Ghost export: it has no "data" (nor "db[0].data")');
  const url = siteUrl ?? (meta && (stringField(meta, "site_url") ?? stringField(meta, "url")));
  site.siteUrl = url?.replace(/\/+$/, "");
  for (const links of [...site.postTags.values(), ...site.postAuthors.values()])
    links.sort((a, b) => a.order - b.order);
  return site;
}

function addRow(site: GhostSite, table: string, row: JsonObject) {
  const id = stringField(row, "id");
  switch (table) {
    case "users":
      if (id) {
        site.users.set(id, {
          sourceId: id,
          name: stringField(row, "name") ?? stringField(row, "slug") ?? id,
          email: stringField(row, "email"),
          slug: stringField(row, "slug"),
          bio: stringField(row, "bio"),
        });
      }
      return;
    case "tags": {
      const name = stringField(row, "name");
      if (id && name) site.tags.set(id, { name, internal: row.visibility === "internal" || name.startsWith("#") });
      return;
    }
    case "posts_tags":
      link(site.postTags, row, "tag_id");
      return;
    case "posts_authors":
      link(site.postAuthors, row, "author_id");
      return;
    case "posts_meta": {
      const postId = stringField(row, "post_id");
      const alt = stringField(row, "feature_image_alt");
      if (postId && alt) site.featureImageAlts.set(postId, alt);
      return;
    }
    case "settings":
      if (row.key === "locale") site.language = languageCode(stringField(row, "value"));
      return;
  }
}

function link(links: Map<string, GhostLink[]>, row: JsonObject, key: string) {
  const postId = stringField(row, "post_id");
  const id = stringField(row, key);
  if (!postId || !id) return;
  const order = typeof row.sort_order === "number" ? row.sort_order : 0;
  const list = links.get(postId) ?? [];
  list.push({ id, order });
  links.set(postId, list);
}
