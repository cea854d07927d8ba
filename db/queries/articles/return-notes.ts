/**
 * The editor's note on an article sent back to its writer: written and cleared only by the
 * status changes in ./transitions.ts (inside their transaction), read by the article page and
 * the writer's dashboard. Access rule: newsroom staff (`newsroom.enter`), like the editor page;
 * the dashboard list is the acting user's own articles only.
 */
import { and, desc, eq } from "drizzle-orm";
import { assertCan } from "@/lib/permissions";
import { db, tables, type Executor } from "../../client";
import type { StaffUser } from "../types";

const { articleReturnNotes, articles, users } = tables;

export type ReturnNote = {
  note: string;
  /** The editor who wrote it (null once that account is gone). */
  authorName: string | null;
  createdAt: Date;
};

export type ReturnedArticle = ReturnNote & { id: number; title: string; locale: string };

/** Called by transitions only: the latest note replaces any earlier one. */
export async function keepReturnNote(
  tx: Executor,
  row: { articleId: number; note: string; authorId: number | null },
): Promise<void> {
  const createdAt = new Date();
  await tx
    .insert(articleReturnNotes)
    .values({ ...row, createdAt })
    .onConflictDoUpdate({
      target: articleReturnNotes.articleId,
      set: { note: row.note, authorId: row.authorId, createdAt },
    });
}

/** Called by transitions only: the article moved on (resubmitted, published, scheduled…). */
export async function clearReturnNote(tx: Executor, articleId: number): Promise<void> {
  await tx.delete(articleReturnNotes).where(eq(articleReturnNotes.articleId, articleId));
}

const noteColumns = {
  note: articleReturnNotes.note,
  authorName: users.name,
  createdAt: articleReturnNotes.createdAt,
};

/** The note standing on one article, if it was sent back and not yet resubmitted. */
export async function getReturnNote(actor: StaffUser, articleId: number): Promise<ReturnNote | null> {
  assertCan(actor, "newsroom.enter");
  const [row] = await db
    .select(noteColumns)
    .from(articleReturnNotes)
    .leftJoin(users, eq(users.id, articleReturnNotes.authorId))
    .where(eq(articleReturnNotes.articleId, articleId))
    .limit(1);
  return row ?? null;
}

/** The acting user's own articles that were sent back to them, newest note first. */
export async function listReturnedToMe(actor: StaffUser, limit = 10): Promise<ReturnedArticle[]> {
  assertCan(actor, "newsroom.enter");
  return db
    .select({ id: articles.id, title: articles.title, locale: articles.locale, ...noteColumns })
    .from(articleReturnNotes)
    .innerJoin(articles, eq(articles.id, articleReturnNotes.articleId))
    .leftJoin(users, eq(users.id, articleReturnNotes.authorId))
    .where(and(eq(articles.createdById, actor.id), eq(articles.status, "draft")))
    .orderBy(desc(articleReturnNotes.createdAt), desc(articles.id))
    .limit(limit);
}
