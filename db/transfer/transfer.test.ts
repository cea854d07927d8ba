import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { getTableName } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { tables } from "@/db/client";
import { tablesInDeleteOrder } from "@/db/maintenance";
import { createArticle, updateArticle } from "@/db/queries/articles/saves";
import { transitionArticle } from "@/db/queries/articles/transitions";
import { articleInput, countRows, createMedia, createStaff, createTopic, resetTestDatabase } from "@/test/database";
import { exportSite } from "./export";
import { importSite } from "./import";

beforeEach(resetTestDatabase);

async function tempFile(name: string): Promise<string> {
  return path.join(await mkdtemp(path.join(tmpdir(), "heraldo-transfer-")), name);
}

/** A small newsroom: staff, a topic, an image, a published article with a revision and a redirect. */
async function someContent(): Promise<void> {
  const editor = await createStaff("editor");
  await createStaff("writer");
  const topic = await createTopic({ es: ["Salud", "salud"], en: ["Health", "health"] });
  const image = await createMedia({ es: "Una imagen", en: "An image" });
  const input = articleInput({ slug: "primera", topicIds: [topic], leadMediaId: image });
  const { id } = await createArticle(editor, input);
  const { version } = await transitionArticle(editor, id, "publish");
  await updateArticle(editor, id, version, { ...input, slug: "segunda", title: "Titular con acentos: ñ, ü" });
}

async function exported(): Promise<string> {
  const file = await tempFile("site.jsonl");
  await exportSite(file);
  return readFile(file, "utf8");
}

describe("export and import", () => {
  it("gives back exactly what was exported, down to the bytes of a second export", async () => {
    await someContent();
    const first = await exported();
    const lines = first.trim().split("\n");
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({ format: "heraldo-export", version: 1 });
    expect(JSON.parse(lines.at(-1) ?? "")).toMatchObject({ end: true, rows: { articles: 1, users: 2, redirects: 1 } });
    // Staff accounts travel with their password hashes: people sign in on the new site as before.
    expect(first).toContain('"password_hash":"not-a-real-hash"');

    const file = await tempFile("again.jsonl");
    await writeFile(file, first);
    await resetTestDatabase();
    expect(await countRows(tables.articles)).toBe(0);
    const loaded = await importSite(file);
    expect(loaded).toMatchObject({ articles: 1, users: 2, topics: 1, media: 1, redirects: 1 });
    expect(await exported()).toBe(first);

    // New rows continue after the imported ids.
    const editor = await createStaff("editor");
    const { id } = await createArticle(editor, articleInput({ slug: "nueva" }));
    expect(id).toBeGreaterThan(1);
  });

  it("lists every table of the schema in the load order", () => {
    const names = Object.values(tables).map((table) => getTableName(table));
    expect([...tablesInDeleteOrder].sort()).toEqual([...new Set(names)].sort());
  });
});

describe("a bad export file is refused with its line, and nothing is written", () => {
  async function refusalOf(text: string): Promise<string> {
    const file = await tempFile("bad.jsonl");
    await writeFile(file, text);
    const error = await importSite(file).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(Error);
    expect(await countRows(tables.articles)).toBe(0);
    expect(await countRows(tables.users)).toBe(0);
    return (error as Error).message;
  }

  async function goodExport(): Promise<string[]> {
    await someContent();
    const lines = (await exported()).trim().split("\n");
    await resetTestDatabase();
    return lines;
  }

  it("a file cut short", async () => {
    const lines = await goodExport();
    expect(await refusalOf(lines.slice(0, -3).join("\n"))).toBe(
      `line ${lines.length - 3}: the file ends early (no end line): it was cut short`,
    );
  });

  it("a damaged line", async () => {
    const lines = await goodExport();
    lines[3] = lines[3]?.slice(0, 20) ?? "";
    expect(await refusalOf(lines.join("\n"))).toMatch(/^line 4: not a JSON object/);
  });

  it("a value of the wrong type", async () => {
    const lines = await goodExport();
    const index = lines.findIndex((line) => line.includes('"table":"articles"'));
    lines[index] = lines[index]?.replace(/"featured":(true|false)/, '"featured":"yes"') ?? "";
    expect(await refusalOf(lines.join("\n"))).toBe(`line ${index + 1}: articles.featured is not true or false`);
  });

  it("a file from a newer Heraldo", async () => {
    const lines = await goodExport();
    lines[0] = lines[0]?.replace(/"schema":"\d+_/, '"schema":"9999_') ?? "";
    expect(await refusalOf(lines.join("\n"))).toMatch(/^line 1: the export comes from a newer database schema/);
  });

  it("a row the database refuses (a reference to nothing) empties what was loaded", async () => {
    const lines = await goodExport();
    const index = lines.findIndex((line) => line.includes('"table":"article_topics"'));
    lines[index] = lines[index]?.replace(/"topic_id":\d+/, '"topic_id":999') ?? "";
    // PostgreSQL refuses the batch as it goes in; SQLite's load is checked at the end.
    expect(await refusalOf(lines.join("\n"))).toMatch(
      new RegExp(
        `^line ${index + 1}: (the database refused article_topics rows on lines ${index + 1}-|a article_topics row refers to a topics row that is not in the file)`,
      ),
    );
    expect(await countRows(tables.topics)).toBe(0);
  });

  it("a database that already has content", async () => {
    const lines = await goodExport();
    await createStaff("admin");
    const file = await tempFile("site.jsonl");
    await writeFile(file, lines.join("\n"));
    await expect(importSite(file)).rejects.toThrow("the database is not empty");
    expect(await countRows(tables.users)).toBe(1);
  });
});
