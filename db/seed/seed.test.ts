import { rm } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { count, eq, isNull, ne } from "drizzle-orm";
import { db, tables } from "@/db/client";
import { getFrontPage, listPublishedArticles } from "@/db/queries/reader/articles";
import { sanitizeArticleHtml } from "@/lib/html/sanitize";
import { getMediaStorage, mediaRoot } from "@/server/media-storage";
import { countRows, resetTestDatabase } from "@/test/database";
import { isDatabaseEmpty, seedDemoContent } from "./seed";

const { articles, articleAuthors, media, topicTranslations } = tables;

let emptyBeforeSeeding: boolean;
let seeded: { articles: number };

// Seeding draws a JPEG per story with sharp and hashes a password: run it once for the file.
beforeAll(async () => {
  // Files left by an earlier run would hide a seed that stopped writing them.
  if (path.basename(mediaRoot()) !== "test-media")
    throw new Error(`refusing to clear ${mediaRoot()}: not the test media folder`);
  await rm(path.join(mediaRoot(), "demo"), { recursive: true, force: true });
  await resetTestDatabase();
  emptyBeforeSeeding = await isDatabaseEmpty();
  seeded = await seedDemoContent(new Date("2025-05-01T12:00:00.000Z"));
}, 180_000);

describe("seedDemoContent on an empty database", () => {
  it("turns an empty database into a non-empty one", async () => {
    expect(emptyBeforeSeeding).toBe(true);
    expect(await isDatabaseEmpty()).toBe(false);
  });

  it("writes at least 40 published articles in both languages, and reports how many", async () => {
    const total = await countRows(articles);
    expect(seeded.articles).toBe(total);

    const perLocale = await db
      .select({ locale: articles.locale, n: count() })
      .from(articles)
      .where(eq(articles.status, "published"))
      .groupBy(articles.locale);
    const byLocale = Object.fromEntries(perLocale.map((r) => [r.locale, r.n]));
    expect((byLocale.es ?? 0) + (byLocale.en ?? 0)).toBeGreaterThanOrEqual(40);
    expect(byLocale.es).toBeGreaterThanOrEqual(15);
    expect(byLocale.en).toBeGreaterThanOrEqual(15);
  });

  it("leaves one story waiting for review and one scheduled, and nothing else unpublished", async () => {
    const unpublished = await db
      .select({ status: articles.status, submittedAt: articles.submittedAt, at: articles.scheduledPublishAt })
      .from(articles)
      .where(ne(articles.status, "published"))
      .orderBy(articles.status);
    expect(unpublished.map((r) => r.status)).toEqual(["review", "scheduled"]);
    expect(unpublished[0]?.submittedAt?.getTime()).toBeLessThan(new Date("2025-05-01T12:00:00.000Z").getTime());
    expect(unpublished[1]?.at?.getTime()).toBeGreaterThan(new Date("2025-05-01T12:00:00.000Z").getTime());
  });

  it("links most articles to their translation in the other language", async () => {
    const rows = await db.select({ group: articles.translationGroup, locale: articles.locale }).from(articles);
    const localesByGroup = new Map<string, string[]>();
    for (const row of rows) localesByGroup.set(row.group, [...(localesByGroup.get(row.group) ?? []), row.locale]);
    const pairs = [...localesByGroup.values()].filter((locales) => locales.length === 2);

    expect(pairs.length * 2).toBeGreaterThan(rows.length / 2);
    for (const locales of localesByGroup.values()) expect(locales.length).toBeLessThanOrEqual(2);
    for (const locales of pairs) expect(locales.sort()).toEqual(["en", "es"]);
  });

  it("creates at least six topics, each named in Spanish and English", async () => {
    const rows = await db.select().from(topicTranslations);
    const localesByTopic = new Map<number, string[]>();
    for (const row of rows) {
      expect(row.name.trim()).not.toBe("");
      expect(row.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      localesByTopic.set(row.topicId, [...(localesByTopic.get(row.topicId) ?? []), row.locale]);
    }

    expect(localesByTopic.size).toBeGreaterThanOrEqual(6);
    expect(await countRows(tables.topics)).toBe(localesByTopic.size);
    for (const locales of localesByTopic.values()) expect(locales.sort()).toEqual(["en", "es"]);
  });

  it("credits at least five different authors, and every article has a byline", async () => {
    const bylined = await db.selectDistinct({ userId: articleAuthors.userId }).from(articleAuthors);
    expect(bylined.length).toBeGreaterThanOrEqual(5);

    const articlesWithAuthor = await db.selectDistinct({ id: articleAuthors.articleId }).from(articleAuthors);
    expect(articlesWithAuthor.length).toBe(await countRows(articles));
  });

  it("gives every article a lead image whose JPEG file is in media storage", async () => {
    expect(await db.select({ id: articles.id }).from(articles).where(isNull(articles.leadMediaId))).toEqual([]);

    const images = await db
      .selectDistinct({ key: media.storageKey, byteSize: media.byteSize, mimeType: media.mimeType })
      .from(articles)
      .innerJoin(media, eq(media.id, articles.leadMediaId));
    expect(images.length).toBeGreaterThan(0);
    const storage = getMediaStorage();
    for (const image of images) {
      const file = await storage.get(image.key);
      expect(file, image.key).not.toBeNull();
      expect(file?.length).toBe(image.byteSize);
      expect(image.mimeType).toBe("image/jpeg");
      expect([file?.[0], file?.[1]]).toEqual([0xff, 0xd8]);
    }
  });

  it("stores bodies that are already sanitised", async () => {
    const bodies = await db.select({ body: articles.body }).from(articles);
    for (const { body } of bodies) expect(body).toBe(sanitizeArticleHtml(body));
  });

  it("fills the reader front page and more than one page of teasers per language", async () => {
    for (const locale of ["es", "en"]) {
      const front = await getFrontPage(locale);
      expect(front.lead).not.toBeNull();
      expect(front.latest.length).toBeGreaterThan(0);
      expect((await listPublishedArticles(locale, 1))?.pageCount).toBeGreaterThanOrEqual(2);
    }
  });
});
