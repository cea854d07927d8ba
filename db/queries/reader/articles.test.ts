import { transitionArticle } from "../articles/transitions";
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import type { StaffUser } from "@/db/queries/types";
import type { ArticleFormInput } from "@/lib/validation/article-form";
import {
  articleInput,
  createMedia,
  createStaff,
  createTopic,
  linkTranslations,
  resetTestDatabase,
} from "@/test/database";
import { createArticle } from "../articles/saves";
import {
  countPublishedArticles,
  getFrontPage,
  getPublishedArticle,
  listArticlesByAuthor,
  listArticlesByTopic,
  listPublishedArticles,
  listTopicHeadlines,
  teaserPageSize,
} from "./articles";

beforeEach(resetTestDatabase);

const hour = 3_600_000;
const base = new Date("2025-05-01T12:00:00.000Z").getTime();
/** A publication time `n` hours after a fixed base, so "newer" is explicit in each test. */
const at = (n: number) => new Date(base + n * hour);

/** Creates and publishes an article, then pins its publication time. */
async function published(editor: StaffUser, publishedAt: Date, overrides: Partial<ArticleFormInput> = {}) {
  const input = articleInput(overrides);
  const { id } = await createArticle(editor, input);
  await transitionArticle(editor, id, "publish");
  await db.update(tables.articles).set({ publishedAt }).where(eq(tables.articles.id, id));
  return { id, slug: input.slug, title: input.title };
}

async function draft(editor: StaffUser, overrides: Partial<ArticleFormInput> = {}) {
  const input = articleInput(overrides);
  const { id } = await createArticle(editor, input);
  return { id, slug: input.slug };
}

describe("visibility", () => {
  it("shows published articles only: drafts, articles in review and unpublished ones stay hidden", async () => {
    const editor = await createStaff("editor");
    const live = await published(editor, at(0));
    const notYet = await draft(editor);
    const inReview = await draft(editor);
    await transitionArticle(editor, inReview.id, "submit");
    const withdrawn = await published(editor, at(1));
    await transitionArticle(editor, withdrawn.id, "unpublish");

    expect(await getPublishedArticle("es", live.slug)).not.toBeNull();
    expect(await getPublishedArticle("es", notYet.slug)).toBeNull();
    expect(await getPublishedArticle("es", inReview.slug)).toBeNull();
    expect(await getPublishedArticle("es", withdrawn.slug)).toBeNull();

    const list = await listPublishedArticles("es", 1);
    expect(list?.items.map((a) => a.id)).toEqual([live.id]);
    expect(list?.total).toBe(1);
    expect(await countPublishedArticles("es")).toBe(1);
  });

  it("keeps each language to itself", async () => {
    const editor = await createStaff("editor");
    const spanish = await published(editor, at(0), { locale: "es" });
    const english = await published(editor, at(1), { locale: "en" });

    expect((await listPublishedArticles("es", 1))?.items.map((a) => a.id)).toEqual([spanish.id]);
    expect((await listPublishedArticles("en", 1))?.items.map((a) => a.id)).toEqual([english.id]);
    expect(await getPublishedArticle("en", spanish.slug)).toBeNull();
    expect(await getPublishedArticle("es", english.slug)).toBeNull();
  });
});

