import { transitionArticle } from "../articles/transitions";
import { beforeEach, describe, expect, it } from "vitest";
import { articleInput, createMedia, createStaff, createTopic, resetTestDatabase, publishedAt } from "@/test/database";
import { createArticle } from "../articles/saves";
import { feedArticleLimit, listFeedArticles } from "./feeds";

beforeEach(resetTestDatabase);

const hour = 3_600_000;
const base = new Date("2025-05-01T12:00:00.000Z").getTime();
const at = (n: number) => new Date(base + n * hour);

const idsOf = (articles: { id: number }[]) => articles.map((article) => article.id);

describe("listFeedArticles for the site", () => {
  it("lists the language's published articles only, newest publication first", async () => {
    const editor = await createStaff("editor");
    const older = await publishedAt(editor, at(1));
    const newer = await publishedAt(editor, at(5));
    await publishedAt(editor, at(9), { locale: "en" });
    await createArticle(editor, articleInput());
    const withdrawn = await publishedAt(editor, at(7));
    await transitionArticle(editor, withdrawn.id, "unpublish");
    const inReview = await createArticle(editor, articleInput());
    await transitionArticle(editor, inReview.id, "submit");

    expect(idsOf(await listFeedArticles({ kind: "site", locale: "es" }))).toEqual([newer.id, older.id]);
  });

  it("stops at the limit, keeping the newest", async () => {
    const editor = await createStaff("editor");
    const ids: number[] = [];
    for (let i = 0; i < 4; i += 1) ids.push((await publishedAt(editor, at(i))).id);

    expect(idsOf(await listFeedArticles({ kind: "site", locale: "es" }, 3))).toEqual([ids[3], ids[2], ids[1]]);
    expect(feedArticleLimit).toBe(30);
  });

  it("is empty for a language with nothing published", async () => {
    expect(await listFeedArticles({ kind: "site", locale: "en" })).toEqual([]);
  });

  it("carries everything an entry shows: body, dates, byline order, topics in the language, lead image", async () => {
    const ana = await createStaff("editor", { name: "Ana Editora" });
    const zoe = await createStaff("writer", { name: "Zoe Redactora" });
    const health = await createTopic({ es: ["Salud", "salud"], en: ["Health", "health"] });
    const science = await createTopic({ es: ["Ciencia", "ciencia"], en: ["Science", "science"] });
    const mediaId = await createMedia({ es: "Un hospital", en: "A hospital" });
    const article = await publishedAt(
      ana,
      at(2),
      {
        locale: "en",
        authorIds: [zoe.id, ana.id],
        topicIds: [science, health],
        leadMediaId: mediaId,
        leadImageCaption: "The new wing",
        leadImageCredit: "Press office",
        body: '<p>Body with <a href="/en/topics/health">a link</a>.</p>',
      },
      at(4),
    );

    const [entry] = await listFeedArticles({ kind: "site", locale: "en" });

    expect(entry).toMatchObject({
      id: article.id,
      locale: "en",
      slug: article.slug,
      title: article.title,
      summary: "Un resumen breve.",
      body: '<p>Body with <a href="/en/topics/health">a link</a>.</p>',
      publishedAt: at(2).toISOString(),
      updatedAt: at(4).toISOString(),
      leadImageCaption: "The new wing",
      leadImageCredit: "Press office",
      image: { type: "image/jpeg", byteSize: 1234, width: 1600, height: 900, alt: "A hospital" },
    });
    expect(entry?.image?.src).toMatch(/^\/media\/test\/image-\d+\.jpg$/);
    expect(entry?.authors.map((author) => author.name)).toEqual(["Zoe Redactora", "Ana Editora"]);
    expect(entry?.topics).toEqual([
      { id: health, name: "Health", slug: "health" },
      { id: science, name: "Science", slug: "science" },
    ]);
  });

  it("never dates the last change before the publication, and has no image when there is none", async () => {
    const editor = await createStaff("editor");
    await publishedAt(editor, at(6), {}, at(1));

    const [entry] = await listFeedArticles({ kind: "site", locale: "es" });

    expect(entry?.updatedAt).toBe(at(6).toISOString());
    expect(entry?.image).toBeNull();
  });

  it("keeps each article's authors and topics to itself in a batch", async () => {
    const first = await createStaff("writer", { name: "First Writer" });
    const second = await createStaff("writer", { name: "Second Writer" });
    const editor = await createStaff("editor");
    const health = await createTopic({ es: ["Salud", "salud"] });
    const economy = await createTopic({ es: ["Economía", "economia"] });
    const a = await publishedAt(editor, at(1), { authorIds: [first.id], topicIds: [health] });
    const b = await publishedAt(editor, at(2), { authorIds: [second.id], topicIds: [economy] });

    const entries = await listFeedArticles({ kind: "site", locale: "es" });
    const byId = new Map(entries.map((entry) => [entry.id, entry]));

    expect(byId.get(a.id)?.authors.map((x) => x.name)).toEqual(["First Writer"]);
    expect(byId.get(a.id)?.topics.map((x) => x.slug)).toEqual(["salud"]);
    expect(byId.get(b.id)?.authors.map((x) => x.name)).toEqual(["Second Writer"]);
    expect(byId.get(b.id)?.topics.map((x) => x.slug)).toEqual(["economia"]);
  });
});

describe("listFeedArticles for a topic or an author", () => {
  it("lists a topic's published articles in the language", async () => {
    const editor = await createStaff("editor");
    const health = await createTopic({ es: ["Salud", "salud"], en: ["Health", "health"] });
    const economy = await createTopic({ es: ["Economía", "economia"], en: ["Economy", "economy"] });
    const older = await publishedAt(editor, at(1), { topicIds: [health] });
    const newer = await publishedAt(editor, at(2), { topicIds: [economy, health] });
    await publishedAt(editor, at(3), { topicIds: [economy] });
    await publishedAt(editor, at(4), { topicIds: [health], locale: "en" });
    await createArticle(editor, articleInput({ topicIds: [health] }));

    const entries = await listFeedArticles({ kind: "topic", locale: "es", topicId: health });

    expect(idsOf(entries)).toEqual([newer.id, older.id]);
    // An entry lists all of its topics, not only the feed's.
    expect(entries[0]?.topics.map((topic) => topic.slug)).toEqual(["salud", "economia"]);
  });

  it("lists an author's published articles, co-authored ones included", async () => {
    const editor = await createStaff("editor");
    const writer = await createStaff("writer");
    const own = await publishedAt(editor, at(1), { authorIds: [writer.id] });
    const shared = await publishedAt(editor, at(2), { authorIds: [editor.id, writer.id] });
    await publishedAt(editor, at(3), { authorIds: [editor.id] });
    await createArticle(editor, articleInput({ authorIds: [writer.id] }));

    const entries = await listFeedArticles({ kind: "author", locale: "es", userId: writer.id });

    expect(idsOf(entries)).toEqual([shared.id, own.id]);
    expect(await listFeedArticles({ kind: "author", locale: "en", userId: writer.id })).toEqual([]);
  });
});
