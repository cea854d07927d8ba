/**
 * Articles as the newsroom reads them: one article for the editor, and the reader pages an
 * article shows on (for cache invalidation); the list is in ./staff-list.ts. Access rule: every
 * export that takes the acting staff user checks the permission table itself, whatever the
 * caller already checked.
 */
import { eq } from "drizzle-orm";
import { assertCan, canSeeArticle } from "@/lib/permissions";
import { articleRowFields, pickFields, type ArticleFormInput } from "@/lib/validation/article-form";
import type { ArticleStatus } from "@/lib/roles";
import { db, tables } from "../../client";
import { readLinkIds } from "./links";
import type { StaffUser } from "../types";

const { articles } = tables;

/** What a newsroom list needs to name an article and link to it, in the newsroom and on the site. */
export const articleLinkColumns = {
  id: articles.id,
  locale: articles.locale,
  title: articles.title,
  slug: articles.slug,
  status: articles.status,
};

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
  // Another writer's draft is theirs until submitted: it does not exist for this reader.
  if (!row || !canSeeArticle(actor, row)) return null;
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
