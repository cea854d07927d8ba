import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db, tables } from "../../client";
import { articleInput, createStaff, publishedAt, resetTestDatabase } from "@/test/database";
import { addReadCounts, listMostRead, readsOn } from "./read-counts";
import { listMostReadArticles } from "./dashboard";
import { transitionArticle } from "./transitions";
import { createArticle } from "./saves";

describe("read counts", () => {
  beforeEach(resetTestDatabase);

  it("adds batches to the stored counts: one row per article and day", async () => {
    const editor = await createStaff("editor");
    const a = await publishedAt(editor, new Date("2026-03-01T08:00:00Z"));
    await addReadCounts([{ articleId: a.id, day: "2026-03-01", reads: 5 }]);
    await addReadCounts([
      { articleId: a.id, day: "2026-03-01", reads: 3 },
      { articleId: a.id, day: "2026-03-02", reads: 1 },
    ]);
    expect(await readsOn(a.id, "2026-03-01")).toBe(8);
    expect(await readsOn(a.id, "2026-03-02")).toBe(1);
    const rows = await db.select().from(tables.articleReadCounts).where(eq(tables.articleReadCounts.articleId, a.id));
    expect(rows).toHaveLength(2);
  });

  it("drops reads of articles deleted before the batch was written", async () => {
    const editor = await createStaff("editor");
    const a = await publishedAt(editor, new Date("2026-03-01T08:00:00Z"));
    await addReadCounts([
      { articleId: a.id, day: "2026-03-01", reads: 2 },
      { articleId: a.id + 1000, day: "2026-03-01", reads: 9 },
    ]);
    expect(await db.select().from(tables.articleReadCounts)).toHaveLength(1);
  });

  it("stores reads of published articles only: drafts, stories in review and unpublished ones get none", async () => {
    const editor = await createStaff("editor");
    const live = await publishedAt(editor, new Date("2026-03-01T08:00:00Z"));
    const draft = await createArticle(editor, articleInput());
    const review = await createArticle(editor, articleInput());
    await transitionArticle(editor, review.id, "submit");
    // Published when the reader saw it, unpublished before the batch was written.
    const withdrawn = await publishedAt(editor, new Date("2026-03-01T09:00:00Z"));
    await transitionArticle(editor, withdrawn.id, "unpublish");
    await addReadCounts(
      [live.id, draft.id, review.id, withdrawn.id].map((articleId) => ({ articleId, day: "2026-03-01", reads: 300 })),
    );
    expect(await listMostRead("2026-03-01", 10)).toEqual([{ articleId: live.id, reads: 300 }]);
  });

  it("ranks the most-read articles over the last seven days", async () => {
    const editor = await createStaff("editor");
    const a = await publishedAt(editor, new Date("2026-03-01T08:00:00Z"));
    const b = await publishedAt(editor, new Date("2026-03-01T09:00:00Z"));
    await addReadCounts([
      { articleId: a.id, day: "2026-03-09", reads: 4 },
      { articleId: a.id, day: "2026-03-10", reads: 4 },
      { articleId: b.id, day: "2026-03-10", reads: 6 },
      // Too old for the week ending on the 10th.
      { articleId: b.id, day: "2026-03-03", reads: 50 },
    ]);
    expect(await listMostRead("2026-03-04", 10)).toEqual([
      { articleId: a.id, reads: 8 },
      { articleId: b.id, reads: 6 },
    ]);
    const ranked = await listMostReadArticles(editor, 7, 10, new Date("2026-03-10T12:00:00Z"));
    expect(ranked.map((r) => [r.title, r.reads])).toEqual([
      [a.title, 8],
      [b.title, 6],
    ]);
  });
});
