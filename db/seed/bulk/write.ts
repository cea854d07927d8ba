/**
 * Writes an archive-size set of published articles through the shared Drizzle API, on SQLite
 * and PostgreSQL alike: stories are generated in memory a transaction's worth at a time and
 * written with multi-row INSERTs sized to the dialect's limit on bound parameters. Search
 * needs nothing extra: SQLite's FTS5 triggers and PostgreSQL's generated search_vector column
 * index each row as it is inserted.
 */
import { concurrentTransactions as driverConcurrency, db, tables, type Transaction } from "../../client";
import { boundParameterLimit } from "../../dialect";
import { slugMaxLength, slugify } from "@/lib/slug";
import type { Locale } from "@/lib/locales";
import { isDatabaseEmpty, seedDemoContent } from "../seed";
import { loadNewsroom, missingForArchive, type Newsroom } from "./newsroom";
import { createRandom, hash, type Random } from "./random";
import { generateStory, type GeneratedStory } from "./texts";

const { articles, articleAuthors, articleTopics } = tables;

export type BulkOptions = {
  /** How many articles to write (a translated story counts as two). */
  articles: number;
  seed?: number;
  /** The archive ends just before this moment and reaches eight years back. */
  now?: Date;
  /** Called after every INSERT of articles, with the running total. */
  onProgress?: (written: number, total: number) => void;
};

export type BulkResult = {
  articles: number;
  stories: number;
  byLocale: Record<Locale, number>;
  /** True when the database was empty and the demo newsroom was written first. */
  demoSeeded: boolean;
};

type ArticleInsert = typeof articles.$inferInsert;

const archiveYears = 8;
const hour = 3_600_000;

// Beyond this a statement only grows (bodies are a few KB each) without getting faster.
const maxArticlesPerInsert = 1_000;
// Articles per transaction: large enough that commits cost nothing, small enough that an
// interrupted run keeps most of its work and the SQLite WAL file stays modest.
const articlesPerTransaction = 5_000;
// PostgreSQL computes each row's search_vector (stemming three texts) in the server: two
// transactions at once keep its work and ours (generating the next chunk) going side by
// side. SQLite (one writer, in this process) and PGlite (one connection) take one at a time.
const concurrentTransactions = Math.min(2, driverConcurrency);

/** Languages of each story: most are translated, some exist in only one language. */
function planLanguages(random: Random, total: number): Locale[][] {
  const plan: Locale[][] = [];
  let left = total;
  while (left > 0) {
    const roll = random.next();
    const want: Locale[] = left === 1 || roll >= 0.85 ? [roll < 0.95 ? "es" : "en"] : ["es", "en"];
    // Keep the Spanish edition the larger one, as in the demo newsroom.
    if (left === 1 && want[0] === "en" && roll < 0.97) want[0] = "es";
    plan.push(want);
    left -= want.length;
  }
  return plan;
}

function numberedSlug(title: string, number: number): string {
  const suffix = `-${number}`;
  return (
    slugify(title)
      .slice(0, slugMaxLength - suffix.length)
      .replace(/-+$/g, "") + suffix
  );
}

type PendingStory = { rows: ArticleInsert[]; topicIds: number[]; authorIds: number[] };

function storyRows(
  story: GeneratedStory,
  random: Random,
  newsroom: Newsroom,
  group: string,
  number: number,
  publishedAt: Date,
  now: Date,
): PendingStory {
  const demo = story.base.story;
  const topicIds = [
    ...new Set(
      demo.topics.map(
        (key) =>
          newsroom.topicFor(key) ?? newsroom.topicIds[hash(key, 0) % newsroom.topicIds.length] ?? newsroom.topicIds[0],
      ),
    ),
  ].filter((id): id is number => id !== undefined);

  // The demo story's byline when those people work here, sometimes shortened or shared.
  const beat = demo.authors.map((key) => newsroom.authorFor(key)).filter((id): id is number => id !== undefined);
  let authorIds = beat.length > 0 ? beat : [random.pick(newsroom.userIds)];
  if (authorIds.length > 1 && random.chance(0.5)) authorIds = authorIds.slice(0, 1);
  if (random.chance(0.1)) authorIds = [...new Set([...authorIds, random.pick(newsroom.userIds)])];

  const image = newsroom.imageFor(demo) ?? random.pick(newsroom.images);
  const featured = random.chance(0.02);
  // Newsrooms clear the breaking flag once a story is old news: only the last two days keep it.
  const breaking = random.chance(0.05) && now.getTime() - publishedAt.getTime() < 48 * hour;
  // Written a little before publication; the translation follows within two hours.
  const createdAt = new Date(publishedAt.getTime() - random.int(10, 24 * 60) * 60_000);
  const rows: ArticleInsert[] = [];
  for (const [locale, text] of Object.entries(story.texts) as [
    Locale,
    NonNullable<GeneratedStory["texts"][Locale]>,
  ][]) {
    const delay = locale === "es" ? 0 : random.int(0, 120) * 60_000;
    const published = new Date(Math.min(publishedAt.getTime() + delay, now.getTime() - 60_000));
    rows.push({
      locale,
      translationGroup: group,
      status: "published",
      slug: numberedSlug(text.title, number),
      title: text.title,
      summary: text.summary,
      body: text.body,
      bodyText: text.bodyText,
      leadMediaId: image.mediaId,
      leadImageCaption: image.caption[locale] ?? demo[locale]?.imageCaption ?? "",
      leadImageCredit: image.credit,
      sourceName: demo.source?.name ?? "",
      sourceUrl: demo.source?.url ?? "",
      correction: text.correction,
      featured,
      breaking,
      createdById: authorIds[0] ?? null,
      publishedAt: published,
      createdAt: locale === "es" ? createdAt : published,
      updatedAt: text.correction ? new Date(published.getTime() + random.int(1, 48) * hour) : published,
    });
  }
  return { rows, topicIds, authorIds };
}

