/**
 * The revision store: one row per successful save of an article, numbered like the article's
 * version after that save, so "the version I started from" is also a revision number.
 * Access rule: readers of revisions are newsroom staff (`newsroom.enter`), like the editor page;
 * rows are written only by the save paths in ./saves.ts, inside their transaction.
 */
import { and, desc, eq, inArray } from "drizzle-orm";
import { assertCan } from "@/lib/permissions";
import type { ArticleSnapshot } from "@/lib/revisions/snapshot";
import { db, tables, type Executor } from "../../client";
import type { StaffUser } from "../types";

const { articleRevisions, users } = tables;

export type RevisionSummary = {
  revision: number;
  authorName: string | null;
  createdAt: Date;
};

export type Revision = RevisionSummary & { snapshot: ArticleSnapshot };

/** Called by the save paths only, inside the transaction that bumped the article's version. */
export async function insertRevision(
  tx: Executor,
  row: { articleId: number; revision: number; authorId: number | null; snapshot: ArticleSnapshot },
): Promise<void> {
  await tx.insert(articleRevisions).values(row);
}

/** Newest first. */
export async function listRevisions(actor: StaffUser, articleId: number): Promise<RevisionSummary[]> {
  assertCan(actor, "newsroom.enter");
  return db
    .select({ revision: articleRevisions.revision, authorName: users.name, createdAt: articleRevisions.createdAt })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.authorId))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.revision));
}

/** The named revisions of one article that exist (missing numbers are simply absent). */
export async function getRevisions(actor: StaffUser, articleId: number, numbers: number[]): Promise<Revision[]> {
  assertCan(actor, "newsroom.enter");
  if (!numbers.length) return [];
  return readRevisions(db, articleId, numbers);
}

function withSeoFields(snapshot: Omit<ArticleSnapshot, "seoTitle" | "seoDescription"> & Partial<ArticleSnapshot>) {
  return { ...snapshot, seoTitle: snapshot.seoTitle ?? "", seoDescription: snapshot.seoDescription ?? "" };
}

/** Unchecked read for the save paths (which check the actor themselves). */
export async function readRevisions(tx: Executor, articleId: number, numbers: number[]): Promise<Revision[]> {
  const rows = await tx
    .select({
      revision: articleRevisions.revision,
      authorName: users.name,
      createdAt: articleRevisions.createdAt,
      snapshot: articleRevisions.snapshot,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.authorId))
    .where(and(eq(articleRevisions.articleId, articleId), inArray(articleRevisions.revision, numbers)));
  // Revisions saved before the SEO fields existed had none: they were empty then.
  return rows.map((row) => ({ ...row, snapshot: withSeoFields(row.snapshot) }));
}
