/**
 * Importing another newsroom's archive, on every dialect: what a press officer checks after
 * bringing in a WordPress, Ghost, RSS or Atom file (the stories, their authors, topics,
 * languages, translations and addresses), that the same file again changes nothing, that a newer
 * export updates in place with a revision, that images come from a local folder through the
 * library's checks, and that bad files and bad stories are refused with where and why, leaving
 * nothing half-imported.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db, tables } from "@/db/client";
import { findImportedAddress } from "@/db/queries/site-import/lookups";
import type { StaffUser } from "@/db/queries/types";
import { countRows, createStaff, createTopic, resetTestDatabase } from "@/test/database";
import { importSite, ImportFileError, redirectsCsv } from "./engine";

const fixtures = path.join(import.meta.dirname, "fixtures");
const fixture = (name: string) => path.join(fixtures, name);
let admin: StaffUser;
let scratch: string;

beforeEach(async () => {
  await resetTestDatabase();
  admin = await createStaff("admin");
  scratch = await mkdtemp(path.join(tmpdir(), "heraldo-site-import-"));
});

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function article(locale: string, slug: string) {
  const [row] = await db
    .select()
    .from(tables.articles)
    .where(eq(tables.articles.slug, slug))
    .then((rows) => rows.filter((r) => r.locale === locale));
  if (!row) throw new Error(`no article ${locale}/${slug}`);
  return row;
}

async function authorsOf(articleId: number): Promise<string[]> {
  const rows = await db
    .select({ name: tables.users.name })
    .from(tables.articleAuthors)
    .innerJoin(tables.users, eq(tables.users.id, tables.articleAuthors.userId))
    .where(eq(tables.articleAuthors.articleId, articleId));
  return rows.map((r) => r.name).sort();
}

async function topicNamesOf(articleId: number): Promise<string[]> {
  const rows = await db
    .select({ name: tables.topicTranslations.name, locale: tables.topicTranslations.locale })
    .from(tables.articleTopics)
    .innerJoin(tables.topicTranslations, eq(tables.topicTranslations.topicId, tables.articleTopics.topicId))
    .where(eq(tables.articleTopics.articleId, articleId));
  return [...new Set(rows.map((r) => r.name))].sort();
}

describe("a WordPress export", () => {
  it("becomes articles with their authors, topics, languages, translations, statuses and old addresses", async () => {
    const summary = await importSite(admin, fixture("wordpress.xml"), {});

    expect(summary.format).toBe("wordpress");
    expect(summary.stories).toMatchObject({ created: 5, updated: 0, unchanged: 0 });
    expect(summary.stories.skipped).toEqual([
      { where: "line 124 (item 6)", label: "post 15", reason: "the post has no title" },
      {
        where: "line 179 (item 11)",
        label: "Broken date",
        reason: 'the date "2024-13-45 10:00:00" in wp:post_date_gmt cannot be read',
      },
    ]);

    const english = await article("en", "council-approves-the-budget");
    const spanish = await article("es", "el-ayuntamiento-aprueba-el-presupuesto");
    expect(english).toMatchObject({ status: "published", title: "Council approves the budget" });
    expect(english.publishedAt?.toISOString()).toBe("2024-03-02T09:30:00.000Z");
    // Polylang's translation group makes them one story in two languages.
    expect(spanish.translationGroup).toBe(english.translationGroup);
    expect(await authorsOf(english.id)).toEqual(["John Smith"]);
    expect(await authorsOf(spanish.id)).toEqual(["Ana García"]);
    expect(await topicNamesOf(spanish.id)).toEqual(["Noticias", "Presupuesto"]);

    // A WordPress draft stays a draft; a private post is not published here either.
    expect((await article("en", "notes-for-next-week")).status).toBe("draft");
    expect((await article("en", "staff-memo")).status).toBe("draft");
    // A post WordPress had scheduled is scheduled here, for its date.
    const scheduled = await article("es", "floods-map");
    expect(scheduled.status).toBe("scheduled");
    expect(scheduled.scheduledPublishAt?.toISOString()).toBe("2024-04-01T09:00:00.000Z");
    // Scripts, event handlers and images from elsewhere do not survive the sanitiser.
    expect(scheduled.body).toBe("<p>Click the map.</p>");
    expect(scheduled.summary).toBe("Map of the floods");

    // Authors become profiles that cannot sign in until someone sends them a password link.
    const [ana] = await db.select().from(tables.users).where(eq(tables.users.name, "Ana García"));
    expect(ana).toMatchObject({ email: "ana@old.example.com", role: "writer", passwordHash: "!" });
    // An author the file names but does not describe still gets a profile, under that name.
    const [gone] = await db.select().from(tables.users).where(eq(tables.users.name, "someone-gone"));
    expect(gone).toMatchObject({ email: "someone-gone@imported.invalid", passwordHash: "!" });
    expect(await authorsOf((await article("en", "staff-memo")).id)).toEqual(["someone-gone"]);
    expect(summary.authors).toEqual({ created: 3, matched: 0 });
    expect(summary.topics.created).toBe(6);

    // Old addresses lead to the new ones.
    expect(await findImportedAddress("/2024/03/council-approves-the-budget")).toEqual({
      locale: "en",
      slug: "council-approves-the-budget",
    });
    expect(await findImportedAddress("/es/2024/03/el-ayuntamiento-aprueba-el-presupuesto")).toEqual({
      locale: "es",
      slug: "el-ayuntamiento-aprueba-el-presupuesto",
    });
    // Only public articles are led to.
    expect(await findImportedAddress("/staff-memo")).toBeNull();
    expect(redirectsCsv(summary, "https://news.example.org").split("\n")).toContain(
      "https://old.example.com/2024/03/council-approves-the-budget/,https://news.example.org/en/news/council-approves-the-budget",
    );

    // Images the file points at are listed, with why, when no media folder is given.
    expect(summary.images.imported).toBe(0);
    expect(summary.images.notImported).toContainEqual({
      where: "line 45 (item 2)",
      label: "https://old.example.com/wp-content/uploads/2024/03/council.jpg",
      reason: "no folder of the old site's images was given",
    });

    // Every imported article is audited as an import.
    const audits = await db.select().from(tables.auditLog).where(eq(tables.auditLog.action, "article.import"));
    expect(audits).toHaveLength(5);
    expect(audits.map((a) => a.summary)).toContain("Imported “Council approves the budget” from WordPress");
  });

  it("imported again changes nothing; a newer export updates the changed story in place, with a revision", async () => {
    await importSite(admin, fixture("wordpress.xml"), {});
    const counts = async () => ({
      articles: await countRows(tables.articles),
      revisions: await countRows(tables.articleRevisions),
      users: await countRows(tables.users),
      topics: await countRows(tables.topics),
      audit: await countRows(tables.auditLog),
    });
    const before = await counts();

    const again = await importSite(admin, fixture("wordpress.xml"), {});
    expect(again.stories).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    expect(await counts()).toEqual(before);
    // The redirects CSV of a rerun still lists every story.
    expect(again.redirects).toHaveLength(5);

    const newer = path.join(scratch, "newer.xml");
    const text = await readFile(fixture("wordpress.xml"), "utf8");
    await writeFile(newer, text.replace("Council approves the budget", "Council approves the 2024 budget"));
    const update = await importSite(admin, newer, {});
    expect(update.stories).toMatchObject({ created: 0, updated: 1, unchanged: 4 });
    const english = await article("en", "council-approves-the-budget");
    expect(english).toMatchObject({ title: "Council approves the 2024 budget", version: 2 });
    const revisions = await db
      .select()
      .from(tables.articleRevisions)
      .where(eq(tables.articleRevisions.articleId, english.id));
    expect(revisions.map((r) => r.revision).sort()).toEqual([1, 2]);
    expect(await countRows(tables.articles)).toBe(before.articles);
  });

  it("brings images in from a local copy of the uploads folder, once, through the library's checks", async () => {
    const uploads = path.join(scratch, "uploads");
    await mkdir(path.join(uploads, "2024", "03"), { recursive: true });
    await sharp({ create: { width: 800, height: 500, channels: 3, background: "#336699" } })
      .jpeg()
      .toFile(path.join(uploads, "2024", "03", "council.jpg"));
    await mkdir(path.join(uploads, "2024", "02"), { recursive: true });
    await writeFile(path.join(uploads, "2024", "02", "memo.png"), "not an image at all");

    const summary = await importSite(admin, fixture("wordpress.xml"), { mediaDir: uploads });
    // One picture, used by two stories: one library image.
    expect(summary.images.imported).toBe(1);
    expect(await countRows(tables.media)).toBe(1);
    const english = await article("en", "council-approves-the-budget");
    const spanish = await article("es", "el-ayuntamiento-aprueba-el-presupuesto");
    expect(english.leadMediaId).not.toBeNull();
    expect(spanish.leadMediaId).toBe(english.leadMediaId);
    // The file that is not an image is refused by the library's own check.
    expect(summary.images.notImported).toContainEqual({
      where: "line 150 (item 8)",
      label: "https://old.example.com/wp-content/uploads/2024/02/memo.png",
      reason: "the file is not a JPEG, PNG, WebP, AVIF or GIF image",
    });
    // WordPress's alt text came along, in the language of the story that brought the image in.
    expect(english.status).toBe("published");
    // Published on the old site, but the image has no alt text in Spanish: a draft here, with a note.
    expect(spanish.status).toBe("draft");
    expect(summary.stories.notes).toContainEqual({
      where: "line 75 (item 3)",
      label: "El ayuntamiento aprueba el presupuesto",
      reason: "kept as a draft: an image has no alt text in es",
    });
  });

  it("tried as a dry run reports what would happen and writes nothing", async () => {
    const dry = await importSite(admin, fixture("wordpress.xml"), { dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(dry.stories).toMatchObject({ created: 5, updated: 0, unchanged: 0 });
    expect(dry.authors.created).toBe(3);
    expect(await countRows(tables.articles)).toBe(0);
    expect(await countRows(tables.users)).toBe(1);
    expect(await countRows(tables.auditLog)).toBe(0);

    const real = await importSite(admin, fixture("wordpress.xml"), {});
    expect(real.stories).toEqual(dry.stories);
    expect(real.authors).toEqual(dry.authors);
  });

  it("keeps an address another article holds, giving the story the next free one and saying so", async () => {
    await importSite(admin, fixture("ghost.json"), {});
    const summary = await importSite(admin, fixture("wordpress.xml"), {});
    expect(summary.stories.notes).toContainEqual({
      where: "line 45 (item 2)",
      label: "Council approves the budget",
      reason: "the address “council-approves-the-budget” was taken in en; given “council-approves-the-budget-2”",
    });
    expect((await article("en", "council-approves-the-budget-2")).title).toBe("Council approves the budget");
  });

  it("matches authors and topics that exist by email or name", async () => {
    const existingTopic = await createTopic({ es: ["Noticias", "noticias"], en: ["News", "news"] });
    const summary = await importSite(admin, fixture("wordpress.xml"), {});
    expect(summary.topics).toEqual({ created: 4, matched: 1 });
    const spanish = await article("es", "el-ayuntamiento-aprueba-el-presupuesto");
    const links = await db.select().from(tables.articleTopics).where(eq(tables.articleTopics.articleId, spanish.id));
    expect(links.map((l) => l.topicId)).toContain(existingTopic);
  });

  it("is for admins only", async () => {
    const editor = await createStaff("editor");
    await expect(importSite(editor, fixture("wordpress.xml"), {})).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("Ghost, RSS and Atom files", () => {
  it("a Ghost export brings its posts with their authors, tags and statuses", async () => {
    const summary = await importSite(admin, fixture("ghost.json"), { language: "en" });
    expect(summary.format).toBe("ghost");
    expect(summary.stories.created).toBe(3);
    expect(summary.stories.skipped.map((s) => s.reason)).toContain(
      "the post has no HTML version, only Ghost's editor format (mobiledoc or lexical)",
    );
    expect(await countRows(tables.articles)).toBe(3);
  });

  it("an RSS feed with full content brings its items; one without a date is refused with where", async () => {
    const summary = await importSite(admin, fixture("rss.xml"), {});
    expect(summary.format).toBe("rss");
    expect(summary.stories.created).toBe(2);
    expect(summary.stories.skipped).toContainEqual(
      expect.objectContaining({
        where: "line 39 (item 3)",
        reason: "it is published but has no publication date",
      }),
    );
  });

  it("an Atom feed brings its entries", async () => {
    const summary = await importSite(admin, fixture("atom.xml"), {});
    expect(summary.format).toBe("atom");
    expect(summary.stories.created).toBeGreaterThan(0);
    expect(await countRows(tables.articles)).toBe(summary.stories.created);
  });
});

describe("bad files", () => {
  it.each([
    ["wordpress-truncated.xml", /line \d+/],
    ["atom-truncated.xml", /line \d+/],
    ["rss-malformed.xml", /line \d+/],
    ["billion-laughs.xml", /declares its own entities/],
  ])("%s is refused with where, before anything is written", async (name, message) => {
    const copy = path.join(scratch, name);
    await copyFile(fixture(name), copy);
    const started = Date.now();
    const failure = await importSite(admin, copy, {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportFileError);
    expect((failure as Error).message).toMatch(message);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await countRows(tables.articles)).toBe(0);
    expect(await countRows(tables.users)).toBe(1);
  });

  it("a truncated Ghost export is refused with its place in the file", async () => {
    const copy = path.join(scratch, "ghost-truncated.json");
    await copyFile(fixture("ghost-truncated.json.broken"), copy);
    await expect(importSite(admin, copy, {})).rejects.toThrow(/line \d+/);
    expect(await countRows(tables.articles)).toBe(0);
  });
});
