/**
 * Articles as the newsroom reads them: the list, one article for the editor, and the reader
 * pages an article shows on (for cache invalidation). Access rule: every export that takes the
 * acting staff user checks the permission table itself, whatever the caller already checked.
 */
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { assertCan } from "@/lib/permissions";
import { articleRowFields, pickFields, type ArticleFormInput } from "@/lib/validation/article-form";
import type { ArticleStatus } from "@/lib/roles";
import { db, tables } from "../../client";
import { readLinkIds } from "./links";
import type { StaffArticleRow, StaffUser } from "../types";

const { articles, articleAuthors, users } = tables;

/** What a newsroom list needs to name an article and link to it, in the newsroom and on the site. */
export const articleLinkColumns = {
  id: articles.id,
  locale: articles.locale,
  title: articles.title,
  slug: articles.slug,
  status: articles.status,
};

export async function listArticlesForStaff(
  actor: StaffUser,
  filter: { status?: ArticleStatus; locale?: string },
): Promise<StaffArticleRow[]> {
  assertCan(actor, "newsroom.enter");
  const conditions = [
    filter.status ? eq(articles.status, filter.status) : undefined,
    filter.locale ? eq(articles.locale, filter.locale) : undefined,
  ].filter((c) => c !== undefined);
  const rows = await db
    .select({
      ...articleLinkColumns,
      updatedAt: articles.updatedAt,
      publishedAt: articles.publishedAt,
      scheduledPublishAt: articles.scheduledPublishAt,
      scheduledUnpublishAt: articles.scheduledUnpublishAt,
      createdById: articles.createdById,
      translationGroup: articles.translationGroup,
    })
    .from(articles)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(200);
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
          .where(inArray(articles.translationGroup, groups))
      : [],
  ]);
  return rows.map(({ translationGroup, ...row }) => ({
    ...row,
    authorNames: authorRows.filter((a) => a.articleId === row.id).map((a) => a.name),
    translations: siblingRows
      .filter((s) => s.group === translationGroup && s.locale !== row.locale)
      .map((s) => ({ locale: s.locale, id: s.id })),
  }));
}

export type ArticleForEditing = ArticleFormInput & {
  id: number;
  status: ArticleStatus;
  version: number;
  createdById: number | null;
  publishedAt: Date | null;
  updatedAt: Date;
};

export async function getArticleForEditing(actor: StaffUser, id: number): Promise<ArticleForEditing | null> {
  assertCan(actor, "newsroom.enter");
  const [row] = await db.select().from(articles).where(eq(articles.id, id)).limit(1);
  if (!row) return null;
  const links = await readLinkIds(db, id);
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    createdById: row.createdById,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    ...pickFields(row, articleRowFields),
    locale: row.locale as ArticleFormInput["locale"],
    ...links,
  };
}

/**
 * For cache invalidation after an authorised change: the reader pages an article appears on
 * (itself and its translations, which link to it), its topics and its authors.
 */
export async function articleCacheKeys(id: number) {
  const [row] = await db
    .select({ group: articles.translationGroup })
    .from(articles)
    .where(eq(articles.id, id))
    .limit(1);
  if (!row) return { pages: [], topicIds: [], authorIds: [] };
  const [pages, links] = await Promise.all([
    db
      .select({ locale: articles.locale, slug: articles.slug })
      .from(articles)
      .where(eq(articles.translationGroup, row.group)),
    readLinkIds(db, id),
  ]);
  return { pages, ...links };
}
