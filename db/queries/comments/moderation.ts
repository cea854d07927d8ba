/**
 * The newsroom's side of reader comments: the queue, moderation (one or many at a time),
 * staff replies, and the counts shown on the dashboard and the article list.
 * Access rule: reading needs a newsroom account, and a writer sees only the comments on
 * articles they created; every change needs `comment.moderate` (editors and admins) and is
 * written to the audit log in the same transaction.
 */
import { and, count, desc, eq, inArray, isNull, or, type SQL } from "drizzle-orm";
import { assertCan, can } from "@/lib/permissions";
import { DomainError } from "@/lib/domain-error";
import type { CommentStatus } from "@/lib/comments/statuses";
import { db, tables } from "../../client";
import { recordAudit } from "../audit/record";
import type { StaffUser } from "../types";

const { comments, articles } = tables;

export const moderationActions = ["approve", "reject", "spam", "delete"] as const;
export type ModerationAction = (typeof moderationActions)[number];

const pageSize = 50;

export type StaffCommentFilter = { status: CommentStatus | "all"; articleId: number | null; page: number };

export type StaffCommentRow = {
  id: number;
  articleId: number;
  articleTitle: string;
  articleLocale: string;
  articleSlug: string;
  articlePublished: boolean;
  parentId: number | null;
  parentAuthorName: string | null;
  status: CommentStatus;
  authorName: string;
  authorEmail: string | null;
  clientAddress: string | null;
  body: string;
  isStaff: boolean;
  createdAt: Date;
};

/** Writers see the comments on their own articles only. */
function visibleTo(actor: StaffUser): SQL | undefined {
  assertCan(actor, "newsroom.enter");
  return can(actor.role, "comment.moderate") ? undefined : eq(articles.createdById, actor.id);
}

export async function listStaffComments(
  actor: StaffUser,
  filter: StaffCommentFilter,
): Promise<{ rows: StaffCommentRow[]; total: number; pages: number }> {
  const where = and(
    visibleTo(actor),
    filter.status === "all" ? undefined : eq(comments.status, filter.status),
    filter.articleId === null ? undefined : eq(comments.articleId, filter.articleId),
  );
  const [totalRow] = await db
    .select({ n: count() })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(where);
  const total = totalRow?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, filter.page), pages);
  const rows = await db
    .select({
      id: comments.id,
      articleId: comments.articleId,
      articleTitle: articles.title,
      articleLocale: articles.locale,
      articleSlug: articles.slug,
      articleStatus: articles.status,
      parentId: comments.parentId,
      status: comments.status,
      authorName: comments.authorName,
      authorEmail: comments.authorEmail,
      clientAddress: comments.clientAddress,
      body: comments.body,
      isStaff: comments.isStaff,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(where)
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const parentIds = [...new Set(rows.flatMap((row) => (row.parentId === null ? [] : [row.parentId])))];
  const parentNames = new Map(
    parentIds.length
      ? (
          await db
            .select({ id: comments.id, name: comments.authorName })
            .from(comments)
            .where(inArray(comments.id, parentIds))
        ).map((row) => [row.id, row.name])
      : [],
  );
  return {
    rows: rows.map(({ articleStatus, ...row }) => ({
      ...row,
      parentAuthorName: row.parentId === null ? null : (parentNames.get(row.parentId) ?? null),
      articlePublished: articleStatus === "published",
    })),
    total,
    pages,
  };
}

/** Articles that have comments, for the queue's filter (title and language). */
export async function listCommentedArticles(
  actor: StaffUser,
): Promise<{ id: number; title: string; locale: string }[]> {
  return db
    .selectDistinct({ id: articles.id, title: articles.title, locale: articles.locale })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(visibleTo(actor))
    .orderBy(articles.title)
    .limit(500);
}

/** Comments waiting for an editor (a writer: on their own articles). */
export async function countWaitingComments(actor: StaffUser): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(and(visibleTo(actor), eq(comments.status, "pending")));
  return row?.n ?? 0;
}

export type ArticleCommentCounts = { approved: number; pending: number };

/** Per article: approved and waiting comments (the newsroom's article list). */
export async function commentCountsByArticle(articleIds: number[]): Promise<Map<number, ArticleCommentCounts>> {
  const counts = new Map<number, ArticleCommentCounts>();
  if (articleIds.length === 0) return counts;
  const rows = await db
    .select({ articleId: comments.articleId, status: comments.status, n: count() })
    .from(comments)
    .where(and(inArray(comments.articleId, articleIds), inArray(comments.status, ["approved", "pending"])))
    .groupBy(comments.articleId, comments.status);
  for (const row of rows) {
    const entry = counts.get(row.articleId) ?? { approved: 0, pending: 0 };
    if (row.status === "approved") entry.approved = row.n;
    else entry.pending = row.n;
    counts.set(row.articleId, entry);
  }
  return counts;
}

const statusAfter: Record<Exclude<ModerationAction, "delete">, CommentStatus> = {
  approve: "approved",
  reject: "rejected",
  spam: "spam",
};

