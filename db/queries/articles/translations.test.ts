import { DomainError } from "@/lib/domain-error";
import { transitionArticle } from "./transitions";
import { beforeEach, describe, expect, it } from "vitest";
import {
  articleInput,
  createMedia,
  createStaff,
  createTopic,
  readArticleRow,
  resetTestDatabase,
  thrownBy,
  refusal,
} from "@/test/database";
import { slugify } from "@/lib/slug";
import { listRevisions } from "./revisions";
import { createTranslation } from "./translations";
import { createArticle } from "./saves";
import { getArticleForEditing } from "./staff-reads";
import { listArticlesForStaff } from "./staff-list";
import { parseArticleListParams } from "@/lib/validation/article-list";

beforeEach(resetTestDatabase);

describe("createTranslation", () => {
  it("gives the draft the address slugify makes from the headline, even a long one, so it follows the headline", async () => {
    const editor = await createStaff("editor");
    const title = `Comunicado sobre ${"la campaña de vacunación de otoño ".repeat(4)}`.trim();
    const { id: sourceId } = await createArticle(editor, articleInput({ title, slug: "comunicado" }));
    const { id } = await createTranslation(editor, sourceId, "en");
    expect((await readArticleRow(id)).slug).toBe(slugify(title));
  });

  it("creates a linked draft in the other language, prefilled from the source", async () => {
    const editor = await createStaff("editor");
    const author = await createStaff("writer");
    const topic = await createTopic({ es: ["Salud", "salud"], en: ["Health", "health"] });
    const image = await createMedia();
    const { id: sourceId } = await createArticle(
      editor,
      articleInput({
        title: "Vacunas en otoño",
        slug: "vacunas",
        topicIds: [topic],
        authorIds: [author.id],
        leadMediaId: image,
        leadImageCaption: "Pie",
        sourceName: "Agencia",
        sourceUrl: "https://example.org",
        breaking: true,
      }),
    );
    await transitionArticle(editor, sourceId, "publish");

    const { id } = await createTranslation(editor, sourceId, "en");

    const source = await readArticleRow(sourceId);
    const row = await readArticleRow(id);
    expect(row).toMatchObject({
      locale: "en",
      translationGroup: source.translationGroup,
      status: "draft",
      publishedAt: null,
      title: "Vacunas en otoño",
      slug: "vacunas-en-otono",
      leadMediaId: image,
      leadImageCaption: "Pie",
      sourceName: "Agencia",
      breaking: true,
      createdById: editor.id,
      version: 1,
    });
    expect(source.status).toBe("published");
    const editing = await getArticleForEditing(editor, id);
    expect(editing?.topicIds).toEqual([topic]);
    expect(editing?.authorIds).toEqual([author.id]);
    expect((await listRevisions(editor, id)).map((r) => r.revision)).toEqual([1]);
    const listed = await listArticlesForStaff(editor, parseArticleListParams({}));
    expect(listed.items.find((r) => r.id === sourceId)?.translations).toEqual([{ locale: "en", id }]);
  });

  it("adds a suffix when the slug is taken in the target language", async () => {
    const editor = await createStaff("editor");
    await createArticle(editor, articleInput({ locale: "en", title: "Otra", slug: "mismo-titulo" }));
    await createArticle(editor, articleInput({ locale: "en", title: "Otra más", slug: "mismo-titulo-2" }));
    const { id: sourceId } = await createArticle(editor, articleInput({ title: "Mismo título", slug: "x" }));

    const { id } = await createTranslation(editor, sourceId, "en");

    expect((await readArticleRow(id)).slug).toBe("mismo-titulo-3");
  });

  it("refuses a language the story already has, and the source's own", async () => {
    const editor = await createStaff("editor");
    const { id: sourceId } = await createArticle(editor, articleInput());
    await createTranslation(editor, sourceId, "en");

    for (const locale of ["en", "es"]) {
      const error = await thrownBy(() => createTranslation(editor, sourceId, locale));
      expect(error).toEqual(refusal("invalid"));
      expect((error as DomainError).fields.locale).toBe("translationExists");
    }
    expect(await thrownBy(() => createTranslation(editor, sourceId, "fr"))).toEqual(refusal("invalid"));
  });

  it("lets a writer translate only their own articles", async () => {
    const owner = await createStaff("writer");
    const other = await createStaff("writer");
    const { id: sourceId } = await createArticle(owner, articleInput());

    expect(await thrownBy(() => createTranslation(other, sourceId, "en"))).toEqual(refusal("forbidden"));
    const { id } = await createTranslation(owner, sourceId, "en");
    expect((await readArticleRow(id)).createdById).toBe(owner.id);
  });
});
