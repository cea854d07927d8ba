import { transitionArticle } from "../articles/transitions";
import { beforeEach, describe, expect, it } from "vitest";
import {
  articleInput,
  createStaff,
  createTopic,
  linkTranslations,
  resetTestDatabase,
  publishedAt,
} from "@/test/database";
import { createArticle } from "../articles/saves";
import { countSitemapArticles, listNewsSitemapArticles, listSitemapArticles, listSitemapTopics } from "./sitemaps";

beforeEach(resetTestDatabase);

const hour = 3_600_000;
const base = new Date("2025-05-01T12:00:00.000Z").getTime();
const at = (n: number) => new Date(base + n * hour);

describe("article sitemaps", () => {
  it("counts and lists published articles of every language, and nothing else", async () => {
    const editor = await createStaff("editor");
    const spanish = await publishedAt(editor, at(1), { locale: "es" });
    const english = await publishedAt(editor, at(2), { locale: "en" });
    await createArticle(editor, articleInput());
    const withdrawn = await publishedAt(editor, at(3));
    await transitionArticle(editor, withdrawn.id, "unpublish");

    expect(await countSitemapArticles()).toBe(2);
    const entries = await listSitemapArticles(0, 10);
    expect(entries.map((entry) => entry.slug)).toEqual([spanish.slug, english.slug]);
    expect(entries[1]).toEqual({
      locale: "en",
      slug: english.slug,
      lastModified: at(2).toISOString(),
      versions: [{ locale: "en", slug: english.slug }],
    });
  });

  it("splits into batches in a stable order: each article exactly once", async () => {
    const editor = await createStaff("editor");
    const slugs: string[] = [];
    // Publication order differs from creation order: batches follow creation.
    for (let i = 0; i < 5; i += 1) slugs.push((await publishedAt(editor, at(10 - i))).slug);

    const batches = [await listSitemapArticles(0, 2), await listSitemapArticles(2, 2), await listSitemapArticles(4, 2)];

    expect(batches.map((batch) => batch.length)).toEqual([2, 2, 1]);
    expect(batches.flat().map((entry) => entry.slug)).toEqual(slugs);
    expect(await listSitemapArticles(6, 2)).toEqual([]);
  });

  it("links each story's published translations both ways, in every batch", async () => {
    const editor = await createStaff("editor");
    const spanish = await publishedAt(editor, at(1), { locale: "es", slug: "la-noticia" });
    const english = await publishedAt(editor, at(2), { locale: "en", slug: "the-story" }, at(5));
    await linkTranslations(spanish.id, english.id);
    const alone = await publishedAt(editor, at(3), { locale: "es", slug: "sin-traducir" });
    const draftTranslation = await createArticle(editor, articleInput({ locale: "en", slug: "not-yet" }));
    await linkTranslations(alone.id, draftTranslation.id);

    const [first, second] = [await listSitemapArticles(0, 1), await listSitemapArticles(1, 2)];
    const entries = [...first, ...second];
    const versions = [
      { locale: "en", slug: "the-story" },
      { locale: "es", slug: "la-noticia" },
    ];

    expect(entries.find((e) => e.slug === "la-noticia")?.versions).toEqual(versions);
    expect(entries.find((e) => e.slug === "the-story")).toMatchObject({ versions, lastModified: at(5).toISOString() });
    expect(entries.find((e) => e.slug === "sin-traducir")?.versions).toEqual([{ locale: "es", slug: "sin-traducir" }]);
  });
});

describe("listSitemapTopics", () => {
  it("lists a topic in each language where it has published articles, dated by the newest change", async () => {
    const editor = await createStaff("editor");
    const health = await createTopic({ es: ["Salud", "salud"], en: ["Health", "health"] });
    const economy = await createTopic({ es: ["Economía", "economia"], en: ["Economy", "economy"] });
    const empty = await createTopic({ es: ["Cultura", "cultura"], en: ["Culture", "culture"] });
    await publishedAt(editor, at(1), { topicIds: [health] });
    await publishedAt(editor, at(2), { topicIds: [health] }, at(7));
    await publishedAt(editor, at(3), { topicIds: [health], locale: "en" });
    await publishedAt(editor, at(4), { topicIds: [economy], locale: "en" });
    await createArticle(editor, articleInput({ topicIds: [empty] }));

    const topics = await listSitemapTopics();

    expect(topics).toHaveLength(2);
    expect(topics).toContainEqual([
      { locale: "en", slug: "health", lastModified: at(3).toISOString() },
      { locale: "es", slug: "salud", lastModified: at(7).toISOString() },
    ]);
    expect(topics).toContainEqual([{ locale: "en", slug: "economy", lastModified: at(4).toISOString() }]);
  });

  it("dates a topic by a publication later than any edit (a scheduled story going live)", async () => {
    const editor = await createStaff("editor");
    const health = await createTopic({ es: ["Salud", "salud"] });
    await publishedAt(editor, at(9), { topicIds: [health] }, at(2));

    expect(await listSitemapTopics()).toEqual([[{ locale: "es", slug: "salud", lastModified: at(9).toISOString() }]]);
  });
});

describe("listNewsSitemapArticles", () => {
  it("lists articles published since the cut-off, newest first, in every language", async () => {
    const editor = await createStaff("editor");
    await publishedAt(editor, at(0));
    const onTheLine = await publishedAt(editor, at(1), { locale: "en" });
    const newest = await publishedAt(editor, at(3));
    const withdrawn = await publishedAt(editor, at(2));
    await transitionArticle(editor, withdrawn.id, "unpublish");

    const news = await listNewsSitemapArticles(at(1));

    expect(news).toEqual([
      { locale: "es", slug: newest.slug, title: newest.title, publishedAt: at(3).toISOString() },
      { locale: "en", slug: onTheLine.slug, title: onTheLine.title, publishedAt: at(1).toISOString() },
    ]);
    expect(await listNewsSitemapArticles(at(0), 1)).toHaveLength(1);
  });
});
