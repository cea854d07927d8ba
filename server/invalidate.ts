/**
 * After a change to published content: expire the cache tags of every reader page that shows
 * it, so the next request is fresh. Server actions use updateTag (read-your-writes).
 */
import "server-only";
import { revalidatePath, revalidateTag, updateTag } from "next/cache";
import { cacheTags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";
import { articleCacheKeys, type PublicFootprint } from "@/db/queries/staff-articles";
import type { TopicFootprint } from "@/db/queries/staff-topics";
import { locales } from "@/lib/locales";
import { purgeReaderResponses } from "./response-cache/purge";

async function articleTags(articleId: number, previous?: PublicFootprint) {
  const keys = await articleCacheKeys(articleId);
  const tags = new Set<string>();
  for (const page of [...keys.pages, ...(previous ? [previous] : [])]) {
    tags.add(cacheTags.article(page.locale, page.slug));
    tags.add(cacheTags.listing(page.locale));
  }
  for (const id of [...keys.topicIds, ...(previous?.topicIds ?? [])]) tags.add(cacheTags.topic(id));
  for (const id of [...keys.authorIds, ...(previous?.authorIds ?? [])]) tags.add(cacheTags.author(id));
  // The article may have moved or gone off-line: old addresses that lead to it must re-check.
  tags.add(cacheTags.redirects);
  return { tags, pages: keys.pages };
}

/**
 * `previous` is where the article showed before an edit (its old address, topics and authors),
 * so pages that no longer list it are refreshed too.
 */
export async function invalidateArticle(articleId: number, previous?: PublicFootprint): Promise<void> {
  const { tags, pages } = await articleTags(articleId, previous);
  for (const tag of tags) updateTag(tag);
  purgeReaderResponses();
  // A draft's address answered 404 before publication, and that 404 may be cached without the
  // article's tag: expire the addresses themselves too.
  for (const page of pages) revalidatePath(paths.article(page.locale, page.slug));
}

/**
 * The same, for changes made outside a server action (the scheduler's route handler, where
 * updateTag throws): `revalidateTag` with `expire: 0` expires the entries at once, so the next
 * request renders fresh instead of being served the stale page once.
 */
export async function expireArticleCaches(articleId: number): Promise<void> {
  const { tags, pages } = await articleTags(articleId);
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  purgeReaderResponses();
  for (const page of pages) revalidatePath(paths.article(page.locale, page.slug));
}

/** After a manual redirect change: the old address answers differently now. */
export function invalidateRedirect(locale: string, fromSlug: string): void {
  updateTag(cacheTags.redirects);
  updateTag(cacheTags.article(locale, fromSlug));
  revalidatePath(paths.article(locale, fromSlug));
  purgeReaderResponses();
}

/**
 * After a topic change: the navigation and front-page blocks (topics tag), the topic's own pages
 * and feeds, every listing (teasers name a topic), the sitemaps, and the pages of the articles
 * that show it. Old addresses are expired by path so the redirect is seen at once.
 */
export function invalidateTopics(footprint: TopicFootprint): void {
  const tags = new Set<string>([cacheTags.topics]);
  for (const id of footprint.topicIds) tags.add(cacheTags.topic(id));
  for (const locale of locales) tags.add(cacheTags.listing(locale));
  for (const page of footprint.articlePages) tags.add(cacheTags.article(page.locale, page.slug));
  for (const tag of tags) updateTag(tag);
  purgeReaderResponses();
  for (const page of footprint.topicPages) revalidatePath(paths.topic(page.locale, page.slug), "layout");
}

/** After a settings save: every reader page shows the name, banner and settings-driven parts. */
export function invalidateSettings(): void {
  updateTag(cacheTags.settings);
  revalidatePath("/", "layout");
  purgeReaderResponses();
}
