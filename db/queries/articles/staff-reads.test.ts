import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import { articleInput, createStaff, createTopic, linkTranslations, resetTestDatabase } from "@/test/database";
import { createArticle } from "./saves";
import { articleCacheKeys, listArticlesForStaff } from "./staff-reads";
import { transitionArticle } from "./transitions";

beforeEach(resetTestDatabase);

describe("listArticlesForStaff", () => {
  it("filters by status", async () => {
    const editor = await createStaff("editor");
    const draft = await createArticle(editor, articleInput({ title: "Borrador" }));
    const published = await createArticle(editor, articleInput({ title: "Publicada" }));
    await transitionArticle(editor, published.id, "publish");

    const drafts = await listArticlesForStaff(editor, { status: "draft" });
    const live = await listArticlesForStaff(editor, { status: "published" });
    const all = await listArticlesForStaff(editor, {});

    expect(drafts.map((a) => a.id)).toEqual([draft.id]);
    expect(live.map((a) => a.id)).toEqual([published.id]);
    expect(all.map((a) => a.id).sort((a, b) => a - b)).toEqual([draft.id, published.id].sort((a, b) => a - b));
  });

  it("filters by language", async () => {
    const editor = await createStaff("editor");
    await createArticle(editor, articleInput({ locale: "es" }));
    const english = await createArticle(editor, articleInput({ locale: "en" }));

    const rows = await listArticlesForStaff(editor, { locale: "en" });

    expect(rows.map((a) => a.id)).toEqual([english.id]);
  });

  it("shows author names and the languages an article is translated into", async () => {
    const editor = await createStaff("editor", { name: "Elena Editora" });
    const spanish = await createArticle(editor, articleInput({ locale: "es" }));
    const english = await createArticle(editor, articleInput({ locale: "en" }));
    const alone = await createArticle(editor, articleInput({ locale: "es" }));
    await linkTranslations(spanish.id, english.id);

    const rows = await listArticlesForStaff(editor, {});
    const byId = new Map(rows.map((r) => [r.id, r]));

    expect(byId.get(spanish.id)?.translations).toEqual([{ locale: "en", id: english.id }]);
    expect(byId.get(english.id)?.translations).toEqual([{ locale: "es", id: spanish.id }]);
    expect(byId.get(alone.id)?.translations).toEqual([]);
    expect(byId.get(spanish.id)?.authorNames).toEqual(["Elena Editora"]);
  });

  it("lists the most recently updated first", async () => {
    const editor = await createStaff("editor");
    const older = await createArticle(editor, articleInput());
    const newer = await createArticle(editor, articleInput());
    await db
      .update(tables.articles)
      .set({ updatedAt: new Date("2024-01-01T00:00:00Z") })
      .where(eq(tables.articles.id, older.id));
    await db
      .update(tables.articles)
      .set({ updatedAt: new Date("2024-06-01T00:00:00Z") })
      .where(eq(tables.articles.id, newer.id));

    const rows = await listArticlesForStaff(editor, {});

    expect(rows.map((r) => r.id)).toEqual([newer.id, older.id]);
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