/** Rows per INSERT for this table: as many as the parameter limit allows, up to `cap`. */
function rowsPerInsert(parametersPerRow: number, cap: number): number {
  return Math.max(1, Math.min(cap, Math.floor(boundParameterLimit / parametersPerRow)));
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function writeStories(
  tx: Transaction,
  stories: PendingStory[],
  articleBatch: number,
  onBatch: (articles: number) => void,
): Promise<void> {
  const rows = stories.flatMap((story) => story.rows);
  const idOf = new Map<string, number>();
  for (const batch of chunks(rows, articleBatch)) {
    const inserted = await tx
      .insert(articles)
      .values(batch)
      .returning({ id: articles.id, locale: articles.locale, slug: articles.slug });
    // Matched by (locale, slug), which is unique: RETURNING order is not promised.
    for (const row of inserted) idOf.set(`${row.locale}:${row.slug}`, row.id);
    onBatch(batch.length);
  }
  const topicLinks: (typeof articleTopics.$inferInsert)[] = [];
  const authorLinks: (typeof articleAuthors.$inferInsert)[] = [];
  for (const story of stories) {
    for (const row of story.rows) {
      const articleId = idOf.get(`${row.locale}:${row.slug}`);
      if (articleId === undefined) throw new Error(`article ${row.locale}/${row.slug} was not written`);
      for (const topicId of story.topicIds) topicLinks.push({ articleId, topicId });
      story.authorIds.forEach((userId, position) => authorLinks.push({ articleId, userId, position }));
    }
  }
  for (const batch of chunks(topicLinks, rowsPerInsert(2, 5_000))) await tx.insert(articleTopics).values(batch);
  for (const batch of chunks(authorLinks, rowsPerInsert(3, 5_000))) await tx.insert(articleAuthors).values(batch);
}

export async function seedBulkArticles(options: BulkOptions): Promise<BulkResult> {
  const total = options.articles;
  if (!Number.isSafeInteger(total) || total < 1) throw new Error("the article count must be a positive integer");
  const now = options.now ?? new Date();
  const seed = options.seed ?? Math.floor(Math.random() * 0x7fffffff);

  // An empty database gets the demo newsroom first: its topics, staff and images are what the
  // archive is filed under, credited to and illustrated with.
  const demoSeeded = await isDatabaseEmpty();
  if (demoSeeded) await seedDemoContent(now);
  const newsroom = await loadNewsroom();
  const missing = missingForArchive(newsroom);
  if (missing) throw new Error(missing);

  const random = createRandom(seed);
  // Translation groups must not repeat across runs, even with the same seed: their random
  // source also depends on where this run starts.
  const groups = createRandom(hash(`${seed}:${newsroom.nextNumber}`, 0x5eed));
  const plan = planLanguages(random, total);
  const nowYear = now.getUTCFullYear();
  const span = archiveYears * 365.25 * 24 * hour;
  const start = now.getTime() - span;

  // Parameters one article row binds, measured on the builder so a new column cannot push a
  // batch past the limit.
  const sample = generateStory(createRandom(seed), ["es"], nowYear, nowYear);
  const sampleRows = storyRows(sample, createRandom(seed), newsroom, "sample", 0, now, now).rows;
  const perRow = db.insert(articles).values(sampleRows).toSQL().params.length / sampleRows.length;
  const articleBatch = rowsPerInsert(perRow, maxArticlesPerInsert);

  let written = 0;
  const byLocale: Record<Locale, number> = { es: 0, en: 0 };
  const inFlight: Promise<void>[] = [];
  let index = 0;
  while (index < plan.length) {
    const pending: PendingStory[] = [];
    let inTransaction = 0;
    while (index < plan.length && inTransaction < articlesPerTransaction) {
      const want = plan[index] ?? ["es"];
      // Evenly spread over the eight years, oldest first, so ids grow with dates as in a real
      // archive (on PostgreSQL, within each transaction); the jitter keeps publication times
      // from looking machine-made.
      const publishedAt = new Date(start + ((index + random.next()) / plan.length) * span);
      const story = generateStory(random, want, publishedAt.getUTCFullYear(), nowYear);
      pending.push(storyRows(story, random, newsroom, groups.uuid(), newsroom.nextNumber + index, publishedAt, now));
      for (const locale of want) byLocale[locale] += 1;
      inTransaction += want.length;
      index += 1;
    }
    const write = db.transaction((tx) =>
      writeStories(tx, pending, articleBatch, (n) => {
        written += n;
        options.onProgress?.(written, total);
      }),
    );
    // A failure is reported when its turn comes to be awaited, not as an unhandled rejection.
    write.catch(() => undefined);
    inFlight.push(write);
    // Wait only when enough transactions are open; the next chunk is generated meanwhile.
    if (inFlight.length >= concurrentTransactions) await inFlight.shift();
  }
  await Promise.all(inFlight);
  return { articles: written, stories: plan.length, byLocale, demoSeeded };
}
