/**
 * Who else has an article open in the editor (lib/presence.ts has the heartbeat and expiry).
 * Access rule: any staff member who may read the article, i.e. enter the newsroom; each export
 * checks it itself. A heartbeat is one small upsert and one read; expired rows are never shown
 * and are cleared whenever someone leaves the article.
 */
import { and, asc, eq, gt, lte, ne } from "drizzle-orm";
import { DomainError } from "@/lib/domain-error";
import { assertCan } from "@/lib/permissions";
import { presenceTtlMs } from "@/lib/presence";
import { db, tables } from "../../client";
import type { StaffUser } from "../types";

const { articles, articlePresence, users } = tables;

export type EditingNow = { userId: number; name: string };

/**
 * Records that `actor` has the article open until the presence expires, and answers who else
 * has it open now (by name). Refuses an unknown article ("notFound").
 */
export async function noteArticlePresence(
  actor: StaffUser,
  articleId: number,
  now: Date = new Date(),
): Promise<EditingNow[]> {
  assertCan(actor, "newsroom.enter");
  const [article] = await db.select({ id: articles.id }).from(articles).where(eq(articles.id, articleId)).limit(1);
  if (!article) throw new DomainError("notFound");
  const expiresAt = new Date(now.getTime() + presenceTtlMs);
  await db
    .insert(articlePresence)
    .values({ articleId, userId: actor.id, expiresAt })
    .onConflictDoUpdate({ target: [articlePresence.articleId, articlePresence.userId], set: { expiresAt } });
  return listOthersEditing(actor, articleId, now);
}

/** Who other than `actor` has the article open now, by name. */
export async function listOthersEditing(
  actor: StaffUser,
  articleId: number,
  now: Date = new Date(),
): Promise<EditingNow[]> {
  assertCan(actor, "newsroom.enter");
  return db
    .select({ userId: users.id, name: users.name })
    .from(articlePresence)
    .innerJoin(users, eq(users.id, articlePresence.userId))
    .where(
      and(
        eq(articlePresence.articleId, articleId),
        ne(articlePresence.userId, actor.id),
        gt(articlePresence.expiresAt, now),
        eq(users.active, true),
      ),
    )
    .orderBy(asc(users.name));
}

/**
 * `actor` closed the article: their presence ends at once, and presences on it that have
 * expired (a tab that crashed) are cleared in the same transaction.
 */
export async function leaveArticle(actor: StaffUser, articleId: number, now: Date = new Date()): Promise<void> {
  assertCan(actor, "newsroom.enter");
  await db.transaction(async (tx) => {
    await tx
      .delete(articlePresence)
      .where(and(eq(articlePresence.articleId, articleId), eq(articlePresence.userId, actor.id)));
    await tx
      .delete(articlePresence)
      .where(and(eq(articlePresence.articleId, articleId), lte(articlePresence.expiresAt, now)));
  });
}
