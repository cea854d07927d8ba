/**
 * The newest published articles of a feed: the site's in one language, a topic's or an
 * author's. Access rule: anyone; every query filters on status = "published". Three queries
 * whatever the number of articles: the articles, then their authors and their topics in one
 * batch each.
 */
import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import { mediaUrl } from "@/lib/media-url";
import { db, tables } from "../../client";
import { linkCondition, listTopicLinksOf } from "./articles";
import type { AuthorLink, TopicLink } from "../types";

const { articles, media, articleAuthors, users } = tables;

/** How many articles a feed carries. */
export const feedArticleLimit = 30;

export type FeedScope =
  | { kind: "site"; locale: string }
  | { kind: "topic"; locale: string; topicId: number }
  | { kind: "author"; locale: string; userId: number };

export type FeedArticle = {
  id: number;
  locale: string;
  slug: string;
  title: string;
  summary: string;
  /** Stored (sanitised) HTML; sanitise again before use, like every render does. */
  body: string;
  /** ISO 8601; plain strings so results survive the data cache's serialisation. */
  publishedAt: string;
  /** The later of the last edit and the publication. */
  updatedAt: string;
  leadImageCaption: string;
  leadImageCredit: string;
  image: { src: string; type: string; byteSize: number; width: number; height: number; alt: string } | null;
  authors: AuthorLink[];
  topics: TopicLink[];
};

function scopeCondition(scope: FeedScope): SQL | undefined {
  switch (scope.kind) {
    case "site":
      return undefined;
    case "topic":
      return linkCondition({ by: "topic", topicId: scope.topicId });
    case "author":
      return linkCondition({ by: "author", userId: scope.userId });
  }
}

/**
 * The feed's statement. The ids come from the articles_listing index (locale, status,
 * published_at, id) walked newest first, a topic's or author's link checked per entry by a probe
 * of the link table's key, exactly as topic pages do: the walk stops at the `limit`th match, and
 * only those rows (with their bodies) are read. The plan is checked in feeds.plan.test.ts.
 */
export function feedQuery(scope: FeedScope, limit = feedArticleLimit) {
  const feedIds = db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.locale, scope.locale), eq(articles.status, "published"), scopeCondition(scope)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
  return db
    .select({
      id: articles.id,
      locale: articles.locale,
      slug: articles.slug,
      title: articles.title,
      summary: articles.summary,
      body: articles.body,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      leadImageCaption: articles.leadImageCaption,
      leadImageCredit: articles.leadImageCredit,
      storageKey: media.storageKey,
      mimeType: media.mimeType,
      byteSize: media.byteSize,
      width: media.width,
      height: media.height,
      alt: media.alt,
    })
    .from(articles)
    .leftJoin(media, eq(media.id, articles.leadMediaId))
    .where(inArray(articles.id, feedIds))
    .orderBy(desc(articles.publishedAt), desc(articles.id));
}

/** A feed's articles, newest publication first. */
export async function listFeedArticles(scope: FeedScope, limit = feedArticleLimit): Promise<FeedArticle[]> {
  const rows = await feedQuery(scope, limit);
  if (rows.length === 0) return [];

  const ids = rows.map((row) => row.id);
  const [authorRows, topicRows] = await Promise.all([
    db
      .select({ articleId: articleAuthors.articleId, id: users.id, name: users.name, slug: users.slug })
      .from(articleAuthors)
      .innerJoin(users, eq(users.id, articleAuthors.userId))
      .where(inArray(articleAuthors.articleId, ids))
      .orderBy(asc(articleAuthors.articleId), asc(articleAuthors.position)),
    listTopicLinksOf(ids, scope.locale),
  ]);
  const authorsOf = groupBy(authorRows, (row) => ({ id: row.id, name: row.name, slug: row.slug }));
  const topicsOf = groupBy(topicRows, (row) => ({ id: row.id, name: row.name, slug: row.slug }));

  return rows.map((row) => {
    const publishedAt = row.publishedAt ?? row.updatedAt;
    return {
      id: row.id,
      locale: row.locale,
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      body: row.body,
      publishedAt: publishedAt.toISOString(),
      updatedAt: (row.updatedAt > publishedAt ? row.updatedAt : publishedAt).toISOString(),
      leadImageCaption: row.leadImageCaption,
      leadImageCredit: row.leadImageCredit,
      image:
        row.storageKey === null
          ? null
          : {
              src: mediaUrl(row.storageKey),
              type: row.mimeType ?? "",
              byteSize: row.byteSize ?? 0,
              width: row.width ?? 0,
              height: row.height ?? 0,
              alt: row.alt?.[scope.locale] ?? "",
            },
      authors: authorsOf.get(row.id) ?? [],
      topics: topicsOf.get(row.id) ?? [],
    };
  });
}

/** Rows of a batch query, per article, in the order the query returned them. */
function groupBy<Row extends { articleId: number }, Value>(
  rows: Row[],
  toValue: (row: Row) => Value,
): Map<number, Value[]> {
  const result = new Map<number, Value[]>();
  for (const row of rows) {
    const list = result.get(row.articleId) ?? [];
    list.push(toValue(row));
    result.set(row.articleId, list);
  }
  return result;
}
