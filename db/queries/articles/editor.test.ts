/** The editor's additions to the article data layer: SEO fields and autosave's status guard. */
import { DomainError } from "@/lib/domain-error";
import { transitionArticle } from "./transitions";
import { beforeEach, describe, expect, it } from "vitest";
import { getRevisions } from "@/db/queries/articles/revisions";
import { getPublishedArticle } from "@/db/queries/reader/articles";
import { createArticle, updateArticle } from "@/db/queries/articles/saves";
import { getArticleForEditing } from "@/db/queries/articles/staff-reads";
import { articleInput, createStaff, readArticleRow, resetTestDatabase, thrownBy, refusal } from "@/test/database";

beforeEach(async () => {
  await resetTestDatabase();
});

describe("SEO title and description", () => {
  it("are saved, read back for editing, kept in each revision and shown to readers' metadata", async () => {
    const editor = await createStaff("editor");
    const { id } = await createArticle(
      editor,
      articleInput({ seoTitle: "Becas: quién puede pedirlas", seoDescription: "Plazos y requisitos." }),
    );
    const input = articleInput({ seoTitle: "Becas 2027", seoDescription: "Todo sobre las becas." });
    await updateArticle(editor, id, 1, input);

    const row = await readArticleRow(id);
    expect([row.seoTitle, row.seoDescription]).toEqual(["Becas 2027", "Todo sobre las becas."]);
    const editing = await getArticleForEditing(editor, id);
    expect(editing?.seoTitle).toBe("Becas 2027");
    const [first, second] = (await getRevisions(editor, id, [1, 2])).sort((a, b) => a.revision - b.revision);
    expect(first?.snapshot.seoTitle).toBe("Becas: quién puede pedirlas");
    expect(second?.snapshot.seoDescription).toBe("Todo sobre las becas.");

    await transitionArticle(editor, id, "publish");
    const detail = await getPublishedArticle("es", input.slug);
    expect([detail?.seoTitle, detail?.seoDescription]).toEqual(["Becas 2027", "Todo sobre las becas."]);
  });
});

describe("the autosave guard", () => {
  it("saves drafts and articles in review", async () => {
    const writer = await createStaff("writer");
    const { id } = await createArticle(writer, articleInput());
    await updateArticle(writer, id, 1, articleInput({ title: "Borrador" }), { onlyStatuses: ["draft", "review"] });
    const { version } = await transitionArticle(writer, id, "submit");
    await updateArticle(writer, id, version, articleInput({ title: "En revisión" }), {
      onlyStatuses: ["draft", "review"],
    });
    expect((await readArticleRow(id)).title).toBe("En revisión");
  });

  it("refuses a published article and changes nothing", async () => {
    const editor = await createStaff("editor");
    const input = articleInput();
    const { id } = await createArticle(editor, input);
    const { version } = await transitionArticle(editor, id, "publish");
    const error = await thrownBy(() =>
      updateArticle(editor, id, version, articleInput({ title: "Autoguardado" }), {
        onlyStatuses: ["draft", "review"],
      }),
    );
    expect(error).toEqual(refusal("invalid"));
    expect((error as DomainError).fields).toEqual({ form: "autosaveStatus" });
    const row = await readArticleRow(id);
    expect([row.title, row.version]).toEqual([input.title, version]);
  });
});