describe("listPublishedArticles", () => {
  it("lists the newest publication first, whatever the creation order", async () => {
    const editor = await createStaff("editor");
    const middle = await published(editor, at(5));
    const oldest = await published(editor, at(1));
    const newest = await published(editor, at(9));

    const list = await listPublishedArticles("es", 1);

    expect(list?.items.map((a) => a.id)).toEqual([newest.id, middle.id, oldest.id]);
    expect(list?.items[0]?.publishedAt).toBe(at(9).toISOString());
  });

  it("pages through 27 articles: full pages, the remainder last, and no page outside the range", async () => {
    const editor = await createStaff("editor");
    const total = 2 * teaserPageSize + 3;
    const ids: number[] = [];
    for (let i = 0; i < total; i += 1) ids.push((await published(editor, at(i))).id);
    const newestFirst = [...ids].reverse();

    const first = await listPublishedArticles("es", 1);
    const second = await listPublishedArticles("es", 2);
    const last = await listPublishedArticles("es", 3);

    expect(first).toMatchObject({ page: 1, pageCount: 3, total });
    expect(second).toMatchObject({ page: 2, pageCount: 3, total });
    expect(last).toMatchObject({ page: 3, pageCount: 3, total });
    expect(first?.items).toHaveLength(teaserPageSize);
    expect(second?.items).toHaveLength(teaserPageSize);
    expect(last?.items).toHaveLength(3);
    const seen = [...(first?.items ?? []), ...(second?.items ?? []), ...(last?.items ?? [])].map((a) => a.id);
    expect(seen).toEqual(newestFirst);

    expect(await listPublishedArticles("es", 0)).toBeNull();
    expect(await listPublishedArticles("es", -1)).toBeNull();
    expect(await listPublishedArticles("es", 4)).toBeNull();
  });

  it("has exactly one page when the articles fill it", async () => {
    const editor = await createStaff("editor");
    for (let i = 0; i < teaserPageSize; i += 1) await published(editor, at(i));

    expect(await listPublishedArticles("es", 1)).toMatchObject({ pageCount: 1, total: teaserPageSize });
    expect(await listPublishedArticles("es", 2)).toBeNull();
  });

  it("gives an empty first page, and no second page, for a language with nothing published", async () => {
    expect(await listPublishedArticles("en", 1)).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
    expect(await listPublishedArticles("en", 2)).toBeNull();
  });

  it("builds teasers with the lead image in the reader's language and the first topic", async () => {
    const editor = await createStaff("editor");
    const mediaId = await createMedia({ es: "Un hospital", en: "A hospital" });
    const health = await createTopic({ es: ["Salud", "salud"], en: ["Health", "health"] });
    const science = await createTopic({ es: ["Ciencia", "ciencia"], en: ["Science", "science"] });
    await published(editor, at(0), { locale: "en", leadMediaId: mediaId, topicIds: [science, health], breaking: true });

    const [teaser] = (await listPublishedArticles("en", 1))?.items ?? [];

    expect(teaser?.image).toMatchObject({ id: mediaId, width: 1600, height: 900, alt: "A hospital" });
    expect(teaser?.image?.src).toMatch(/^\/media\/test\/image-\d+\.jpg$/);
    expect(teaser?.topic).toEqual({ id: health, name: "Health", slug: "health" });
    expect(teaser?.breaking).toBe(true);
  });
});

describe("getFrontPage", () => {
  it("leads with the newest featured story and leaves it out of the latest list", async () => {
    const editor = await createStaff("editor");
    const olderFeatured = await published(editor, at(1), { featured: true });
    const newerFeatured = await published(editor, at(2), { featured: true });
    const plainNewest = await published(editor, at(3));
    const plainOld = await published(editor, at(0));

    const front = await getFrontPage("es");

    expect(front.lead?.id).toBe(newerFeatured.id);
    expect(front.latest.map((a) => a.id)).toEqual([plainNewest.id, olderFeatured.id, plainOld.id]);
  });

  it("leads with the newest story when none is featured", async () => {
    const editor = await createStaff("editor");
    const older = await published(editor, at(1));
    const newest = await published(editor, at(2));

    const front = await getFrontPage("es");

    expect(front.lead?.id).toBe(newest.id);
    expect(front.latest.map((a) => a.id)).toEqual([older.id]);
  });

  it("ignores a featured story that is not published", async () => {
    const editor = await createStaff("editor");
    await draft(editor, { featured: true });
    const withdrawn = await published(editor, at(5), { featured: true });
    await transitionArticle(editor, withdrawn.id, "unpublish");
    const live = await published(editor, at(1));

    expect((await getFrontPage("es")).lead?.id).toBe(live.id);
  });

  it("caps the latest list at seven stories besides the lead", async () => {
    const editor = await createStaff("editor");
    for (let i = 0; i < 10; i += 1) await published(editor, at(i));

    const front = await getFrontPage("es");

    expect(front.latest).toHaveLength(7);
    expect(front.latest.map((a) => a.id)).not.toContain(front.lead?.id);
  });

  it("returns the newest breaking story, or null when there is none", async () => {
    const editor = await createStaff("editor");
    await published(editor, at(0));
    expect((await getFrontPage("es")).breaking).toBeNull();

    await published(editor, at(1), { breaking: true });
    const newestBreaking = await published(editor, at(2), { breaking: true });
    await published(editor, at(3), { breaking: true, locale: "en" });

    expect((await getFrontPage("es")).breaking?.id).toBe(newestBreaking.id);
  });

  it("is empty for a language with nothing published", async () => {
    expect(await getFrontPage("en")).toEqual({ lead: null, latest: [], breaking: null });
  });
});

