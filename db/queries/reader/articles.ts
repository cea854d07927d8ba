/**
 * Published articles for the reader site. Access rule: anyone; every query here filters on
 * status = "published", so nothing unpublished can leak through these functions.
 */
import { and, asc, count, desc, eq, exists, inArray, ne, type SQL } from "drizzle-orm";
import { mediaUrl } from "@/lib/media-url";
import { readingMinutes } from "@/lib/reading-time";
import { db, tables } from "../../client";
import type { ArticleDetail, ArticleTeaser, AuthorLink, ImageRef, Page, TopicLink } from "../types";

const { articles, media, articleTopics, articleAuthors, topicTranslations, users } = tables;

export const teaserPageSize = 12;

const teaserColumns = {
  id: articles.id,
  locale: articles.locale,
  slug: articles.slug,
  title: articles.title,
  summary: articles.summary,
  sourceName: articles.sourceName,
  publishedAt: articles.publishedAt,
  breaking: articles.breaking,
  mediaId: media.id,
  storageKey: media.storageKey,
  width: media.width,
  height: media.height,
  alt: media.alt,
};

/** A row of `teaserColumns`: the article with its lead image, if it has one. */
type TeaserRow = Awaited<ReturnType<typeof teaserPageQuery>>[number];

function toImage(row: TeaserRow, locale: string): ImageRef | null {
  if (row.mediaId === null || row.storageKey === null) return null;
  return {
    id: row.mediaId,
    storageKey: row.storageKey,
    src: mediaUrl(row.storageKey),
    width: row.width ?? 0,
    height: row.height ?? 0,
    alt: row.alt?.[locale] ?? "",
  };
}

/**
 * The topics of the given articles in one language, by article and then topic id: teasers take
 * each article's first as their kicker, feeds list them all. Topics without a name in the
 * language are left out.
 */
export function listTopicLinksOf(articleIds: number[], locale: string) {
  return db
    .select({
      articleId: articleTopics.articleId,
      id: topicTranslations.topicId,
      name: topicTranslations.name,
      slug: topicTranslations.slug,
    })
    .from(articleTopics)
    .innerJoin(
      topicTranslations,
      and(eq(topicTranslations.topicId, articleTopics.topicId), eq(topicTranslations.locale, locale)),
    )
    .where(inArray(articleTopics.articleId, articleIds))
    .orderBy(asc(articleTopics.articleId), asc(articleTopics.topicId));
}

/** The first topic of each article, in the reader's language, for teaser kickers. */
async function primaryTopics(articleIds: number[], locale: string): Promise<Map<number, TopicLink>> {
  const result = new Map<number, TopicLink>();
  if (articleIds.length === 0) return result;
  const rows = await listTopicLinksOf(articleIds, locale);
  for (const row of rows) {
    if (!result.has(row.articleId)) result.set(row.articleId, { id: row.id, name: row.name, slug: row.slug });
  }
  return result;
}

/**
 * The teaser fields of a row; the article page adds its own to the same. `publishedAt` is the
 * row's unless a preview shows when the article would go out.
 */
function toTeaser(
  row: TeaserRow,
  locale: string,
  topic: TopicLink | null,
  publishedAt: Date | null = row.publishedAt,
): ArticleTeaser {
  return {
    id: row.id,
    locale: row.locale,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    sourceName: row.sourceName,
    publishedAt: (publishedAt ?? new Date(0)).toISOString(),
    breaking: row.breaking,
    image: toImage(row, locale),
    topic,
  };
}

async function toTeasers(rows: TeaserRow[], locale: string): Promise<ArticleTeaser[]> {
  const topicsById = await primaryTopics(
    rows.map((r) => r.id),
    locale,
  );
  return rows.map((row) => toTeaser(row, locale, topicsById.get(row.id) ?? null));
}

const isPublishedIn = (locale: string) => and(eq(articles.locale, locale), eq(articles.status, "published"));
const newestFirst = [desc(articles.publishedAt), desc(articles.id)];

function pageCountFor(total: number): number {
  return Math.max(1, Math.ceil(total / teaserPageSize));
}

/** A page of the language's teaser list, newest first. `null` when the page does not exist. */
export async function listPublishedArticles(locale: string, page: number): Promise<Page<ArticleTeaser> | null> {
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(articles).where(isPublishedIn(locale));
  const pageCount = pageCountFor(total);
  if (page < 1 || page > pageCount) return null;
  const rows = await teaserPageQuery(locale, page);
  return { items: await toTeasers(rows, locale), page, pageCount, total };
}

/**
 * One page of a language's teaser list. The page's ids come from the articles_listing index
 * (locale, status, published_at, id) alone, walked backwards with the offset (a deferred
 * join): skipped rows are index entries, never article rows, so deep pages cost about what
 * page 1 does. The query plan is checked in articles.plan.test.ts.
 */
