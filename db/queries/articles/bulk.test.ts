import { beforeEach, describe, expect, it } from "vitest";
import { db, tables } from "@/db/client";
import { eq } from "drizzle-orm";
import { articleInput, countRows, createStaff, createTopic, readArticleRow, resetTestDatabase } from "@/test/database";
import { applyBulkOperation } from "./bulk";
import { readLinkIds } from "./links";
import { createArticle } from "./saves";
import { transitionArticle } from "./transitions";

beforeEach(resetTestDatabase);

const item = (id: number, version = 1) => ({ id, version });

describe("applyBulkOperation", () => {
  it("publishes what passes the checks and reports the rest, each article on its own", async () => {
    const editor = await createStaff("editor");
    const ready = await createArticle(editor, articleInput({ title: "Lista" }));
    const empty = await createArticle(editor, articleInput({ title: "Sin resumen", summary: "" }));
    const live = await createArticle(editor, articleInput({ title: "Ya publicada" }));
    await transitionArticle(editor, live.id, "publish");

    const outcomes = await applyBulkOperation(editor, "publish", [
      item(ready.id),
      item(empty.id),
      item(live.id),
      item(999_999),
    ]);

    expect(outcomes).toEqual([
      expect.objectContaining({ id: ready.id, title: "Lista", result: "done", reason: null }),
      expect.objectContaining({
        id: empty.id,
        result: "refused",
        reason: "publishChecks",
        problems: ["summaryMissing"],
      }),
      expect.objectContaining({ id: live.id, result: "refused", reason: "badTransition" }),
      expect.objectContaining({ id: 999_999, title: null, result: "refused", reason: "notFound" }),
    ]);
    expect((await readArticleRow(ready.id)).status).toBe("published");
    // The refused article is untouched: same status, same version, no revision added.
    expect(await readArticleRow(empty.id)).toMatchObject({ status: "draft", version: 1 });
    expect(await countRows(tables.auditLog)).toBe(2);
  });

  it("unpublishes published articles and refuses drafts", async () => {
    const editor = await createStaff("editor");
    const live = await createArticle(editor, articleInput());
    await transitionArticle(editor, live.id, "publish");
    const draft = await createArticle(editor, articleInput());

    const outcomes = await applyBulkOperation(editor, "unpublish", [item(live.id), item(draft.id)]);

    expect(outcomes.map((o) => [o.result, o.reason])).toEqual([
      ["done", null],
      ["refused", "badTransition"],
    ]);
    expect(outcomes[0]?.previous).toMatchObject({ slug: (await readArticleRow(live.id)).slug });
    expect((await readArticleRow(live.id)).status).toBe("unpublished");
  });

  it("applies a writer's rights per article: own drafts submitted, others' refused, publishing refused", async () => {
    const writer = await createStaff("writer");
    const otherWriter = await createStaff("writer");
    const mine = await createArticle(writer, articleInput({ title: "Mío" }));
    const theirs = await createArticle(otherWriter, articleInput({ title: "Suyo" }));
    const theirsInReview = await createArticle(otherWriter, articleInput({ title: "Suyo en revisión" }));
    await transitionArticle(otherWriter, theirsInReview.id, "submit");

    const submitted = await applyBulkOperation(writer, "submit", [
      item(mine.id),
      item(theirs.id),
      item(theirsInReview.id),
    ]);
    expect(submitted.map((o) => [o.title, o.result, o.reason])).toEqual([
      ["Mío", "done", null],
      // Another writer's draft does not exist for this writer: not even its title is told.
      [null, "refused", "notFound"],
      ["Suyo en revisión", "refused", "forbidden"],
    ]);
    expect((await readArticleRow(theirs.id)).status).toBe("draft");

    const published = await applyBulkOperation(writer, "publish", [item(mine.id)]);
    expect(published.map((o) => o.reason)).toEqual(["forbidden"]);
    expect((await readArticleRow(mine.id)).status).toBe("review");
  });

  it("deletes never-published work, refuses published work and a row changed since the list was read", async () => {
    const editor = await createStaff("editor");
    const draft = await createArticle(editor, articleInput());
    const live = await createArticle(editor, articleInput());
    await transitionArticle(editor, live.id, "publish");
    const moved = await createArticle(editor, articleInput());
    await transitionArticle(editor, moved.id, "submit");

    const outcomes = await applyBulkOperation(editor, "delete", [item(draft.id), item(live.id, 2), item(moved.id, 1)]);

    expect(outcomes.map((o) => [o.result, o.reason])).toEqual([
      ["done", null],
      ["refused", "deletePublished"],
      ["refused", "conflict"],
    ]);
    const left = await db.select({ id: tables.articles.id }).from(tables.articles);
    expect(left.map((r) => r.id).sort()).toEqual([live.id, moved.id].sort());
  });

  it("adds a topic as a save (new version and revision), skips articles that have it, refuses what may not be edited", async () => {
    const editor = await createStaff("editor");
    const writer = await createStaff("writer");
    const health = await createTopic({ es: ["Salud", "salud"], en: ["Health", "health"] });
    const plain = await createArticle(editor, articleInput());
    const already = await createArticle(editor, articleInput({ topicIds: [health] }));
    const othersLive = await createArticle(editor, articleInput());
    await transitionArticle(editor, othersLive.id, "publish");

    const outcomes = await applyBulkOperation(editor, "addTopic", [item(plain.id), item(already.id)], {
      topicId: health,
    });
    expect(outcomes.map((o) => o.result)).toEqual(["done", "unchanged"]);
    expect((await readLinkIds(db, plain.id)).topicIds).toEqual([health]);
    expect((await readArticleRow(plain.id)).version).toBe(2);
    const revisions = await db
      .select()
      .from(tables.articleRevisions)
      .where(eq(tables.articleRevisions.articleId, plain.id));
    expect(revisions).toHaveLength(2);

    const byWriter = await applyBulkOperation(writer, "addTopic", [item(othersLive.id, 2)], { topicId: health });
    expect(byWriter.map((o) => o.reason)).toEqual(["forbidden"]);
    expect((await readLinkIds(db, othersLive.id)).topicIds).toEqual([]);
  });

  it("refuses an unknown topic before touching any article", async () => {
    const editor = await createStaff("editor");
    const draft = await createArticle(editor, articleInput());
    await expect(applyBulkOperation(editor, "addTopic", [item(draft.id)], { topicId: 4242 })).rejects.toMatchObject({
      code: "invalid",
    });
    expect((await readArticleRow(draft.id)).version).toBe(1);
  });
});
