import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SourceFormat, SourceRecord } from "../source-story";
import { detectSourceFormat, ImportFileError, readFeed, readSourceFile, readWordPress } from "./index";

const fixtures = path.resolve(import.meta.dirname, "../fixtures");
const fixture = (name: string) => path.join(fixtures, name);

async function all(records: AsyncGenerator<SourceRecord>): Promise<SourceRecord[]> {
  const list: SourceRecord[] = [];
  for await (const record of records) list.push(record);
  return list;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "heraldo-site-import-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("format detection", () => {
  it.each<[string, SourceFormat]>([
    ["wordpress.xml", "wordpress"],
    ["wordpress-prefixes.xml", "wordpress"],
    ["ghost.json", "ghost"],
    ["ghost-legacy.json", "ghost"],
    ["rss.xml", "rss"],
    ["atom.xml", "atom"],
  ])("tells %s is %s", async (name, format) => {
    expect(await detectSourceFormat(fixture(name))).toBe(format);
  });

  it("refuses files it does not know", async () => {
    const html = path.join(dir, "page.html");
    await writeFile(html, "<html><body>Hello</body></html>");
    await expect(detectSourceFormat(html)).rejects.toThrow(
      "this is not an export imports know: its root element is <html>",
    );
    const csv = path.join(dir, "list.csv");
    await writeFile(csv, "title,slug\nHello,hello\n");
    await expect(detectSourceFormat(csv)).rejects.toThrow("this is not an export imports know: neither JSON nor XML");
    const empty = path.join(dir, "empty.xml");
    await writeFile(empty, "  \n");
    await expect(detectSourceFormat(empty)).rejects.toThrow("the file is empty");
  });
});

describe("readSourceFile", () => {
  it("reads each format through one door, detecting it or as told", async () => {
    const titles = async (name: string, format?: SourceFormat) =>
      (await all(readSourceFile(fixture(name), format))).flatMap((record) =>
        record.kind === "story" ? [record.story.format + ": " + record.story.title] : [],
      );
    expect(await titles("wordpress.xml")).toHaveLength(5);
    expect((await titles("ghost.json", "ghost"))[0]).toBe("ghost: Council approves the budget");
    expect((await titles("rss.xml"))[0]).toBe("rss: Lluvias récord en la costa");
    expect((await titles("atom.xml", "atom"))[0]).toBe("atom: Bridge reopens & traffic returns");
  });

  it("passes the site's address on to the Ghost reader", async () => {
    const records = await all(readSourceFile(fixture("ghost.json"), "auto", { siteUrl: "https://news.example.com" }));
    const first = records[0];
    expect(first?.kind === "story" && first.story.url).toBe("https://news.example.com/council-approves-the-budget/");
  });

  it("refuses a file that is not the format asked for", async () => {
    await expect(all(readSourceFile(fixture("atom.xml"), "rss"))).rejects.toThrow(
      "the file is an Atom feed, not an RSS feed",
    );
    await expect(all(readSourceFile(fixture("rss.xml"), "wordpress"))).rejects.toThrow(ImportFileError);
  });

  it("lets the caller stop early (a preview of the first stories)", async () => {
    const first: string[] = [];
    for await (const record of readSourceFile(fixture("rss.xml"))) {
      if (record.kind === "story") first.push(record.story.title);
      if (first.length === 2) break;
    }
    expect(first).toEqual(["Lluvias récord en la costa", "Nuevo horario del mercado"]);
  });
});

describe("files declaring their own entities", () => {
  it("refuses a billion-laughs file at once, whichever reader is used", async () => {
    const started = performance.now();
    const refusal = "line 13: the file declares its own entities (DOCTYPE), which imports refuse";
    await expect(all(readSourceFile(fixture("billion-laughs.xml")))).rejects.toThrow(refusal);
    await expect(all(readWordPress(fixture("billion-laughs.xml")))).rejects.toThrow(refusal);
    await expect(all(readFeed(fixture("billion-laughs.xml")))).rejects.toThrow(refusal);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses a feed with an internal DTD that declares a harmless-looking entity", async () => {
    const file = path.join(dir, "nbsp.xml");
    await writeFile(
      file,
      '<?xml version="1.0"?>\n<!DOCTYPE rss [ <!ENTITY nbsp "&#160;"> ]>\n' +
        '<rss version="2.0"><channel><item><title>A&nbsp;B</title><guid>1</guid></item></channel></rss>\n',
    );
    const error = await all(readFeed(file)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toBe("line 2: the file declares its own entities (DOCTYPE), which imports refuse");
  });
});
