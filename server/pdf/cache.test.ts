import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PdfDiskCache, pdfCacheDir, pdfCacheKey, pdfEtag, type PdfCacheInput } from "./cache";
import { printableFixture } from "./test-fixtures";

const article = printableFixture();
const input = (overrides: Partial<PdfCacheInput> = {}): PdfCacheInput => ({
  articleId: article.articleId,
  updatedAt: article.updatedAt,
  size: "a4",
  content: article,
  renderer: "build-1",
  ...overrides,
});

describe("pdfCacheKey", () => {
  it("is stable for the same article version, size and build", () => {
    expect(pdfCacheKey(input())).toEqual(pdfCacheKey(input({ content: printableFixture() })));
    expect(pdfCacheKey(input()).version).toMatch(/^\d+-[0-9a-f]{20}$/);
  });

  it("starts the version with updatedAt, so files sort and read by edit time", () => {
    expect(pdfCacheKey(input()).version.startsWith(`${Date.parse(article.updatedAt)}-`)).toBe(true);
  });

  it("changes with anything the PDF shows, the edit time and the build", () => {
    const base = pdfCacheKey(input()).version;
    const variants = [
      input({ content: printableFixture({ title: "Otro titular" }) }),
      input({ content: printableFixture({ siteUrl: "https://otra.example.org" }) }),
      input({ content: printableFixture({ logo: { ...article.logo, storageKey: "logo/nuevo.png" } }) }),
      input({ updatedAt: "2026-05-04T10:31:00.000Z" }),
      input({ renderer: "build-2" }),
    ];
    for (const variant of variants) expect(pdfCacheKey(variant).version).not.toBe(base);
  });

  it("keeps the paper size out of the version but in the key and the tag", () => {
    const a4 = pdfCacheKey(input());
    const letter = pdfCacheKey(input({ size: "letter" }));
    expect(letter.version).toBe(a4.version);
    expect(pdfEtag(letter)).not.toBe(pdfEtag(a4));
  });

  it("refuses keys that would not name one article version", () => {
    expect(() => pdfCacheKey(input({ articleId: 0 }))).toThrow();
    expect(() => pdfCacheKey(input({ updatedAt: "not a date" }))).toThrow();
  });
});

describe("pdfCacheDir", () => {
  it("defaults under ./data and follows PDF_CACHE_DIR", () => {
    expect(pdfCacheDir()).toBe(path.resolve("data/pdf-cache"));
    expect(pdfCacheDir("/var/cache/heraldo-pdf")).toBe("/var/cache/heraldo-pdf");
  });
});

describe("PdfDiskCache", () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), "heraldo-pdf-cache-"));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("misses, then returns what was written", async () => {
    const cache = new PdfDiskCache(root);
    const key = pdfCacheKey(input());
    expect(await cache.read(key)).toBeNull();
    await cache.write(key, Buffer.from("%PDF-1.3 one"));
    expect((await cache.read(key))?.toString()).toBe("%PDF-1.3 one");
  });

  it("drops older versions of the article when a new one is written, keeping both sizes of the new one", async () => {
    const cache = new PdfDiskCache(root);
    const old = pdfCacheKey(input());
    await cache.write(old, Buffer.from("old a4"));
    await cache.write(pdfCacheKey(input({ size: "letter" })), Buffer.from("old letter"));
    const edited = input({ updatedAt: "2026-05-05T09:00:00.000Z", content: printableFixture({ title: "Nuevo" }) });
    await cache.write(pdfCacheKey(edited), Buffer.from("new a4"));
    await cache.write(pdfCacheKey({ ...edited, size: "letter" }), Buffer.from("new letter"));

    expect(await cache.read(old)).toBeNull();
    expect((await readdir(path.join(root, String(article.articleId)))).sort()).toEqual([
      `${pdfCacheKey(edited).version}-a4.pdf`,
      `${pdfCacheKey(edited).version}-letter.pdf`,
    ]);
  });

  it("keeps each article's files apart", async () => {
    const cache = new PdfDiskCache(root);
    await cache.write(pdfCacheKey(input()), Buffer.from("42"));
    await cache.write(pdfCacheKey(input({ articleId: 43 })), Buffer.from("43"));
    expect((await cache.read(pdfCacheKey(input())))?.toString()).toBe("42");
    expect((await cache.read(pdfCacheKey(input({ articleId: 43 }))))?.toString()).toBe("43");
  });
});