export function teaserPageQuery(locale: string, page: number, extra?: SQL) {
  const pageIds = db
    .select({ id: articles.id })
    .from(articles)
    .where(and(isPublishedIn(locale), extra))
    .orderBy(...newestFirst)
    .limit(teaserPageSize)
    .offset((page - 1) * teaserPageSize);
  return db
    .select(teaserColumns)
    .from(articles)
    .leftJoin(media, eq(media.id, articles.leadMediaId))
    .where(inArray(articles.id, pageIds))
    .orderBy(...newestFirst);
}

/** The newest published article of the language with a front-page flag (featured, breaking). */
async function newestFlagged(locale: string, flag: SQL): Promise<TeaserRow | undefined> {
  const [row] = await db
    .select(teaserColumns)
    .from(articles)
    .leftJoin(media, eq(media.id, articles.leadMediaId))
    .where(and(isPublishedIn(locale), flag))
    .orderBy(...newestFirst)
    .limit(1);
  return row;
}

/** Front-page material: the lead story (newest featured, else newest), breaking news, latest. */
export async function getFrontPage(locale: string) {
  const featured = await newestFlagged(locale, eq(articles.featured, true));
  const latestRows = await db
    .select(teaserColumns)
    .from(articles)
    .leftJoin(media, eq(media.id, articles.leadMediaId))
    .where(featured ? and(isPublishedIn(locale), ne(articles.id, featured.id)) : isPublishedIn(locale))
    .orderBy(...newestFirst)
    .limit(featured ? 7 : 8);
  const breakingRow = await newestFlagged(locale, eq(articles.breaking, true));
  const leadRows = featured ? [featured] : latestRows.slice(0, 1);
  const rest = featured ? latestRows : latestRows.slice(1);
  const [lead] = await toTeasers(leadRows, locale);
  const latest = await toTeasers(rest, locale);
  const [breaking] = breakingRow ? await toTeasers([breakingRow], locale) : [];
  return { lead: lead ?? null, latest, breaking: breaking ?? null };
}

/** The articles of one topic or one author: both lists walk a link table to the articles. */
export type LinkedListing = { by: "topic"; topicId: number } | { by: "author"; userId: number };

/**
 * The link as a condition on the article: checked per entry of the listing index by a probe
 * of the link table's key, so the list is read in index order rather than sorted.
 */
export function linkCondition(listing: LinkedListing): SQL {
  return listing.by === "topic"
    ? exists(
        db
          .select({ one: articleTopics.topicId })
          .from(articleTopics)
          .where(and(eq(articleTopics.articleId, articles.id), eq(articleTopics.topicId, listing.topicId))),
      )
    : exists(
        db
          .select({ one: articleAuthors.userId })
          .from(articleAuthors)
          .where(and(eq(articleAuthors.articleId, articles.id), eq(articleAuthors.userId, listing.userId))),
      );
}

async function listLinkedArticles(
  locale: string,
  listing: LinkedListing,
  page: number,
): Promise<Page<ArticleTeaser> | null> {
  const [{ total } = { total: 0 }] = await linkedCountQuery(locale, listing);
  const pageCount = pageCountFor(total);
  if (page < 1 || page > pageCount) return null;
  const rows = await teaserPageQuery(locale, page, linkCondition(listing));
  return { items: await toTeasers(rows, locale), page, pageCount, total };
}

/**
 * How many published articles in the language a topic or author has. Counted from the link
 * table's side (its entries for the topic or author, in key order) probing the covering
 * articles_published_id index (status, id, locale, …) by id: the cost follows the topic's or
 * author's own articles, never the whole archive, and never reads an article row. The cross
 * join fixes that order on SQLite, whose planner would otherwise walk the language's whole
 * listing; PostgreSQL plans it as the inner join it is. The plan is checked in
 * articles.plan.test.ts.
 */
export function linkedCountQuery(locale: string, listing: LinkedListing) {
  const published = and(eq(articles.locale, locale), eq(articles.status, "published"));
  return listing.by === "topic"
    ? db
        .select({ total: count() })
        .from(articleTopics)
        .crossJoin(articles)
        .where(and(eq(articleTopics.topicId, listing.topicId), eq(articles.id, articleTopics.articleId), published))
    : db
        .select({ total: count() })
        .from(articleAuthors)
        .crossJoin(articles)
        .where(and(eq(articleAuthors.userId, listing.userId), eq(articles.id, articleAuthors.articleId), published));
}

/** The page query of a topic listing, for the plan test. */
export function topicPageQuery(locale: string, topicId: number, page: number) {
  return teaserPageQuery(locale, page, linkCondition({ by: "topic", topicId }));
}

