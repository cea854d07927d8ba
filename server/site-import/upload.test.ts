import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  checkImportOptions,
  cleanImportFileName,
  removeImportUpload,
  removeStaleUploads,
  saveImportUpload,
  uploadKeptMs,
} from "./upload";

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "heraldo-imports-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A body that arrives in chunks, like a request's, with no length known ahead. */
function body(...chunks: string[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });
}

describe("saving an uploaded export", () => {
  it("writes the file under a folder of its own, with a clean name", async () => {
    const saved = await saveImportUpload(body("<rss>", "</rss>"), "../../etc/mi export.xml", 100, root);
    expect(saved).toMatchObject({ ok: true, size: 11 });
    if (!saved.ok) return;
    expect(path.dirname(path.dirname(saved.filePath))).toBe(root);
    expect(path.basename(saved.filePath)).toBe("mi-export.xml");
    expect(await readFile(saved.filePath, "utf8")).toBe("<rss></rss>");

    await removeImportUpload(saved.filePath, root);
    expect(await readdir(root)).toEqual([]);
  });

  it("stops reading past the limit and leaves nothing behind", async () => {
    expect(await saveImportUpload(body("a".repeat(60), "b".repeat(60)), "big.xml", 100, root)).toEqual({
      ok: false,
      error: "tooLarge",
    });
    expect(await readdir(root)).toEqual([]);
  });

  it("refuses an empty body", async () => {
    expect(await saveImportUpload(body(), "empty.xml", 100, root)).toEqual({ ok: false, error: "empty" });
    expect(await saveImportUpload(null, "none.xml", 100, root)).toEqual({ ok: false, error: "empty" });
    expect(await readdir(root)).toEqual([]);
  });

  it("removes only folders inside the imports folder", async () => {
    const outside = path.join(root, "outside.txt");
    await writeFile(outside, "keep");
    await removeImportUpload(outside, path.join(root, "imports"));
    expect(await readFile(outside, "utf8")).toBe("keep");
  });

  it("removes uploads left behind for a day, but not newer ones nor the import under way", async () => {
    const folders: string[] = [];
    for (const name of ["old.xml", "running.xml", "new.xml"]) {
      const saved = await saveImportUpload(body("<rss/>"), name, 100, root);
      if (!saved.ok) throw new Error("the upload was not saved");
      folders.push(path.dirname(saved.filePath));
    }
    const [old = "", running = "", fresh = ""] = folders;
    const aDayLater = Date.now() + uploadKeptMs + 1000;
    // The newest upload arrives "a day later"; the running import's started with the old one.
    await utimes(fresh, aDayLater / 1000, aDayLater / 1000);

    expect(await removeStaleUploads([path.join(running, "running.xml")], aDayLater, root)).toBe(1);
    expect((await readdir(root)).sort()).toEqual([path.basename(running), path.basename(fresh)].sort());
    expect(await readdir(root)).not.toContain(path.basename(old));
    // An hour on, nothing is a day old: nothing goes.
    expect(await removeStaleUploads([], Date.now() + 3600_000, root)).toBe(0);
  });

  it("names a file with no usable name", () => {
    expect(cleanImportFileName("")).toBe("export");
    expect(cleanImportFileName("C:\\Users\\ana\\wordpress.2024-01-01.xml")).toBe("wordpress.2024-01-01.xml");
    expect(cleanImportFileName("...")).toBe("export");
  });
});

describe("the import's options", () => {
  const blank = { format: "auto", language: "", siteUrl: "", mediaDir: "" };

  it("takes the defaults and what is set", async () => {
    expect(await checkImportOptions(blank)).toEqual({ ok: true, options: { format: "auto" } });
    expect(
      await checkImportOptions({ format: "ghost", language: "en", siteUrl: "https://old.example/ ", mediaDir: root }),
    ).toEqual({
      ok: true,
      options: { format: "ghost", language: "en", siteUrl: "https://old.example", mediaDir: root },
    });
  });

  it("names each field it refuses", async () => {
    const file = path.join(root, "a-file.txt");
    await writeFile(file, "x");
    expect(await checkImportOptions({ format: "joomla", language: "fr", siteUrl: "ftp://x", mediaDir: file })).toEqual({
      ok: false,
      errors: { format: "format", language: "language", siteUrl: "siteUrl", mediaDir: "mediaDirNotAFolder" },
    });
    expect(await checkImportOptions({ ...blank, mediaDir: path.join(root, "nowhere") })).toEqual({
      ok: false,
      errors: { mediaDir: "mediaDirMissing" },
    });
    expect(await checkImportOptions({ ...blank, mediaDir: "uploads" })).toEqual({
      ok: false,
      errors: { mediaDir: "mediaDirNotAbsolute" },
    });
  });
});
