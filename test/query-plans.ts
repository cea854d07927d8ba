/** Test helpers for query plan tests: generated articles and EXPLAIN output on either dialect. */
import { sql, type SQL } from "drizzle-orm";
import { it } from "vitest";
import { db, family, rawRows, tables } from "@/db/client";

/**
 * `count` articles a minute apart, nine in ten Spanish (so the language alone narrows little,
 * as on a one-language site), one in ten a draft (n % 10 = 0), each in a topic and by an
 * author; the word "common" in every article and "rare" in one in a hundred (n % 100 = 7).
 */
export async function generateArticles(count: number, topicId: number, userId: number): Promise<void> {
  const start = Date.now();
  for (let first = 0; first < count; first += 500) {
    const rows = await db
      .insert(tables.articles)
      .values(
        Array.from({ length: Math.min(500, count - first) }, (_, i) => {
          const n = first + i;
          return {
            locale: n % 10 === 1 ? "en" : "es",
            translationGroup: `g${n}`,
            status: n % 10 === 0 ? ("draft" as const) : ("published" as const),
            slug: `generated-${n}`,
            title: `Generated ${n} common`,
            summary: "Summary",
            body: "<p>Body</p>",
            bodyText: n % 100 === 7 ? "Body rare common" : "Body common",
            publishedAt: new Date(start - n * 60_000),
          };
        }),
      )
      .returning({ id: tables.articles.id });
    await db.insert(tables.articleTopics).values(rows.map((row) => ({ articleId: row.id, topicId })));
    await db.insert(tables.articleAuthors).values(rows.map((row) => ({ articleId: row.id, userId })));
  }
  // VACUUM also moves new rows out of the GIN index's pending list, which the planner prices high.
  await rawRows(family === "sqlite" ? sql`ANALYZE` : sql`VACUUM ANALYZE articles, article_topics, article_authors`);
}

/** SQLite's EXPLAIN QUERY PLAN details, one line each. */
export async function sqlitePlan(statement: SQL): Promise<string[]> {
  const rows = await rawRows<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${statement}`);
  return rows.map((row) => row.detail);
}

/**
 * PostgreSQL's EXPLAIN text. With `withoutSeqScan`, sequential scans are priced out for this
 * statement only, which proves an index can serve it on a table too small to prefer it.
 */
export async function pgPlan(statement: SQL, withoutSeqScan = false): Promise<string> {
  if (family === "sqlite") throw new Error("not PostgreSQL");
  return db.transaction(async (tx) => {
    if (withoutSeqScan) await rawRows(sql`SET LOCAL enable_seqscan = off`, tx);
    const rows = await rawRows<{ "QUERY PLAN": string }>(sql`EXPLAIN ${statement}`, tx);
    return rows.map((row) => row["QUERY PLAN"]).join("\n");
  });
}

/**
 * A plan test registered only on the dialect whose planner it describes: the other dialect's run
 * has its own test, so nothing is reported as skipped.
 */
export function planTest(wanted: "sqlite" | "pg"): (name: string, test: () => Promise<void>) => void {
  return wanted === family ? (name, test) => it(name, test) : () => undefined;
}
