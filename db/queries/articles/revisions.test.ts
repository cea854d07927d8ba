import { DomainError } from "@/lib/domain-error";
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import {
  articleInput,
  countRows,
  createStaff,
  createTopic,
  readArticleRow,
  resetTestDatabase,
  thrownBy,
  refusal,
} from "@/test/database";
import { getRevisions, listRevisions } from "./revisions";
import { createArticle, restoreRevision, updateArticle } from "./saves";
import { getArticleForEditing } from "./staff-reads";

beforeEach(resetTestDatabase);

describe("revisions written by saves", () => {
  it("numbers revisions like versions, with the saver and a snapshot of the fields", async () => {
    const writer = await createStaff("writer", { name: "Wanda" });
    const editor = await createStaff("editor", { name: "Eddie" });
    const topic = await createTopic({ es: ["Salud", "salud"] });
    const input = articleInput({ title: "Primera", topicIds: [topic], body: "<p>Uno</p><script>x</script>" });
    const { id } = await createArticle(writer, input);
    await updateArticle(editor, id, 1, { ...input, title: "Segunda", featured: true });

    const list = await listRevisions(editor, id);
    expect(list.map((r) => [r.revision, r.authorName])).toEqual([
      [2, "Eddie"],
      [1, "Wanda"],
    ]);
    const [first, second] = (await getRevisions(editor, id, [1, 2])).sort((a, b) => a.revision - b.revision);
    // The snapshot holds the body as it was stored: sanitised.
    expect(first?.snapshot).toMatchObject({ title: "Primera", body: "<p>Uno</p>", topicIds: [topic], featured: false });
    expect(first?.snapshot.authorIds).toEqual([writer.id]);
    expect(second?.snapshot).toMatchObject({ title: "Segunda", featured: true });
    expect((await readArticleRow(id)).version).toBe(2);
  });

  it("writes no revision for a refused save", async () => {
    const editor = await createStaff("editor");
    const input = articleInput();
    const { id } = await createArticle(editor, input);
    await createArticle(editor, articleInput({ slug: "ocupado" }));

    expect(await thrownBy(() => updateArticle(editor, id, 7, input))).toEqual(refusal("conflict"));
    expect(await thrownBy(() => updateArticle(editor, id, 1, { ...input, slug: "ocupado" }))).toBeInstanceOf(
      DomainError,
    );
    expect(await countRows(tables.articleRevisions)).toBe(2);
    expect((await listRevisions(editor, id)).map((r) => r.revision)).toEqual([1]);
  });

  it("goes when the article goes", async () => {
    const editor = await createStaff("editor");
    const { id } = await createArticle(editor, articleInput());
    await db.delete(tables.articles).where(eq(tables.articles.id, id));
    expect(await countRows(tables.articleRevisions)).toBe(0);
  });
});

describe("restoreRevision", () => {
  it("saves the old content as a new version and a new revision, losing nothing", async () => {
    const editor = await createStaff("editor");
    const input = articleInput({ title: "Original", slug: "original", body: "<p>Texto original</p>" });
    const { id } = await createArticle(editor, input);
    await updateArticle(editor, id, 1, { ...input, title: "Cambiado", slug: "cambiado", body: "<p>Otro</p>" });

    const saved = await restoreRevision(editor, id, 1, 2);

    expect(saved.version).toBe(3);
    const row = await readArticleRow(id);
    expect(row).toMatchObject({ title: "Original", slug: "original", body: "<p>Texto original</p>", version: 3 });
    expect((await listRevisions(editor, id)).map((r) => r.revision)).toEqual([3, 2, 1]);
    const [second] = await getRevisions(editor, id, [2]);
    expect(second?.snapshot.title).toBe("Cambiado");
  });

  it("is refused when the article changed since the editor looked", async () => {
    const editor = await createStaff("editor");
    const input = articleInput();
    const { id } = await createArticle(editor, input);
    await updateArticle(editor, id, 1, { ...input, title: "Otro" });

    expect(await thrownBy(() => restoreRevision(editor, id, 1, 1))).toEqual(refusal("conflict"));
    expect((await readArticleRow(id)).title).toBe("Otro");
  });

  it("follows the edit rules: a writer may not restore someone else's article", async () => {
    const owner = await createStaff("writer");
    const other = await createStaff("writer");
    const input = articleInput();
    const { id } = await createArticle(owner, input);
    await updateArticle(owner, id, 1, { ...input, title: "Segunda" });

    expect(await thrownBy(() => restoreRevision(other, id, 1, 2))).toEqual(refusal("forbidden"));
    expect((await getArticleForEditing(owner, id))?.title).toBe("Segunda");
  });
});