function excerpt(body: string): string {
  const line = body.replace(/\s+/g, " ").trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/**
 * Approves, rejects, marks as spam or deletes the given comments (deleting a comment deletes
 * its replies). Unknown ids are skipped; none known at all is "notFound". Returns the articles
 * whose reader pages change.
 */
export async function moderateComments(
  actor: StaffUser,
  ids: number[],
  action: ModerationAction,
  now: Date = new Date(),
): Promise<{ articleIds: number[]; changed: number }> {
  assertCan(actor, "comment.moderate");
  const unique = [...new Set(ids)].slice(0, 500);
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: comments.id,
        articleId: comments.articleId,
        status: comments.status,
        authorName: comments.authorName,
        body: comments.body,
        title: articles.title,
      })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(inArray(comments.id, unique.length ? unique : [0]));
    if (rows.length === 0) throw new DomainError("notFound");
    const found = rows.map((row) => row.id);
    if (action === "delete") {
      await tx.delete(comments).where(or(inArray(comments.id, found), inArray(comments.parentId, found)));
    } else {
      await tx
        .update(comments)
        .set({ status: statusAfter[action], moderatedAt: now, moderatedById: actor.id })
        .where(inArray(comments.id, found));
    }
    for (const row of rows) {
      await recordAudit(
        {
          action: `comment.${action}`,
          actor,
          target: { type: "comment", id: row.id },
          summary: `${auditVerb[action]} comment by “${row.authorName}” on “${row.title}”: ${excerpt(row.body)}`,
          details: { articleId: row.articleId, from: row.status },
        },
        tx,
      );
    }
    return { articleIds: [...new Set(rows.map((row) => row.articleId))], changed: rows.length };
  });
}

const auditVerb: Record<ModerationAction, string> = {
  approve: "Approved",
  reject: "Rejected",
  spam: "Marked as spam",
  delete: "Deleted",
};

/**
 * The newsroom answers a comment: the reply is shown at once, marked as the newsroom's, under
 * the comment's thread (a reply to a reply joins the same thread, one level deep). Answering a
 * waiting comment approves it too: nobody answers what they would not publish.
 */
export async function replyToComment(
  actor: StaffUser,
  commentId: number,
  body: string,
  now: Date = new Date(),
): Promise<{ articleId: number; id: number }> {
  assertCan(actor, "comment.moderate");
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ id: comments.id, articleId: comments.articleId, parentId: comments.parentId })
      .from(comments)
      .where(eq(comments.id, commentId))
      .limit(1);
    if (!target) throw new DomainError("notFound");
    const threadId = target.parentId ?? target.id;
    const [thread] = await tx
      .select({ id: comments.id, status: comments.status, authorName: comments.authorName, title: articles.title })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(and(eq(comments.id, threadId), isNull(comments.parentId)))
      .limit(1);
    if (!thread) throw new DomainError("notFound");
    if (thread.status !== "approved")
      await tx
        .update(comments)
        .set({ status: "approved", moderatedAt: now, moderatedById: actor.id })
        .where(eq(comments.id, thread.id));
    const [row] = await tx
      .insert(comments)
      .values({
        articleId: target.articleId,
        parentId: thread.id,
        status: "approved",
        authorName: actor.name,
        authorEmail: null,
        body,
        isStaff: true,
        authorUserId: actor.id,
        clientAddress: null,
        submissionKey: null,
        createdAt: now,
        moderatedAt: now,
        moderatedById: actor.id,
      })
      .returning({ id: comments.id });
    if (!row) throw new Error("Reply insert returned no row");
    await recordAudit(
      {
        action: "comment.reply",
        actor,
        target: { type: "comment", id: row.id },
        summary: `Replied to “${thread.authorName}” on “${thread.title}”: ${excerpt(body)}`,
        details: { articleId: target.articleId, parentId: thread.id },
      },
      tx,
    );
    return { articleId: target.articleId, id: row.id };
  });
}

export type StaffCommentThread = {
  focusId: number;
  articleTitle: string;
  comments: {
    id: number;
    parentId: number | null;
    authorName: string;
    body: string;
    isStaff: boolean;
    status: CommentStatus;
    createdAt: Date;
  }[];
};

/** A comment with its thread (the top-level comment and all its replies), for the reply page. */
export async function getStaffCommentThread(actor: StaffUser, commentId: number): Promise<StaffCommentThread | null> {
  assertCan(actor, "comment.moderate");
  const [focus] = await db
    .select({ id: comments.id, parentId: comments.parentId, title: articles.title })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(eq(comments.id, commentId))
    .limit(1);
  if (!focus) return null;
  const threadId = focus.parentId ?? focus.id;
  const rows = await db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      authorName: comments.authorName,
      body: comments.body,
      isStaff: comments.isStaff,
      status: comments.status,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .where(or(eq(comments.id, threadId), eq(comments.parentId, threadId)))
    .orderBy(comments.createdAt, comments.id);
  // The top-level comment first, then its replies in order.
  rows.sort((a, b) => (a.parentId === null ? -1 : b.parentId === null ? 1 : 0));
  return { focusId: focus.id, articleTitle: focus.title, comments: rows };
}
