import { transitionArticle } from "./transitions";
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import {
  articleInput,
  countRows,
  createStaff,
  readArticleRow,
  resetTestDatabase,
  thrownBy,
  refusal,
} from "@/test/database";
import { deleteArticle } from "./deletion";
import { createArticle, updateArticle } from "./saves";

beforeEach(resetTestDatabase);

describe("deleteArticle", () => {
  it("deletes a never-published draft with its revisions, and audits who did it", async () => {
    const writer = await createStaff("writer");
    const input = articleInput();
    const { id } = await createArticle(writer, input);
    await updateArticle(writer, id, 1, { ...input, title: "Segunda versión" });

    await deleteArticle(writer, id, 2);

    expect(await countRows(tables.articles)).toBe(0);
    expect(await countRows(tables.articleRevisions)).toBe(0);
    const [entry] = await db.select().from(tables.auditLog).where(eq(tables.auditLog.action, "article.delete"));
    expect(entry).toMatchObject({ actorId: writer.id, targetId: String(id) });
    expect(entry?.summary).toContain("Segunda versión");
  });

  it("refuses work that has been public, even once unpublished, and changes nothing", async () => {
    const editor = await createStaff("editor");
    const { id } = await createArticle(editor, articleInput());
    await transitionArticle(editor, id, "publish");
    expect(await thrownBy(() => deleteArticle(editor, id, 2))).toEqual(refusal("invalid"));
    await transitionArticle(editor, id, "unpublish");
    const version = (await readArticleRow(id)).version;
    expect(await thrownBy(() => deleteArticle(editor, id, version))).toEqual(refusal("invalid"));
    expect(await countRows(tables.articles)).toBe(1);
    expect(await countRows(tables.auditLog)).toBe(2);
  });

  it("refuses another writer's draft and a stale version", async () => {
    const owner = await createStaff("writer");
    const other = await createStaff("writer");
    const { id } = await createArticle(owner, articleInput());
    expect(await thrownBy(() => deleteArticle(other, id, 1))).toEqual(refusal("forbidden"));
    expect(await thrownBy(() => deleteArticle(owner, id, 7))).toEqual(refusal("conflict"));
    expect(await countRows(tables.articles)).toBe(1);
  });
});
