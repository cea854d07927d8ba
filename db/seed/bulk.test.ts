import { beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, gt } from "drizzle-orm";
import { db, tables } from "@/db/client";
import { getPublishedArticle, listArticlesByTopic, listPublishedArticles } from "@/db/queries/reader/articles";
import { searchArticles } from "@/db/queries/reader/search";
import { htmlToText, sanitizeArticleHtml } from "@/lib/html/sanitize";
import { slugPattern } from "@/lib/slug";
import { countRows, resetTestDatabase } from "@/test/database";
import { parseBulkArgs } from "./bulk/options";
import { createProgress } from "./bulk/progress";
import { placeNames } from "./bulk/names";
import { generateStory } from "./bulk/texts";
import { createRandom } from "./bulk/random";
import { seedBulkArticles, type BulkResult } from "./bulk/write";

const { articles, articleAuthors, articleTopics, users } = tables;
const now = new Date("2026-06-01T12:00:00.000Z");
const bulkCount = 300;

let first: BulkResult;
let demoArticles: number;
const progressCalls: [number, number][] = [];

// One archive for the file: the empty database gets the demo newsroom (drawn images and
// all), then 300 generated articles, then a second run on top of it.
beforeAll(async () => {
  await resetTestDatabase();
  first = await seedBulkArticles({
    articles: bulkCount,
    seed: 42,
    now,
    onProgress: (written, total) => progressCalls.push([written, total]),
  });
  demoArticles = (await countRows(articles)) - bulkCount;
}, 180_000);

