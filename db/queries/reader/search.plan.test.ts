/**
 * Search must start from the full-text index: SQLite's plan scans articles_fts first and
 * reaches articles by primary key (never the listing index, which once drove the search with
 * one full-text probe per listed row); PostgreSQL's plan uses the GIN index on search_vector.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createStaff, createTopic, resetTestDatabase } from "@/test/database";
import { generateArticles, pgPlan, sqlitePlan, planTest } from "@/test/query-plans";
import { searchArticles, searchResultBound } from "./search";
import { rankedIdsQuery as pgQuery } from "./search-pg";
import { rankedIdsQuery as sqliteQuery } from "./search-sqlite";

const generated = 3_000;
let topicId = 0;

describe("search on generated data", () => {
  beforeAll(async () => {
    await resetTestDatabase();
    const editor = await createStaff("editor");
    topicId = await createTopic({ es: ["Salud", "salud"], en: ["Health", "health"] });
    await generateArticles(generated, topicId, editor.id);
  });

  const filterSets = () => [{}, { topicId }, { from: new Date(0), to: new Date() }];

  planTest("sqlite")("SQLite: scans articles_fts first, articles by primary key only", async () => {
    for (const filters of filterSets()) {
      const plan = await sqlitePlan(sqliteQuery("es", ["common"], filters, 1001, 10, 0));
      const scans = plan.filter((line) => /^(SCAN|SEARCH)/.test(line));
      expect(scans[0]).toMatch(/^SCAN articles_fts VIRTUAL TABLE INDEX/);
      expect(plan.join("\n")).toMatch(/SEARCH a USING INTEGER PRIMARY KEY/);
      // The listing index may only supply a date filter's list of ids, never drive the search.
      expect(plan.filter((line) => /articles_listing/.test(line) && !/COVERING INDEX/.test(line))).toEqual([]);
      expect(plan.join("\n")).not.toMatch(/SCAN a\b|SCAN articles\b/);
    }
  });

  planTest("pg")("PostgreSQL: finds matches through the GIN index", async () => {
    for (const filters of filterSets()) {
      const plan = await pgPlan(pgQuery("es", "rare", filters, 1001, 10, 0), true);
      expect(plan).toMatch(/Bitmap Index Scan on articles_search/);
    }
    // A rare word on analysed statistics: the index, not a walk of every row.
    expect(await pgPlan(pgQuery("es", "rare", {}, 1001, 10, 0))).toMatch(/Bitmap Index Scan on articles_search/);
  });

  it("counts exactly up to the bound and says 'more than' past it", async () => {
    const common = await searchArticles("es", "common", {}, 1);
    expect(common).toMatchObject({ total: searchResultBound, moreThanTotal: true, pageCount: searchResultBound / 10 });
    expect(await searchArticles("es", "common", {}, searchResultBound / 10)).not.toBeNull();
    expect(await searchArticles("es", "common", {}, searchResultBound / 10 + 1)).toBeNull();
    const rare = await searchArticles("es", "rare", {}, 1);
    expect(rare).toMatchObject({ total: generated / 100, moreThanTotal: false });
    expect(rare?.items[0]?.snippet).toContain("rare");
  });
});
