/**
 * What the sitemaps list: published articles with their published translations, topics that
 * have published articles in a language, and the last days' news. Access rule: anyone; every
 * query filters on status = "published". Queries come in fixed numbers per call (a batch of
 * articles and one query for all of their translations), never one per article.
 */
import { and, asc, count, desc, eq, gte, inArray, max } from "drizzle-orm";
import { db, tables } from "../../client";

const { articles, articleTopics, topicTranslations } = tables;

const isPublished = eq(articles.status, "published");

/** One language's version of a page, by slug. */
export type LocalisedSlug = { locale: string; slug: string };

export type SitemapArticle = LocalisedSlug & {
  /** ISO 8601: the later of the last edit and the publication. */
  lastModified: string;
  /** Every published version of the story, this one included (for hreflang). */
  versions: LocalisedSlug[];
};

/** Published articles in every language: what the article sitemaps split into files. */
export async function countSitemapArticles(): Promise<number> {
  const [row] = await db.select({ total: count() }).from(articles).where(isPublished);
  return row?.total ?? 0;
}

/**
 * A batch of published articles in a stable order (oldest id first, so new articles land at
 * the end and earlier sitemap files rarely change), each with its published translations.
 * The batch starts at the id found `offset` entries into the articles_published_id index
 * (status, id, then every column a sitemap entry shows), which skips index entries only; the
 * batch itself is then a keyset range read from that covering index, so it never reads article
 * rows (on SQLite their dates sit after the body, in overflow pages), and its translations one
 * probe per group of the (translation_group, locale) index. Keep `limit` near 1,000: each query
 * then stays well under 50 ms at 100,000 articles.
 */
export async function listSitemapArticles(offset: number, limit: number): Promise<SitemapArticle[]> {
  const firstId = db
    .select({ id: articles.id })
    .from(articles)
    .where(isPublished)
    .orderBy(asc(articles.id))
    .limit(1)
    .offset(offset);
  const inBatch = and(isPublished, gte(articles.id, firstId));
  const rows = await db
    .select({
      locale: articles.locale,
      slug: articles.slug,
      group: articles.translationGroup,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
    })
    .from(articles)
    .where(inBatch)
    .orderBy(asc(articles.id))
    .limit(limit);
  if (rows.length === 0) return [];

  // The batch's translation groups as a subquery: a long list of bound values could pass
  // the dialects' parameter limits.
  const batchGroups = db
    .select({ group: articles.translationGroup })
    .from(articles)
    .where(inBatch)
    .orderBy(asc(articles.id))
    .limit(limit);
  const versionRows = await db
    .select({ group: articles.translationGroup, locale: articles.locale, slug: articles.slug })
    .from(articles)
    .where(and(isPublished, inArray(articles.translationGroup, batchGroups)))
    .orderBy(asc(articles.locale));
  const versionsOf = new Map<string, LocalisedSlug[]>();
  for (const { group, locale, slug } of versionRows) {
    versionsOf.set(group, [...(versionsOf.get(group) ?? []), { locale, slug }]);
  }

  return rows.map((row) => {
    const published = row.publishedAt ?? row.updatedAt;
    const lastModified = row.updatedAt > published ? row.updatedAt : published;
    return {
      locale: row.locale,
      slug: row.slug,
      lastModified: lastModified.toISOString(),
      versions: versionsOf.get(row.group) ?? [{ locale: row.locale, slug: row.slug }],
    };
  });
}

export type SitemapTopicPage = LocalisedSlug & { lastModified: string };

/**
 * Topic pages worth listing: each topic in each language where it has published articles,
 * dated by its newest change. Grouped per topic, so the versions of one topic link to each other.
 */
export async function listSitemapTopics(): Promise<SitemapTopicPage[][]> {
  const [activity, names] = await Promise.all([
    db
      .select({
        topicId: articleTopics.topicId,
        locale: articles.locale,
        lastEdited: max(articles.updatedAt),
        lastPublished: max(articles.publishedAt),
      })
      .from(articleTopics)
      .innerJoin(articles, eq(articles.id, articleTopics.articleId))
      .where(isPublished)
      .groupBy(articleTopics.topicId, articles.locale),
    db
      .select({ topicId: topicTranslations.topicId, locale: topicTranslations.locale, slug: topicTranslations.slug })
      .from(topicTranslations)
      .orderBy(asc(topicTranslations.topicId), asc(topicTranslations.locale)),
  ]);
  const lastModifiedOf = new Map(
    activity.map((row) => [`${row.topicId}:${row.locale}`, later(row.lastEdited, row.lastPublished)]),
  );
  const pagesOf = new Map<number, SitemapTopicPage[]>();
  for (const { topicId, locale, slug } of names) {
    const lastModified = lastModifiedOf.get(`${topicId}:${locale}`);
    if (!lastModified) continue;
    pagesOf.set(topicId, [...(pagesOf.get(topicId) ?? []), { locale, slug, lastModified: lastModified.toISOString() }]);
  }
  return [...pagesOf.values()];
}

function later(a: Date | null, b: Date | null): Date | null {
  if (a === null || b === null) return a ?? b;
  return a > b ? a : b;
}

export type NewsSitemapArticle = LocalisedSlug & { title: string; publishedAt: string };

/** Google News allows 1,000 articles in one news sitemap. */
export const newsSitemapLimit = 1000;

/** Articles published since `since`, newest first. */
export async function listNewsSitemapArticles(since: Date, limit = newsSitemapLimit): Promise<NewsSitemapArticle[]> {
  const rows = await db
    .select({ locale: articles.locale, slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(isPublished, gte(articles.publishedAt, since)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
  return rows.flatMap((row) => (row.publishedAt ? [{ ...row, publishedAt: row.publishedAt.toISOString() }] : []));
}
