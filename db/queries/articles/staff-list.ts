/**
 * The newsroom's article list: search, filters, sort and pages, for every status and language.
 * Access rule: any staff member; a writer sees other people's articles only once they are past
 * draft (lib/permissions.ts, canSeeArticle), and that rule is part of every statement here.
 *
 * Built for a large archive: each sort has an index to walk (updated, published, headline), a
 * page is at most `articleListMaxPages` deep and counting stops past the reachable rows, and a
 * search starts from the full-text index (the site's own, db/queries/reader/search-*.ts) and
 * keeps the newest `staffSearchBound` matches, so a common word costs what a rare one does. The
 * plans are checked in staff-list.plan.test.ts.
 */
import { and, asc, count, desc, eq, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import { assertCan, can } from "@/lib/permissions";
import { countWords } from "@/lib/reading-time";
import { locales } from "@/lib/locales";
import {
  articleListMaxPages,
  articleListPageSize,
  type ArticleListParams,
  type SortDirection,
} from "@/lib/validation/article-list";
import { db, tables } from "../../client";
import { isSqlite } from "../../dialect";
import { searchTerms } from "../reader/search";
import { staffMatchIdsPg } from "../reader/search-pg";
import { staffMatchIdsSqlite } from "../reader/search-sqlite";
import type { StaffArticleRow, StaffUser } from "../types";

const { articles, articleAuthors, articleTopics, users } = tables;

/** Matches kept for a search, newest first; past it the list says "more than" and asks to narrow. */
export const staffSearchBound = 1000;
/** Rows counted at most without a search: every reachable page, and one more row to tell "more". */
const countBound = articleListMaxPages * articleListPageSize;

export type StaffArticlePage = {
  items: StaffArticleRow[];
  /** The page shown: the one asked for, or the last one when that was past the end. */
  page: number;
  pageCount: number;
  /** Exact unless `moreThanTotal`: then there are more matching articles than this. */
  total: number;
  moreThanTotal: boolean;
};

export type ArticleListFilter = Omit<ArticleListParams, "page" | "sort" | "dir">;

/** The rows `actor` may see: a writer sees other people's articles once they are past draft. */
export function visibleTo(actor: StaffUser): SQL | undefined {
  if (can(actor.role, "article.seeAllDrafts")) return undefined;
  return or(ne(articles.status, "draft"), eq(articles.createdById, actor.id));
}

/** The filters and the reader's visibility, as conditions on `articles`. */
function filterConditions(actor: StaffUser, filter: ArticleListFilter): SQL | undefined {
  return and(
    visibleTo(actor),
    filter.status ? eq(articles.status, filter.status) : undefined,
    filter.locale ? eq(articles.locale, filter.locale) : undefined,
    filter.authorId
      ? inArray(
          articles.id,
          db
            .select({ id: articleAuthors.articleId })
            .from(articleAuthors)
            .where(eq(articleAuthors.userId, filter.authorId)),
        )
      : undefined,
    filter.topicId
      ? inArray(
          articles.id,
          db
            .select({ id: articleTopics.articleId })
            .from(articleTopics)
            .where(eq(articleTopics.topicId, filter.topicId)),
        )
      : undefined,
  );
}

/**
 * The statement's WHERE: with search text, the bounded set of matching ids (filters applied
 * inside the bound, so a narrow filter still finds old matches); without, the filters alone.
 * Null when the text has no words to look for (nothing matches).
 */
export function listConditions(actor: StaffUser, filter: ArticleListFilter): { where: SQL | undefined } | null {
  const conditions = filterConditions(actor, filter);
  if (!filter.text) return { where: conditions };
  const terms = searchTerms(filter.text);
  if (terms.length === 0) return null;
  const matches = isSqlite
    ? staffMatchIdsSqlite(terms, conditions, staffSearchBound + 1)
    : staffMatchIdsPg(filter.text, filter.locale ? [filter.locale] : locales, conditions, staffSearchBound + 1);
  return { where: sql`${articles.id} IN (${matches})` };
}

/** ORDER BY for a sort: the column, then the id the same way, so pages never overlap. */
export function listOrder(sort: ArticleListParams["sort"], dir: SortDirection): SQL[] {
  const by = dir === "asc" ? asc : desc;
  if (sort === "headline") return [by(articles.title), by(articles.id)];
  // Never-published articles come last either way (both dialects told the same).
  if (sort === "published")
    return [
      dir === "asc" ? sql`${articles.publishedAt} asc nulls last` : sql`${articles.publishedAt} desc nulls last`,
      by(articles.id),
    ];
  return [by(articles.updatedAt), by(articles.id)];
}

/** The page's rows: what the list shows of each article. */
export function listPageQuery(where: SQL | undefined, order: SQL[], offset: number) {
  return db
    .select({
      id: articles.id,
      locale: articles.locale,
      title: articles.title,
      slug: articles.slug,
      status: articles.status,
      version: articles.version,
      updatedAt: articles.updatedAt,
      publishedAt: articles.publishedAt,
      scheduledPublishAt: articles.scheduledPublishAt,
      scheduledUnpublishAt: articles.scheduledUnpublishAt,
      createdById: articles.createdById,
      translationGroup: articles.translationGroup,
      bodyText: articles.bodyText,
    })
    .from(articles)
    .where(where)
    .orderBy(...order)
    .limit(articleListPageSize)
    .offset(offset);
}

/** How many rows match, counting no further than `bound`. */
export function listCountQuery(where: SQL | undefined, bound: number) {
  const matching = db
    .select({ one: sql`1`.as("one") })
    .from(articles)
    .where(where)
    .limit(bound)
    .as("matching");
  return db.select({ n: count() }).from(matching);
}

/** One page of the list for `actor`; the page is clamped to the last one. */
export async function listArticlesForStaff(actor: StaffUser, params: ArticleListParams): Promise<StaffArticlePage> {
  assertCan(actor, "newsroom.enter");
  const conditions = listConditions(actor, params);
  if (!conditions) return { items: [], page: 1, pageCount: 1, total: 0, moreThanTotal: false };
  const bound = params.text ? staffSearchBound : countBound;
  const [counted] = await listCountQuery(conditions.where, bound + 1);
  const found = Number(counted?.n ?? 0);
  const moreThanTotal = found > bound;
  const total = Math.min(found, bound);
  const pageCount = Math.max(1, Math.ceil(total / articleListPageSize));
  const page = Math.min(Math.max(1, params.page), pageCount);
  const rows = await listPageQuery(
    conditions.where,
    listOrder(params.sort, params.dir),
    (page - 1) * articleListPageSize,
  );
  return { items: await withAuthorsAndTranslations(actor, rows), page, pageCount, total, moreThanTotal };
}

type PageRow = Awaited<ReturnType<typeof listPageQuery>>[number];

/** Adds each row's author names, its translations (those `actor` may see) and its word count. */
async function withAuthorsAndTranslations(actor: StaffUser, rows: PageRow[]): Promise<StaffArticleRow[]> {
  const ids = rows.map((r) => r.id);
  const groups = [...new Set(rows.map((r) => r.translationGroup))];
  const [authorRows, siblingRows] = await Promise.all([
    ids.length
      ? db
          .select({ articleId: articleAuthors.articleId, name: users.name })
          .from(articleAuthors)
          .innerJoin(users, eq(users.id, articleAuthors.userId))
          .where(inArray(articleAuthors.articleId, ids))
          .orderBy(asc(articleAuthors.position))
      : [],
    groups.length
      ? db
          .select({ group: articles.translationGroup, locale: articles.locale, id: articles.id })
          .from(articles)
          .where(and(inArray(articles.translationGroup, groups), visibleTo(actor)))
      : [],
  ]);
  return rows.map(({ translationGroup, bodyText, ...row }) => ({
    ...row,
    wordCount: countWords(bodyText),
    authorNames: authorRows.filter((a) => a.articleId === row.id).map((a) => a.name),
    translations: siblingRows
      .filter((s) => s.group === translationGroup && s.locale !== row.locale)
      .map((s) => ({ locale: s.locale, id: s.id })),
  }));
}
