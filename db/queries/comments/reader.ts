/**
 * Comments as readers see them: approved only, oldest first, replies under their comment.
 * Access rule: anyone. Never selects the email or the client address.
 */
import { and, asc, eq } from "drizzle-orm";
import { db, tables } from "../../client";

const { comments } = tables;

export type ReaderComment = {
  id: number;
  authorName: string;
  body: string;
  isStaff: boolean;
  createdAt: string;
  replies: Omit<ReaderComment, "replies">[];
};

export type ReaderComments = { count: number; threads: ReaderComment[] };

export async function listApprovedComments(articleId: number): Promise<ReaderComments> {
  const rows = await db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      authorName: comments.authorName,
      body: comments.body,
      isStaff: comments.isStaff,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .where(and(eq(comments.articleId, articleId), eq(comments.status, "approved")))
    .orderBy(asc(comments.createdAt), asc(comments.id));
  const threads: ReaderComment[] = [];
  const byId = new Map<number, ReaderComment>();
  for (const row of rows) {
    const comment = {
      id: row.id,
      authorName: row.authorName,
      body: row.body,
      isStaff: row.isStaff,
      createdAt: row.createdAt.toISOString(),
    };
    if (row.parentId === null) {
      const thread = { ...comment, replies: [] };
      threads.push(thread);
      byId.set(row.id, thread);
    }
  }
  let shown = threads.length;
  for (const row of rows) {
    if (row.parentId === null) continue;
    // A reply shows only under a shown comment.
    const parent = byId.get(row.parentId);
    if (!parent) continue;
    parent.replies.push({
      id: row.id,
      authorName: row.authorName,
      body: row.body,
      isStaff: row.isStaff,
      createdAt: row.createdAt.toISOString(),
    });
    shown += 1;
  }
  return { count: shown, threads };
}

/** The reader page that shows an article's comments (for expiring it after moderation). */
export async function commentPage(articleId: number): Promise<{ locale: string; slug: string } | null> {
  const [row] = await db
    .select({ locale: tables.articles.locale, slug: tables.articles.slug })
    .from(tables.articles)
    .where(eq(tables.articles.id, articleId))
    .limit(1);
  return row ?? null;
}