describe("listArticlesByTopic and listArticlesByAuthor", () => {
  it("lists a topic's published articles in the language, newest first", async () => {
    const editor = await createStaff("editor");
    const health = await createTopic({ es: ["Salud", "salud"], en: ["Health", "health"] });
    const economy = await createTopic({ es: ["Economía", "economia"], en: ["Economy", "economy"] });
    const older = await published(editor, at(1), { topicIds: [health] });
    const newer = await published(editor, at(2), { topicIds: [health, economy] });
    await published(editor, at(3), { topicIds: [economy] });
    await published(editor, at(4), { topicIds: [health], locale: "en" });
    await draft(editor, { topicIds: [health] });

    const page = await listArticlesByTopic("es", health, 1);

    expect(page?.items.map((a) => a.id)).toEqual([newer.id, older.id]);
    expect(page).toMatchObject({ page: 1, pageCount: 1, total: 2 });
    expect(await listArticlesByTopic("es", health, 2)).toBeNull();
    expect(await listArticlesByTopic("es", health, 0)).toBeNull();
    expect((await listTopicHeadlines("es", health, 1)).map((a) => a.id)).toEqual([newer.id]);
  });

  it("pages a topic's articles", async () => {
    const editor = await createStaff("editor");
    const health = await createTopic({ es: ["Salud", "salud"] });
    for (let i = 0; i < teaserPageSize + 1; i += 1) await published(editor, at(i), { topicIds: [health] });

    const second = await listArticlesByTopic("es", health, 2);

    expect(second).toMatchObject({ page: 2, pageCount: 2, total: teaserPageSize + 1 });
    expect(second?.items).toHaveLength(1);
  });

  it("lists an author's published articles, including co-authored ones", async () => {
    const editor = await createStaff("editor");
    const writer = await createStaff("writer");
    const own = await published(editor, at(1), { authorIds: [writer.id] });
    const shared = await published(editor, at(2), { authorIds: [editor.id, writer.id] });
    await published(editor, at(3), { authorIds: [editor.id] });
    await draft(editor, { authorIds: [writer.id] });

    const page = await listArticlesByAuthor("es", writer.id, 1);

    expect(page?.items.map((a) => a.id)).toEqual([shared.id, own.id]);
    expect(page?.total).toBe(2);
    expect(await listArticlesByAuthor("es", writer.id, 2)).toBeNull();
    expect((await listArticlesByAuthor("en", writer.id, 1))?.items).toEqual([]);
  });
});

describe("getPublishedArticle", () => {
  it("returns the authors in byline order and the topics in the article's language", async () => {
    // Byline order differs from both id order and alphabetical order.
    const editor = await createStaff("editor", { name: "Ana Editora" });
    const writer = await createStaff("writer", { name: "Zoe Redactora" });
    const health = await createTopic({ es: ["Salud", "salud"], en: ["Health", "health"] });
    const science = await createTopic({ es: ["Ciencia", "ciencia"], en: ["Science", "science"] });
    const article = await published(editor, at(0), {
      locale: "en",
      authorIds: [writer.id, editor.id],
      topicIds: [science, health],
      body: "<p>Body</p>",
      sourceName: "Ministry",
      sourceUrl: "https://example.org/report",
    });

    const detail = await getPublishedArticle("en", article.slug);

    expect(detail?.authors.map((a) => a.name)).toEqual(["Zoe Redactora", "Ana Editora"]);
    expect(detail?.topics.map((t) => t.name).sort()).toEqual(["Health", "Science"]);
    expect(detail?.topics.map((t) => t.slug).sort()).toEqual(["health", "science"]);
    expect(detail).toMatchObject({
      title: article.title,
      body: "<p>Body</p>",
      sourceName: "Ministry",
      sourceUrl: "https://example.org/report",
      publishedAt: at(0).toISOString(),
    });
  });

  it("lists a translation only once the translation is published", async () => {
    const editor = await createStaff("editor");
    const spanish = await published(editor, at(0), { locale: "es", slug: "la-noticia", title: "La noticia" });
    const english = await draft(editor, { locale: "en", slug: "the-story", title: "The story" });
    await linkTranslations(spanish.id, english.id);

    expect((await getPublishedArticle("es", "la-noticia"))?.translations).toEqual([]);

    await transitionArticle(editor, english.id, "publish");

    expect((await getPublishedArticle("es", "la-noticia"))?.translations).toEqual([
      { locale: "en", slug: "the-story", title: "The story" },
    ]);
    expect((await getPublishedArticle("en", "the-story"))?.translations).toEqual([
      { locale: "es", slug: "la-noticia", title: "La noticia" },
    ]);
  });

  it("returns null for an unknown slug", async () => {
    expect(await getPublishedArticle("es", "no-existe")).toBeNull();
  });
});
