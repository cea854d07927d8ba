import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import type { StaffUser } from "@/db/queries/types";
import { articleListPageSize, parseArticleListParams, type ArticleListParams } from "@/lib/validation/article-list";
import { articleInput, createStaff, createTopic, linkTranslations, resetTestDatabase } from "@/test/database";
import { createArticle } from "./saves";
import { listArticlesForStaff } from "./staff-list";
import { transitionArticle } from "./transitions";

beforeEach(resetTestDatabase);

const defaults = parseArticleListParams({});

async function list(actor: StaffUser, params: Partial<ArticleListParams> = {}) {
  return listArticlesForStaff(actor, { ...defaults, ...params });
}

async function ids(actor: StaffUser, params: Partial<ArticleListParams> = {}): Promise<number[]> {
  return (await list(actor, params)).items.map((row) => row.id);
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

async function setTimes(id: number, times: { updatedAt?: Date; publishedAt?: Date | null }) {
  await db.update(tables.articles).set(times).where(eq(tables.articles.id, id));
}

describe("listArticlesForStaff: filters", () => {
  it("filters by status, language, author and topic, together", async () => {
    const editor = await createStaff("editor");
    const writer = await createStaff("writer", { name: "Wanda Writer" });
    const health = await createTopic({ es: ["Salud", "salud"], en: ["Health", "health"] });
    const draft = await createArticle(editor, articleInput({ topicIds: [health] }));
    const live = await createArticle(editor, articleInput({ authorIds: [writer.id] }));
    await transitionArticle(editor, live.id, "publish");
    const english = await createArticle(
      editor,
      articleInput({ locale: "en", authorIds: [writer.id], topicIds: [health] }),
    );

    expect(await ids(editor, { status: "draft" })).toEqual(sorted([draft.id, english.id]).reverse());
    expect(await ids(editor, { status: "published" })).toEqual([live.id]);
    expect(await ids(editor, { locale: "en" })).toEqual([english.id]);
    expect(sorted(await ids(editor, { authorId: writer.id }))).toEqual(sorted([live.id, english.id]));
    expect(sorted(await ids(editor, { topicId: health }))).toEqual(sorted([draft.id, english.id]));
    expect(await ids(editor, { topicId: health, authorId: writer.id, status: "draft" })).toEqual([english.id]);
    expect(await ids(editor, { topicId: health, locale: "es", authorId: writer.id })).toEqual([]);
  });

  it("searches headline and text in both languages, accents folded, with the other filters", async () => {
    const editor = await createStaff("editor");
    const headline = await createArticle(editor, articleInput({ title: "La vacunación llega a los colegios" }));
    const body = await createArticle(
      editor,
      articleInput({ locale: "en", title: "Schools", body: "<p>The vaccination campaign starts today.</p>" }),
    );
    await createArticle(editor, articleInput({ title: "Otra noticia", body: "<p>Nada que ver.</p>" }));
    const published = await createArticle(editor, articleInput({ title: "Vacunacion en verano" }));
    await transitionArticle(editor, published.id, "publish");

    expect(sorted(await ids(editor, { text: "VACUNACIÓN" }))).toEqual(sorted([headline.id, published.id]));
    expect(await ids(editor, { text: "vaccination" })).toEqual([body.id]);
    expect(await ids(editor, { text: "vacunación", status: "published" })).toEqual([published.id]);
    expect(await ids(editor, { text: "vaccination", locale: "es" })).toEqual([]);
    // Words the search engines treat as operators are only words; no words, no matches.
    expect(await ids(editor, { text: '"colegios*' })).toEqual([headline.id]);
    expect((await list(editor, { text: "¿?" })).total).toBe(0);
  });
});

describe("listArticlesForStaff: what a writer sees", () => {
  it("shows a writer their own drafts and everyone's work past draft, never another writer's draft", async () => {
    const writer = await createStaff("writer");
    const otherWriter = await createStaff("writer");
    const editor = await createStaff("editor");
    const mine = await createArticle(writer, articleInput({ title: "Mi borrador secreto" }));
    const theirs = await createArticle(otherWriter, articleInput({ title: "Su borrador secreto" }));
    const theirsInReview = await createArticle(otherWriter, articleInput({ title: "Su texto en revisión" }));
    await transitionArticle(otherWriter, theirsInReview.id, "submit");
    const editorsDraft = await createArticle(editor, articleInput({ title: "Borrador del editor secreto" }));

    expect(sorted(await ids(writer))).toEqual(sorted([mine.id, theirsInReview.id]));
    expect(sorted(await ids(writer, { status: "draft" }))).toEqual([mine.id]);
    expect(sorted(await ids(writer, { text: "secreto" }))).toEqual([mine.id]);
    expect((await list(writer)).total).toBe(2);
    expect(sorted(await ids(editor))).toEqual(sorted([mine.id, theirs.id, theirsInReview.id, editorsDraft.id]));
    expect(sorted(await ids(otherWriter, { status: "draft" }))).toEqual([theirs.id]);
  });

  it("does not link a writer to a translation that is another writer's draft", async () => {
    const writer = await createStaff("writer");
    const otherWriter = await createStaff("writer");
    const spanish = await createArticle(writer, articleInput({ locale: "es" }));
    await transitionArticle(writer, spanish.id, "submit");
    const english = await createArticle(otherWriter, articleInput({ locale: "en" }));
    await linkTranslations(spanish.id, english.id);

    const [row] = (await list(writer)).items;
    expect(row?.id).toBe(spanish.id);
    expect(row?.translations).toEqual([]);
    const [otherRow] = (await list(otherWriter, { locale: "es" })).items;
    expect(otherRow?.translations).toEqual([{ locale: "en", id: english.id }]);
  });
});

describe("listArticlesForStaff: sort", () => {
  it("sorts by update, publication and headline, both ways, never-published last", async () => {
    const editor = await createStaff("editor");
    const a = await createArticle(editor, articleInput({ title: "Alfa" }));
    const b = await createArticle(editor, articleInput({ title: "Bravo" }));
    const c = await createArticle(editor, articleInput({ title: "Charlie" }));
    await transitionArticle(editor, a.id, "publish");
    await transitionArticle(editor, c.id, "publish");
    await setTimes(a.id, { updatedAt: new Date("2024-03-01"), publishedAt: new Date("2024-01-01") });
    await setTimes(b.id, { updatedAt: new Date("2024-01-01") });
    await setTimes(c.id, { updatedAt: new Date("2024-02-01"), publishedAt: new Date("2024-02-01") });

    expect(await ids(editor)).toEqual([a.id, c.id, b.id]);
    expect(await ids(editor, { sort: "updated", dir: "asc" })).toEqual([b.id, c.id, a.id]);
    expect(await ids(editor, { sort: "published", dir: "desc" })).toEqual([c.id, a.id, b.id]);
    expect(await ids(editor, { sort: "published", dir: "asc" })).toEqual([a.id, c.id, b.id]);
    expect(await ids(editor, { sort: "headline", dir: "asc" })).toEqual([a.id, b.id, c.id]);
    expect(await ids(editor, { sort: "headline", dir: "desc" })).toEqual([c.id, b.id, a.id]);
  });
});

describe("listArticlesForStaff: pages", () => {
  it("pages through every article once, counts the pages and keeps a page past the end on the last", async () => {
    const editor = await createStaff("editor");
    const total = articleListPageSize * 2 + 3;
    await db.insert(tables.articles).values(
      Array.from({ length: total }, (_, n) => ({
        locale: "es",
        translationGroup: `paging-${n}`,
        slug: `paging-${n}`,
        title: `Página ${n}`,
        summary: "Resumen",
        body: "<p>Uno dos tres</p>",
        bodyText: "Uno dos tres",
        updatedAt: new Date(Date.UTC(2024, 0, 1, 0, n)),
      })),
    );

    const first = await list(editor);
    const second = await list(editor, { page: 2 });
    const third = await list(editor, { page: 3 });
    expect(first).toMatchObject({ page: 1, pageCount: 3, total, moreThanTotal: false });
    expect(third.items).toHaveLength(3);
    const seen = [...first.items, ...second.items, ...third.items].map((row) => row.id);
    expect(new Set(seen).size).toBe(total);
    expect(first.items[0]?.title).toBe(`Página ${total - 1}`);
    expect(first.items[0]?.wordCount).toBe(3);

    const past = await list(editor, { page: 9 });
    expect(past.page).toBe(3);
    expect(past.items.map((row) => row.id)).toEqual(third.items.map((row) => row.id));
  });

  it("shows each article's word count, authors and version", async () => {
    const editor = await createStaff("editor", { name: "Elena Editora" });
    await createArticle(editor, articleInput({ body: "<p>Una frase de <strong>seis</strong> palabras aquí.</p>" }));

    const [row] = (await list(editor)).items;
    expect(row).toMatchObject({ wordCount: 6, authorNames: ["Elena Editora"], version: 1 });
  });
});
