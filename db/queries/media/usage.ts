/**
 * Where library images are used (lead images, inline body images, author photos, the site logo)
 * and whether an article's images have alt text in its language. Access rule: internal to the
 * data layer; callers have checked the actor's permission already.
 */
import type { MissingAltImage } from "@/lib/domain-error";
import { eq, inArray, like, or } from "drizzle-orm";
import { Parser } from "htmlparser2";
import { mediaKeyFromUrl, mediaUrl } from "@/lib/media-url";
import type { ArticleStatus } from "@/lib/roles";
import { tables, type Executor } from "../../client";

const { articles, media, users, settings } = tables;

/**
 * Storage key of a library upload: the image id is part of it, so an address written into an
 * article body can still be traced to its image after the file has been replaced.
 */
export function libraryStorageKey(mediaId: number, contentHash: string, extension: string): string {
  return `library/${mediaId}/${contentHash}.${extension}`;
}

/** The image id in a library storage key, or null for other keys (demo images, for instance). */
export function mediaIdFromStorageKey(key: string): number | null {
  const match = /^library\/([1-9]\d{0,9})\//.exec(key);
  return match ? Number(match[1]) : null;
}

/** Every `<img src>` of some article HTML. */
export function imageSources(html: string): string[] {
  const sources: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === "img" && attributes.src) sources.push(attributes.src);
    },
  });
  parser.write(html);
  parser.end();
  return sources;
}

/** The library images an article body shows inline, by id (each once, in order of appearance). */
export async function inlineMediaIds(executor: Executor, html: string): Promise<number[]> {
  const keys = imageSources(html).flatMap((src) => mediaKeyFromUrl(src) ?? []);
  const byKey = new Map<string, number>();
  const otherKeys = keys.filter((key) => mediaIdFromStorageKey(key) === null);
  if (otherKeys.length) {
    const rows = await executor
      .select({ id: media.id, key: media.storageKey })
      .from(media)
      .where(inArray(media.storageKey, otherKeys));
    for (const row of rows) byKey.set(row.key, row.id);
  }
  const ids = keys.flatMap((key) => mediaIdFromStorageKey(key) ?? byKey.get(key) ?? []);
  return [...new Set(ids)];
}

export type MediaUsage = {
  articles: { id: number; title: string; locale: string; status: ArticleStatus; asLead: boolean; inBody: boolean }[];
  authors: { id: number; name: string }[];
  siteLogo: boolean;
};

export function isInUse(usage: MediaUsage): boolean {
  return usage.articles.length > 0 || usage.authors.length > 0 || usage.siteLogo;
}

/** Everything that shows image `mediaId`. */
export async function findMediaUsage(executor: Executor, mediaId: number): Promise<MediaUsage> {
  const [image] = await executor
    .select({ storageKey: media.storageKey })
    .from(media)
    .where(eq(media.id, mediaId))
    .limit(1);
  if (!image) return { articles: [], authors: [], siteLogo: false };

  // A cheap text match finds candidate bodies; parsing their images confirms each one.
  const bodyMatch = [like(articles.body, `%${mediaUrl(image.storageKey)}%`)];
  if (mediaIdFromStorageKey(image.storageKey) === mediaId)
    bodyMatch.push(like(articles.body, `%/media/library/${mediaId}/%`));
  const columns = {
    id: articles.id,
    title: articles.title,
    locale: articles.locale,
    status: articles.status,
    leadMediaId: articles.leadMediaId,
    body: articles.body,
  };
  const [candidates, authorRows, logoRows] = await Promise.all([
    executor
      .select(columns)
      .from(articles)
      .where(or(eq(articles.leadMediaId, mediaId), ...bodyMatch))
      .orderBy(articles.id),
    executor.select({ id: users.id, name: users.name }).from(users).where(eq(users.photoMediaId, mediaId)),
    executor.select({ value: settings.value }).from(settings).where(eq(settings.key, "logoMediaId")),
  ]);

  const usedArticles: MediaUsage["articles"] = [];
  for (const row of candidates) {
    const asLead = row.leadMediaId === mediaId;
    const inBody = (await inlineMediaIds(executor, row.body)).includes(mediaId);
    if (asLead || inBody) {
      usedArticles.push({ id: row.id, title: row.title, locale: row.locale, status: row.status, asLead, inBody });
    }
  }
  return { articles: usedArticles, authors: authorRows, siteLogo: logoRows[0]?.value === mediaId };
}

/** One image an article may not be published with: it has no alt text in the article's language. */
export type MissingAltText = MissingAltImage;

/**
 * The images of an article (lead and inline) that lack alt text in `article.locale`. Called by
 * the publish paths (publishing, and saving an article that is published) before they write.
 */
export async function findMissingAltText(
  executor: Executor,
  article: { locale: string; leadMediaId: number | null; body: string },
): Promise<MissingAltText[]> {
  const inline = await inlineMediaIds(executor, article.body);
  const ids = [...new Set([...(article.leadMediaId === null ? [] : [article.leadMediaId]), ...inline])];
  if (!ids.length) return [];
  const rows = await executor
    .select({ id: media.id, alt: media.alt, originalName: media.originalName, storageKey: media.storageKey })
    .from(media)
    .where(inArray(media.id, ids));
  const missing: MissingAltText[] = [];
  for (const row of rows) {
    if ((row.alt[article.locale] ?? "").trim() !== "") continue;
    missing.push({
      mediaId: row.id,
      name: row.originalName || row.storageKey.split("/").pop() || `#${row.id}`,
      locale: article.locale,
      place: row.id === article.leadMediaId ? "lead" : "body",
    });
  }
  return missing.sort((a, b) => ids.indexOf(a.mediaId) - ids.indexOf(b.mediaId));
}

/** The article form's field errors for missing alt texts (message keys under admin.errors.media). */
export function missingAltFieldErrors(missing: MissingAltText[]): { leadMediaId?: string; body?: string } {
  return {
    ...(missing.some((m) => m.place === "lead") ? { leadMediaId: "media.leadAltMissing" } : {}),
    ...(missing.some((m) => m.place === "body") ? { body: "media.bodyAltMissing" } : {}),
  };
}
