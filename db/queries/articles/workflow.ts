/**
 * What the newsroom shows about the publication workflow: an article's status and schedule,
 * and the editors' review queue. The changes themselves are in transitions.ts. Access
 * rule: every export takes the acting staff user and checks the permission table.
 */
import { asc, eq, inArray, sql } from "drizzle-orm";
import { assertCan, can } from "@/lib/permissions";
import type { ArticleStatus } from "@/lib/roles";
import { publishProblems, type PublishProblem } from "@/lib/workflow/publish-checks";
import { db, tables } from "../../client";
import type { StaffUser } from "../types";

const { articles, articleAuthors, users } = tables;

export type ArticleWorkflow = {
  id: number;
  status: ArticleStatus;
  createdById: number | null;
  scheduledPublishAt: Date | null;
  scheduledUnpublishAt: Date | null;
  submittedAt: Date | null;
  /** What would stop a publication now (empty when it may go live). */
  problems: PublishProblem[];
};

/** The workflow state the article page shows. */
export async function getArticleWorkflow(actor: StaffUser, id: number): Promise<ArticleWorkflow | null> {
  assertCan(actor, "newsroom.enter");
  const [row] = await db
    .select({
      id: articles.id,
      status: articles.status,
      createdById: articles.createdById,
      scheduledPublishAt: articles.scheduledPublishAt,
      scheduledUnpublishAt: articles.scheduledUnpublishAt,
      submittedAt: articles.submittedAt,
      title: articles.title,
      summary: articles.summary,
      body: articles.body,
      slug: articles.slug,
    })
    .from(articles)
    .where(eq(articles.id, id))
    .limit(1);
  if (!row) return null;
  const { title, summary, body, slug, ...rest } = row;
  return { ...rest, problems: publishProblems({ title, summary, body, slug }) };
}

export type ReviewQueueItem = {
  id: number;
  title: string;
  locale: string;
  submittedAt: Date | null;
  authorNames: string[];
  /** Whether it may be published as it stands. */
  publishable: boolean;
};

/** Articles waiting in review, oldest submission first. Editors' screen, readable by staff. */
export async function listReviewQueue(actor: StaffUser): Promise<ReviewQueueItem[]> {
  assertCan(actor, "newsroom.enter");
  const rows = await db
    .select({
      id: articles.id,
      title: articles.title,
      locale: articles.locale,
      submittedAt: articles.submittedAt,
      summary: articles.summary,
      body: articles.body,
      slug: articles.slug,
      updatedAt: articles.updatedAt,
    })
    .from(articles)
    .where(eq(articles.status, "review"))
    // Rows without a submission time (from before it was kept) come last on both dialects.
    .orderBy(
      sql`case when ${articles.submittedAt} is null then 1 else 0 end`,
      asc(articles.submittedAt),
      asc(articles.updatedAt),
      asc(articles.id),
    )
    .limit(500);
  const ids = rows.map((r) => r.id);
  const authorRows = ids.length
    ? await db
        .select({ articleId: articleAuthors.articleId, name: users.name })
        .from(articleAuthors)
        .innerJoin(users, eq(users.id, articleAuthors.userId))
        .where(inArray(articleAuthors.articleId, ids))
        .orderBy(asc(articleAuthors.position))
    : [];
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    locale: row.locale,
    submittedAt: row.submittedAt,
    authorNames: authorRows.filter((a) => a.articleId === row.id).map((a) => a.name),
    publishable: publishProblems(row).length === 0,
  }));
}

/** Whether `actor` may share a preview of, or revoke links to, an article. */
export function canSharePreview(actor: StaffUser, article: { createdById: number | null }): boolean {
  return can(actor.role, "article.publish") || article.createdById === actor.id;
}
