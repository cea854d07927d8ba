/**
 * Article read counts per day. Access rule: `addReadCounts` is for the read counter
 * (server/read-counter.ts) only, which batches page views; listing is for staff dashboards.
 */
import { and, desc, eq, gte, inArray, sql, sum } from "drizzle-orm";
import { db, tables } from "../../client";

const { articleReadCounts, articles } = tables;

/** A UTC day as stored: "YYYY-MM-DD". */
export function readDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export type ReadTally = { articleId: number; day: string; reads: number };

/**
 * Adds batched reads: one upsert per article and day, all in one transaction. Only reads of
 * articles published at this moment are stored: the beacon takes any id without asking the
 * database, so reads of drafts, scheduled or unpublished stories and of ids that do not exist
 * (or were deleted meanwhile, which would also violate the foreign key) are dropped here, with
 * one query for the whole batch. A story unpublished before its reads are written loses them; a
 * draft published within one batch interval keeps the reads it had as a draft (at most one per
 * reader, server/recent-reads.ts).
 */
export async function addReadCounts(tallies: ReadTally[]): Promise<void> {
  if (tallies.length === 0) return;
  await db.transaction(async (tx) => {
    const ids = [...new Set(tallies.map((t) => t.articleId))];
    const published = new Set(
      (
        await tx
          .select({ id: articles.id })
          .from(articles)
          .where(and(inArray(articles.id, ids), eq(articles.status, "published")))
      ).map((r) => r.id),
    );
    for (const tally of tallies) {
      if (!published.has(tally.articleId) || tally.reads <= 0) continue;
      await tx
        .insert(articleReadCounts)
        .values(tally)
        .onConflictDoUpdate({
          target: [articleReadCounts.articleId, articleReadCounts.day],
          set: { reads: sql`${articleReadCounts.reads} + ${tally.reads}` },
        });
    }
  });
}

/** Total reads of one article on one day (0 when none): for tests and the dashboard. */
export async function readsOn(articleId: number, day: string): Promise<number> {
  const [row] = await db
    .select({ reads: articleReadCounts.reads })
    .from(articleReadCounts)
    .where(and(eq(articleReadCounts.articleId, articleId), eq(articleReadCounts.day, day)))
    .limit(1);
  return row?.reads ?? 0;
}

export type MostReadRow = { articleId: number; reads: number };

/** The most-read articles since `fromDay` (inclusive), most first. */
export async function listMostRead(fromDay: string, limit: number): Promise<MostReadRow[]> {
  const total = sum(articleReadCounts.reads).mapWith(Number);
  const rows = await db
    .select({ articleId: articleReadCounts.articleId, reads: total })
    .from(articleReadCounts)
    .where(gte(articleReadCounts.day, fromDay))
    .groupBy(articleReadCounts.articleId)
    .orderBy(desc(total), articleReadCounts.articleId)
    .limit(limit);
  return rows.map((r) => ({ articleId: r.articleId, reads: Number(r.reads) || 0 }));
}
