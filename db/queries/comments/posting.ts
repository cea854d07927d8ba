/**
 * A reader's comment going in. Access rule: anyone (the reader's comment form); the caller has
 * checked the form (lib/validation/comment-form.ts) and its token, and hands over the verdict
 * function that decides from the recent counts (lib/comments/spam-policy.ts), so counting and
 * storing happen in one transaction: a refused comment leaves nothing behind.
 */
import { and, count, eq, gte, isNull } from "drizzle-orm";
import { DomainError } from "@/lib/domain-error";
import { commentRates } from "@/lib/comments/limits";
import type { RecentCounts } from "@/lib/comments/spam-policy";
import { violatedUniqueIndex } from "../../errors";
import { db, tables, type Executor } from "../../client";
import { lockKeys, writeTransaction } from "../../dialect";

const { comments, articles } = tables;

export type NewComment = {
  articleId: number;
  parentId: number | null;
  authorName: string;
  authorEmail: string | null;
  body: string;
  clientAddress: string;
  submissionKey: string;
};

/** Whether the article takes comments now: published, its own switch on, the site's switch on. */
export async function articleTakesComments(
  articleId: number,
  siteCommentsEnabled: boolean,
  executor: Executor = db,
): Promise<boolean> {
  if (!siteCommentsEnabled) return false;
  const [row] = await executor
    .select({ status: articles.status, commentsEnabled: articles.commentsEnabled })
    .from(articles)
    .where(eq(articles.id, articleId))
    .limit(1);
  return row?.status === "published" && row.commentsEnabled;
}

async function countSince(executor: Executor, where: ReturnType<typeof and>): Promise<number> {
  const [row] = await executor.select({ n: count() }).from(comments).where(where);
  return row?.n ?? 0;
}

/** Comments lately from one address and to one article, whatever became of them. */
export async function recentCommentCounts(
  articleId: number,
  clientAddress: string,
  now: Date = new Date(),
  executor: Executor = db,
): Promise<RecentCounts> {
  const since = (ms: number) => new Date(now.getTime() - ms);
  const fromAddress = (ms: number) =>
    and(eq(comments.clientAddress, clientAddress), gte(comments.createdAt, since(ms)), isNull(comments.authorUserId));
  return {
    address: await countSince(executor, fromAddress(commentRates.address.windowMs)),
    addressDay: await countSince(executor, fromAddress(commentRates.addressDay.windowMs)),
    article: await countSince(
      executor,
      and(
        eq(comments.articleId, articleId),
        gte(comments.createdAt, since(commentRates.article.windowMs)),
        isNull(comments.authorUserId),
      ),
    ),
  };
}

export type PostOutcome<V> = { stored: true; id: number } | { stored: false; verdict: V };

/**
 * Stores a pending comment when `judge` accepts it given the recent counts. Refused with
 * "commentsClosed" (the article takes no comments now), "commentParent" (a reply to something
 * that is not a shown top-level comment of this article) or "commentReplay" (this very form was
 * sent before).
 */
export async function postComment<V extends { kind: string }>(
  input: NewComment,
  options: { siteCommentsEnabled: boolean; judge: (counts: RecentCounts) => V; now?: Date },
): Promise<PostOutcome<V>> {
  const now = options.now ?? new Date();
  return writeTransaction(async (tx) => {
    // Counting and storing must not interleave with another post from the same address or to
    // the same article, or a burst of parallel posts would all count the same few.
    await lockKeys(tx, [`comment-address:${input.clientAddress}`, `comment-article:${input.articleId}`]);
    {
      if (!(await articleTakesComments(input.articleId, options.siteCommentsEnabled, tx)))
        throw new DomainError("commentsClosed");
      if (input.parentId !== null) {
        const [parent] = await tx
          .select({ articleId: comments.articleId, parentId: comments.parentId, status: comments.status })
          .from(comments)
          .where(eq(comments.id, input.parentId))
          .limit(1);
        if (!parent || parent.articleId !== input.articleId || parent.parentId !== null || parent.status !== "approved")
          throw new DomainError("commentParent");
      }
      const verdict = options.judge(await recentCommentCounts(input.articleId, input.clientAddress, now, tx));
      if (verdict.kind !== "accept") return { stored: false as const, verdict };
      const [row] = await tx
        .insert(comments)
        .values({ ...input, status: "pending", createdAt: now })
        .returning({ id: comments.id });
      if (!row) throw new Error("Comment insert returned no row");
      return { stored: true as const, id: row.id };
    }
  }).catch((error: unknown) => {
    if (violatedUniqueIndex(error)?.includes("submission_key")) throw new DomainError("commentReplay");
    throw error;
  });
}
