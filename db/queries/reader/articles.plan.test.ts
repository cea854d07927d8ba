/**
 * Deep pages must cost what page 1 costs: the teaser list is read in index order, never sorted.
 * On SQLite the query plan is checked; PostgreSQL's planner picks by table statistics, so there
 * the test checks the index it needs exists (the benchmark measures the rest).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { db, family, rawRows, tables } from "@/db/client";
import { resetTestDatabase } from "@/test/database";
import { pgPlan, planTest, sqlitePlan } from "@/test/query-plans";
import { teaserPageQuery, topicPageQuery } from "./articles";

const generated = 3_000;

describe("teaser list on generated data", () => {
  beforeAll(async () => {
    await resetTestDatabase();
    const start = Date.now();
    for (let batch = 0; batch < generated / 500; batch += 1) {
      await db.insert(tables.articles).values(
        Array.from({ length: 500 }, (_, i) => {
          const n = batch * 500 + i;
          return {
            locale: n % 2 ? "es" : "en",
            translationGroup: `g${n}`,
            status: n % 10 === 0 ? ("draft" as const) : ("published" as const),
            slug: `generated-${n}`,
            title: `Generated ${n}`,
            summary: "Summary",
            body: "<p>Body</p>",
            publishedAt: new Date(start - n * 60_000),
          };
        }),
      );
    }
    if (family === "sqlite") await rawRows(sql`ANALYZE`);
  });

  it("has the listing index on (locale, status, published_at, id)", async () => {
    if (family === "sqlite") {
      const columns = await rawRows<{ name: string }>(sql`SELECT name FROM pragma_index_info('articles_listing')`);
      expect(columns.map((c) => c.name)).toEqual(["locale", "status", "published_at", "id"]);
    } else {
      const rows = await rawRows<{ indexdef: string }>(
        sql`SELECT indexdef FROM pg_indexes WHERE indexname = 'articles_listing'`,
      );
      expect(rows[0]?.indexdef).toMatch(/\(locale, status, published_at, id\)/);
    }
  });

  it("reads a page of the teaser list from the listing index, without sorting", async () => {
    if (family === "sqlite") {
      const details = (await sqlitePlan(teaserPageQuery("es", 100).getSQL())).join("\n");
      // The page's ids from the index alone; only the page's 12 rows are sorted afterwards.
      expect(details).toMatch(/LIST SUBQUERY \d+\nSEARCH articles USING COVERING INDEX articles_listing/);
      expect(details).toMatch(/SEARCH articles USING INTEGER PRIMARY KEY/);
      expect(details).not.toMatch(/SCAN articles/);
      expect(details.match(/TEMP B-TREE/g) ?? []).toHaveLength(1);
      return;
    }
    // PostgreSQL: the same statement, planned after ANALYZE, walks the index backwards.
    await rawRows(sql`ANALYZE articles`);
    expect(await pgPlan(teaserPageQuery("es", 1).getSQL())).toMatch(/Scan Backward using articles_listing/);
  });

  planTest("sqlite")("reads a topic page from the listing index, probing the topic link by key", async () => {
    const details = (await sqlitePlan(topicPageQuery("es", 7, 100).getSQL())).join("\n");
    expect(details).toMatch(/SEARCH articles USING COVERING INDEX articles_listing/);
    expect(details).toMatch(
      /article_topics USING COVERING INDEX sqlite_autoindex_article_topics_1 \(article_id=\? AND topic_id=\?\)/,
    );
    expect(details.match(/TEMP B-TREE/g) ?? []).toHaveLength(1);
  });

  it("returns the right rows on a deep page", async () => {
    const rows = await teaserPageQuery("es", 100);
    expect(rows).toHaveLength(12);
    const times = rows.map((row) => row.publishedAt?.getTime() ?? 0);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});