describe("seedBulkArticles", () => {
  it("writes the demo newsroom into an empty database first, then exactly the count asked for", async () => {
    expect(first.demoSeeded).toBe(true);
    expect(first.articles).toBe(bulkCount);
    expect(first.byLocale.es + first.byLocale.en).toBe(bulkCount);
    expect(demoArticles).toBeGreaterThan(0);
    expect(progressCalls.at(-1)).toEqual([bulkCount, bulkCount]);
  });

  it("publishes them in both languages, Spanish a little ahead", async () => {
    // The demo newsroom came first, so generated articles are those with later ids.
    const perLocale = await db
      .select({ locale: articles.locale, n: count() })
      .from(articles)
      .where(and(eq(articles.status, "published"), gt(articles.id, demoArticles)))
      .groupBy(articles.locale);
    expect(Object.fromEntries(perLocale.map((row) => [row.locale, row.n]))).toEqual(first.byLocale);
    expect(first.byLocale.es).toBeGreaterThan(bulkCount * 0.4);
    expect(first.byLocale.en).toBeGreaterThan(bulkCount * 0.3);
    expect(first.byLocale.es).toBeGreaterThanOrEqual(first.byLocale.en);
  });

  it("links most stories to their translation, with one article per language in a group", async () => {
    const rows = await db
      .select({ group: articles.translationGroup, locale: articles.locale })
      .from(articles)
      .where(eq(articles.status, "published"));
    const byGroup = new Map<string, string[]>();
    for (const row of rows) byGroup.set(row.group, [...(byGroup.get(row.group) ?? []), row.locale]);
    const pairs = [...byGroup.values()].filter((l) => l.length === 2);
    expect(pairs.length * 2).toBeGreaterThan(rows.length * 0.6);
    for (const l of pairs) expect(l.sort()).toEqual(["en", "es"]);

    // A reader on a generated article is offered its translation.
    const [pairGroup] = [...byGroup.entries()].find(([, l]) => l.length === 2) ?? [];
    const [es] = await db
      .select({ slug: articles.slug })
      .from(articles)
      .where(and(eq(articles.translationGroup, pairGroup ?? ""), eq(articles.locale, "es")));
    const detail = await getPublishedArticle("es", es?.slug ?? "");
    expect(detail?.translations.map((t) => t.locale)).toEqual(["en"]);
    expect(detail?.authors.length).toBeGreaterThan(0);
    expect(detail?.topics.length).toBeGreaterThan(0);
  });

  it("gives every article a valid slug, unique within its language", async () => {
    const rows = await db.select({ locale: articles.locale, slug: articles.slug }).from(articles);
    const seen = new Set<string>();
    for (const row of rows) {
      expect(row.slug).toMatch(slugPattern);
      expect(seen.has(`${row.locale}:${row.slug}`)).toBe(false);
      seen.add(`${row.locale}:${row.slug}`);
    }
  });

  it("spreads publication over about eight years, never in the future, with sensible times", async () => {
    const rows = await db
      .select({ publishedAt: articles.publishedAt, createdAt: articles.createdAt, updatedAt: articles.updatedAt })
      .from(articles)
      .where(eq(articles.status, "published"));
    const times = rows.map((r) => r.publishedAt?.getTime() ?? Number.NaN);
    const years = new Set(rows.map((r) => r.publishedAt?.getUTCFullYear()));
    expect(years.size).toBeGreaterThanOrEqual(8);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(now.getTime() - 8.01 * 365.25 * 86_400_000);
    expect(Math.max(...times)).toBeLessThanOrEqual(now.getTime());
    for (const row of rows) {
      expect(row.createdAt.getTime()).toBeLessThanOrEqual(row.publishedAt?.getTime() ?? 0);
      expect(row.updatedAt.getTime()).toBeGreaterThanOrEqual(row.publishedAt?.getTime() ?? 0);
    }
  });

  it("credits existing staff, files under existing topics and shares the demo's lead images", async () => {
    expect(await countRows(users)).toBe(5); // no account was added
    const unlinked = await db
      .select({ id: articles.id })
      .from(articles)
      .leftJoin(articleAuthors, eq(articleAuthors.articleId, articles.id))
      .where(eq(articles.status, "published"))
      .groupBy(articles.id)
      .having(eq(count(articleAuthors.userId), 0));
    expect(unlinked).toEqual([]);
    expect(await countRows(articleTopics)).toBeGreaterThanOrEqual(bulkCount + demoArticles);
    const images = await db.selectDistinct({ id: articles.leadMediaId }).from(articles);
    expect(images.length).toBeLessThanOrEqual(30);
    expect(images.every((i) => i.id !== null)).toBe(true);
  });

  it("stores sanitised bodies as long as the demo's, whose plain text is what htmlToText makes of them", async () => {
    const rows = await db
      .select({ id: articles.id, body: articles.body, bodyText: articles.bodyText })
      .from(articles)
      .where(eq(articles.status, "published"));
    const generated = rows.filter((row) => row.id > demoArticles);
    for (const row of generated.slice(0, 150)) {
      expect(row.body).toBe(sanitizeArticleHtml(row.body));
      expect(row.bodyText).toBe(htmlToText(row.body));
    }
    const average = (list: typeof rows) => list.reduce((sum, row) => sum + row.bodyText.length, 0) / list.length;
    const demoAverage = average(rows.filter((row) => row.id <= demoArticles));
    expect(average(generated)).toBeGreaterThan(demoAverage * 0.8);
    expect(average(generated)).toBeLessThan(demoAverage * 1.4);
    expect(Math.min(...generated.map((row) => row.bodyText.length))).toBeGreaterThan(800);
  });

  it("is found by search, for a common word and for a rare invented name", async () => {
    const common = await searchArticles("es", "empleo", {}, 1);
    expect(common?.total).toBeGreaterThan(10);
    const english = await searchArticles("en", "library", {}, 1);
    expect(english?.total).toBeGreaterThan(3);

    // A rare invented name from a generated local paragraph: found, and only where it is.
    const bodies = await db
      .select({ title: articles.title, text: articles.bodyText })
      .from(articles)
      .where(and(eq(articles.locale, "es"), gt(articles.id, demoArticles)));
    const rareNames = placeNames.slice(500);
    const name = rareNames.find((place) => bodies.some((b) => b.text.includes(` ${place} `)));
    expect(name).toBeDefined();
    const rare = await searchArticles("es", name ?? "", {}, 1);
    const word = new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, "u");
    const containing = bodies.filter((b) => word.test(`${b.title} ${b.text}`)).length;
    expect(rare?.total).toBeGreaterThan(0);
    expect(rare?.total).toBeLessThanOrEqual(containing);
    expect(rare?.total).toBeLessThan(bulkCount / 10);
  });

  it("fills listing pages, deep pages included, per language and per topic", async () => {
    const page = await listPublishedArticles("es", 1);
    expect(page?.items.length).toBe(12);
    expect(page?.total).toBeGreaterThan(bulkCount * 0.4);
    const pageCount = (await listPublishedArticles("en", 1))?.pageCount ?? 0;
    expect(pageCount).toBeGreaterThan(10);
    const last = await listPublishedArticles("en", pageCount);
    expect(last?.items.length).toBeGreaterThan(0);
    expect(await listPublishedArticles("en", pageCount + 1)).toBeNull();
    const [topic] = await db.select({ id: articleTopics.topicId }).from(articleTopics).limit(1);
    const byTopic = await listArticlesByTopic("es", topic?.id ?? 0, 1);
    expect(byTopic?.items.length).toBeGreaterThan(0);
  });

  it("adds to an archive on a second run without clashing, and repeats its texts for the same seed", async () => {
    const before = await countRows(articles);
    const second = await seedBulkArticles({ articles: 25, seed: 42, now });
    expect(second.demoSeeded).toBe(false);
    expect(await countRows(articles)).toBe(before + 25);

    const a = generateStory(createRandom(7), ["es", "en"], 2021, 2026);
    const b = generateStory(createRandom(7), ["es", "en"], 2021, 2026);
    expect(a.texts).toEqual(b.texts);
    // Years in the text follow the publication year.
    expect(a.texts.es?.bodyText).not.toMatch(/\b2026\b/);
  });
});

describe("seed:bulk command line", () => {
  it("reads --articles and --seed in both spellings", () => {
    expect(parseBulkArgs(["--articles", "100000"])).toEqual({ articles: 100000, seed: undefined });
    expect(parseBulkArgs(["--articles=5", "--seed=9"])).toEqual({ articles: 5, seed: 9 });
  });

  it("refuses a missing, zero, negative, fractional or unknown value with one line", () => {
    for (const argv of [
      [],
      ["--articles"],
      ["--articles", "0"],
      ["--articles", "-3"],
      ["--articles", "1.5"],
      ["--articles", "ten"],
      ["--articles", "5", "--speed", "2"],
      ["--articles", "5", "--seed", "x"],
    ]) {
      expect(() => parseBulkArgs(argv), argv.join(" ")).toThrow(/^[^\n]+$/);
    }
  });

  it("draws progress on one line on a terminal and a line per tenth in a log", () => {
    const written: string[] = [];
    let t = 0;
    const stream = (isTTY: boolean) =>
      ({ isTTY, write: (s: string) => written.push(s) }) as unknown as NodeJS.WriteStream;
    const log = createProgress(100, "articles", stream(false), () => (t += 1));
    for (let i = 1; i <= 100; i += 1) log.update(i);
    log.finish();
    expect(written.length).toBe(10);
    expect(written.at(-1)).toMatch(/100% 100\/100 articles/);
  });
});
