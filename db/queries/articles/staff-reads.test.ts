import { beforeEach, describe, expect, it } from "vitest";
import { articleInput, createStaff, createTopic, linkTranslations, resetTestDatabase } from "@/test/database";
import { createArticle } from "./saves";
import { articleCacheKeys, getArticleForEditing } from "./staff-reads";
import { transitionArticle } from "./transitions";

beforeEach(resetTestDatabase);

describe("getArticleForEditing", () => {
  it("keeps a writer's draft from other writers until it is submitted", async () => {
    const owner = await createStaff("writer");
    const other = await createStaff("writer");
    const editor = await createStaff("editor");
    const { id } = await createArticle(owner, articleInput());

    expect(await getArticleForEditing(owner, id)).not.toBeNull();
    expect(await getArticleForEditing(editor, id)).not.toBeNull();
    expect(await getArticleForEditing(other, id)).toBeNull();

    await transitionArticle(owner, id, "submit");
    expect((await getArticleForEditing(other, id))?.status).toBe("review");
  });
});

describe("articleCacheKeys", () => {
  it("names both translations' pages, the topics and the authors", async () => {
    const editor = await createStaff("editor");
    const writer = await createStaff("writer");
    const health = await createTopic({ es: ["Salud", "salud"], en: ["Health", "health"] });
    const science = await createTopic({ es: ["Ciencia", "ciencia"], en: ["Science", "science"] });
    const spanish = await createArticle(
      editor,
      articleInput({
        locale: "es",
        slug: "nueva-vacuna",
        topicIds: [health, science],
        authorIds: [editor.id, writer.id],
      }),
    );
    const english = await createArticle(
      editor,
      articleInput({ locale: "en", slug: "new-vaccine", topicIds: [health] }),
    );
    await linkTranslations(spanish.id, english.id);

    const keys = await articleCacheKeys(spanish.id);

    const byLocale = (a: { locale: string }, b: { locale: string }) => a.locale.localeCompare(b.locale);
    expect([...keys.pages].sort(byLocale)).toEqual([
      { locale: "en", slug: "new-vaccine" },
      { locale: "es", slug: "nueva-vacuna" },
    ]);
    expect([...keys.topicIds].sort((a, b) => a - b)).toEqual([health, science].sort((a, b) => a - b));
    expect([...keys.authorIds].sort((a, b) => a - b)).toEqual([editor.id, writer.id].sort((a, b) => a - b));
  });

  it("returns empty lists for a missing article", async () => {
    expect(await articleCacheKeys(12345)).toEqual({ pages: [], topicIds: [], authorIds: [] });
  });
});
