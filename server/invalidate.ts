/**
 * The one place that says which reader caches a change expires. After a change to published
 * content, every reader page that shows it gets its cache tags expired (and the in-process
 * reader cache is emptied), so the next request is fresh.
 *
 * Server actions expire with `updateTag` (read-your-writes: the editor's next request already
 * sees the change). Route handlers (the scheduler, the upload route) cannot call updateTag; they
 * pass `from: "route"` and get `revalidateTag(tag, { expire: 0 })`, which also expires at once.
 */
import "server-only";
import { refresh, revalidatePath, revalidateTag, updateTag } from "next/cache";
import { cacheTags } from "@/lib/cache-tags";
import { locales } from "@/lib/locales";
import { paths } from "@/lib/paths";
import type { MediaUsage } from "@/db/queries/media/usage";
import type { PublicFootprint } from "@/db/queries/articles/saves";
import { articleCacheKeys } from "@/db/queries/articles/staff-reads";
import { commentPage } from "@/db/queries/comments/reader";
import type { TopicFootprint } from "@/db/queries/topics/manage";
import { purgeReaderResponses } from "./response-cache/purge";

/** Where the change was made: a server action, or a route handler (no updateTag there). */
type Caller = "action" | "route";

function expire(tags: Iterable<string>, from: Caller): void {
  for (const tag of tags) {
    if (from === "action") updateTag(tag);
    else revalidateTag(tag, { expire: 0 });
  }
  purgeReaderResponses();
}

/** The tags of every reader page that shows the article now (and before, when given). */
async function addArticleTags(tags: Set<string>, articleId: number, previous?: PublicFootprint) {
  const keys = await articleCacheKeys(articleId);
  for (const page of [...keys.pages, ...(previous ? [previous] : [])]) {
    tags.add(cacheTags.article(page.locale, page.slug));
    tags.add(cacheTags.listing(page.locale));
  }
  for (const id of [...keys.topicIds, ...(previous?.topicIds ?? [])]) tags.add(cacheTags.topic(id));
  for (const id of [...keys.authorIds, ...(previous?.authorIds ?? [])]) tags.add(cacheTags.author(id));
  return keys.pages;
}

/**
 * After an article changed. `previous` is where it showed before an edit (its old address,
 * topics and authors), so pages that no longer list it are refreshed too.
 */
export async function invalidateArticle(
  articleId: number,
  previous?: PublicFootprint,
  from: Caller = "action",
): Promise<void> {
  const tags = new Set<string>();
  const pages = await addArticleTags(tags, articleId, previous);
  // The article may have moved or gone off-line: old addresses that lead to it must re-check.
  tags.add(cacheTags.redirects);
  expire(tags, from);
  // A draft's address answered 404 before publication, and that 404 may be cached without the
  // article's tag: expire the addresses themselves too.
  for (const page of pages) revalidatePath(paths.article(page.locale, page.slug));
}

/** For the scheduler's route handler: an article it published or took down. */
export function expireArticleCaches(articleId: number): Promise<void> {
  return invalidateArticle(articleId, undefined, "route");
}

/**
 * After comments were approved, rejected, deleted or answered: only the pages of those articles
 * show them (their comment list and count), so only their tag is expired and only their
 * addresses leave the in-process reader cache; every other kept page stays.
 */
export async function invalidateComments(articleIds: readonly number[]): Promise<void> {
  const addresses: string[] = [];
  for (const articleId of articleIds) {
    updateTag(cacheTags.comments(articleId));
    const page = await commentPage(articleId);
    if (page) addresses.push(paths.article(page.locale, page.slug));
  }
  purgeReaderResponses(addresses);
}

/** After a manual redirect change: the old address answers differently now. */
export function invalidateRedirect(locale: string, fromSlug: string): void {
  expire([cacheTags.redirects, cacheTags.article(locale, fromSlug)], "action");
  revalidatePath(paths.article(locale, fromSlug));
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
  expire(tags, "action");
  for (const page of footprint.topicPages) revalidatePath(paths.topic(page.locale, page.slug), "layout");
}

/**
 * After a change that only staff screens show (an invitation issued, withdrawn or sent again):
 * the screen the action was sent from is drawn again, so its lists are current. Readers' caches
 * are untouched.
 */
export function refreshStaffScreen(): void {
  refresh();
}

/**
 * After a change to much of the content at once (an archive imported from another system):
 * every reader page, feed and sitemap, and every old address. Called from a route handler.
 */
export function invalidateEverything(): void {
  const tags = [cacheTags.topics, cacheTags.authors, cacheTags.redirects, cacheTags.settings];
  expire([...tags, ...locales.map((locale) => cacheTags.listing(locale))], "route");
  revalidatePath("/", "layout");
}

/** After a settings save: every reader page shows the name, banner and settings-driven parts. */
export function invalidateSettings(): void {
  expire([cacheTags.settings], "action");
  revalidatePath("/", "layout");
}

/**
 * After a staff member's own profile changed: the author page (profile and listing) and, after a
 * new name, the article pages whose bylines show it and the listings they appear in.
 */
export function invalidateAuthorProfile(
  authorId: number,
  bylinePages: readonly { locale: string; slug: string }[],
): void {
  const tags = new Set<string>([cacheTags.authors, cacheTags.author(authorId)]);
  for (const page of bylinePages) tags.add(cacheTags.article(page.locale, page.slug));
  if (bylinePages.length) for (const locale of locales) tags.add(cacheTags.listing(locale));
  expire(tags, "action");
}

/** After a library image changed (new file, new alt text): the reader pages that show it. */
export async function invalidateMediaUsage(usage: MediaUsage, from: Caller): Promise<void> {
  const tags = new Set<string>();
  for (const article of usage.articles) if (article.status === "published") await addArticleTags(tags, article.id);
  for (const author of usage.authors) {
    tags.add(cacheTags.author(author.id));
    tags.add(cacheTags.authors);
  }
  if (usage.siteLogo) tags.add(cacheTags.settings);
  if (tags.size > 0) expire(tags, from);
}