/** A page of one topic's published articles in a language. */
export function listArticlesByTopic(locale: string, topicId: number, page: number) {
  return listLinkedArticles(locale, { by: "topic", topicId }, page);
}

/** A page of one author's published articles in a language. */
export function listArticlesByAuthor(locale: string, userId: number, page: number) {
  return listLinkedArticles(locale, { by: "author", userId }, page);
}

/** The newest published articles of a topic, for the front page's topic blocks. */
export async function listTopicHeadlines(locale: string, topicId: number, limit: number): Promise<ArticleTeaser[]> {
  const rows = await db
    .select(teaserColumns)
    .from(articleTopics)
    .innerJoin(articles, eq(articles.id, articleTopics.articleId))
    .leftJoin(media, eq(media.id, articles.leadMediaId))
    .where(and(isPublishedIn(locale), eq(articleTopics.topicId, topicId)))
    .orderBy(...newestFirst)
    .limit(limit);
  return toTeasers(rows, locale);
}

/** One published article with everything its page shows; `null` when not published. */
export async function getPublishedArticle(locale: string, slug: string): Promise<ArticleDetail | null> {
  return readArticleDetail(and(isPublishedIn(locale), eq(articles.slug, slug)));
}

/**
 * Any article, whatever its status, as its reader page would show it (translations still
 * only when published). Not for the reader site: only for previews, whose callers have
 * checked a staff permission or a preview link first. An article not yet published shows
 * `previewTime` as its publication time.
 */
export async function getArticleDetailForPreview(id: number, previewTime: Date): Promise<ArticleDetail | null> {
  return readArticleDetail(eq(articles.id, id), previewTime);
}

async function readArticleDetail(condition: SQL | undefined, previewTime?: Date): Promise<ArticleDetail | null> {
  const [row] = await db
    .select({
      ...teaserColumns,
      body: articles.body,
      bodyText: articles.bodyText,
      leadImageCaption: articles.leadImageCaption,
      leadImageCredit: articles.leadImageCredit,
      sourceUrl: articles.sourceUrl,
      correction: articles.correction,
      updatedAt: articles.updatedAt,
      translationGroup: articles.translationGroup,
      commentsEnabled: articles.commentsEnabled,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
    })
    .from(articles)
    .leftJoin(media, eq(media.id, articles.leadMediaId))
    .where(condition)
    .limit(1);
  if (!row) return null;
  const locale = row.locale;

  const [authorRows, topicRows, translationRows] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, slug: users.slug })
      .from(articleAuthors)
      .innerJoin(users, eq(users.id, articleAuthors.userId))
      .where(eq(articleAuthors.articleId, row.id))
      .orderBy(asc(articleAuthors.position)),
    listTopicLinksOf([row.id], locale),
    db
      .select({ locale: articles.locale, slug: articles.slug, title: articles.title })
      .from(articles)
      .where(
        and(
          eq(articles.translationGroup, row.translationGroup),
          eq(articles.status, "published"),
          ne(articles.id, row.id),
        ),
      ),
  ]);

  const authors: AuthorLink[] = authorRows;
  const topics: TopicLink[] = topicRows.map(({ id, name, slug }) => ({ id, name, slug }));
  return {
    ...toTeaser(row, locale, topics[0] ?? null, row.publishedAt ?? previewTime ?? null),
    body: row.body,
    readingMinutes: readingMinutes(row.bodyText),
    leadImageCaption: row.leadImageCaption,
    leadImageCredit: row.leadImageCredit,
    sourceUrl: row.sourceUrl,
    correction: row.correction,
    updatedAt: row.updatedAt.toISOString(),
    authors,
    topics,
    translations: translationRows,
    commentsEnabled: row.commentsEnabled,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
  };
}

/** Published articles sharing a topic with `articleId`, newest first, never the article itself. */
export async function listRelatedArticles(locale: string, articleId: number, limit: number): Promise<ArticleTeaser[]> {
  const sharedTopics = db
    .select({ topicId: articleTopics.topicId })
    .from(articleTopics)
    .where(eq(articleTopics.articleId, articleId));
  const related = db
    .selectDistinct({ articleId: articleTopics.articleId })
    .from(articleTopics)
    .where(inArray(articleTopics.topicId, sharedTopics));
  const rows = await db
    .select(teaserColumns)
    .from(articles)
    .leftJoin(media, eq(media.id, articles.leadMediaId))
    .where(and(isPublishedIn(locale), ne(articles.id, articleId), inArray(articles.id, related)))
    .orderBy(...newestFirst)
    .limit(limit);
  return toTeasers(rows, locale);
}

/** How many articles a language has published. */
export async function countPublishedArticles(locale: string): Promise<number> {
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(articles).where(isPublishedIn(locale));
  return total;
}
