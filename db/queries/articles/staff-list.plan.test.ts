/**
 * The newsroom list on a large archive: each sort walks its own index (a page costs its rows,
 * not a sort of the archive), a writer's list is counted from an index, and a search starts from
 * the full-text index and reaches articles by primary key.
 */
import { beforeAll, describe, expect } from "vitest";
import type { SQL } from "drizzle-orm";
import { db, tables } from "@/db/client";
import type { StaffUser } from "@/db/queries/types";
import { parseArticleListParams } from "@/lib/validation/article-list";
import { createStaff, resetTestDatabase } from "@/test/database";
import { generateArticles, pgPlan, planTest, sqlitePlan } from "@/test/query-plans";
import { listConditions, listCountQuery, listOrder, listPageQuery } from "./staff-list";

let editor: StaffUser;
let writer: StaffUser;

function statements(actor: StaffUser, raw: Record<string, string>): { page: SQL; count: SQL } {
  const params = parseArticleListParams(raw);
  const conditions = listConditions(actor, params);
  if (!conditions) throw new Error("no conditions");
  return {
    page: listPageQuery(conditions.where, listOrder(params.sort, params.dir), 50).getSQL(),
    count: listCountQuery(conditions.where, 10_001).getSQL(),
  };
}

describe("the newsroom article list on a large archive", () => {
  beforeAll(async () => {
    await resetTestDatabase();
    const [topic] = await db.insert(tables.topics).values({}).returning({ id: tables.topics.id });
    writer = await createStaff("writer");
    editor = await createStaff("editor");
    await generateArticles(3_000, topic!.id, writer.id);
  });

  const sqlite = planTest("sqlite");
  const pg = planTest("pg");

  for (const [sort, index] of [
    ["updated-desc", "articles_updated"],
    ["updated-asc", "articles_updated"],
    ["published-desc", "articles_published"],
    ["headline-asc", "articles_title"],
    ["headline-desc", "articles_title"],
  ] as const) {
    sqlite(`reads a page sorted by ${sort} from ${index}, without sorting the archive`, async () => {
      const plan = await sqlitePlan(statements(editor, { sort }).page);
      expect(plan.join("\n")).toMatch(new RegExp(`SCAN articles USING INDEX ${index}`));
      expect(plan.join("\n")).not.toMatch(/TEMP B-TREE/);
    });
    pg(`reads a page sorted by ${sort} from ${index}, without sorting the archive`, async () => {
      const plan = await pgPlan(statements(editor, { sort }).page, true);
      expect(plan).toMatch(new RegExp(`Index Scan( Backward)? using ${index}`));
      expect(plan).not.toMatch(/Sort/);
    });
  }

  sqlite("reads a writer's page from the update index and counts it from an index", async () => {
    const { page, count } = statements(writer, {});
    expect((await sqlitePlan(page)).join("\n")).toMatch(/SCAN articles USING INDEX articles_updated/);
    expect((await sqlitePlan(count)).join("\n")).toMatch(/USING COVERING INDEX articles_status_creator/);
  });
  pg("reads a writer's page from the update index and counts it from an index", async () => {
    const { page, count } = statements(writer, {});
    expect(await pgPlan(page, true)).toMatch(/Index Scan Backward using articles_updated/);
    expect(await pgPlan(count, true)).toMatch(/Index Only Scan using articles_status_creator/);
  });

  sqlite("searches from the full-text index and reaches articles by primary key", async () => {
    for (const actor of [editor, writer]) {
      const { page, count } = statements(actor, { q: "common", status: "published" });
      for (const plan of [await sqlitePlan(page), await sqlitePlan(count)]) {
        expect(plan.join("\n")).toMatch(/SCAN articles_fts VIRTUAL TABLE/);
        // Every other read of articles is a primary-key probe, never a scan.
        const reads = plan.filter((line) => /\barticles\b/.test(line) && !line.includes("articles_fts"));
        expect(reads.filter((line) => !line.includes("USING INTEGER PRIMARY KEY"))).toEqual([]);
      }
    }
  });
  pg("searches from the full-text index", async () => {
    for (const actor of [editor, writer]) {
      const { page, count } = statements(actor, { q: "rare" });
      for (const plan of [await pgPlan(page, true), await pgPlan(count, true)]) {
        expect(plan).toMatch(/Bitmap Index Scan on articles_search/);
        expect(plan).not.toMatch(/Seq Scan/);
      }
    }
  });
});
