import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWordPress } from "./wordpress";

/**
 * The readers must not hold a file in memory: a WordPress export of a few thousand posts of
 * about 20 KB each is read while the heap, measured after garbage collection so that only what
 * is really kept counts, stays a small fraction of the file's size.
 */
const posts = 3000;
const paragraph = "<p>" + "Heraldo reads other newsrooms' archives one story at a time. ".repeat(5) + "</p>\n";
const body = paragraph.repeat(Math.ceil(20_000 / paragraph.length));

// Garbage collection on demand, for honest measurements (the flag only adds the `gc` function).
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

function heapAfterCollection(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

let dir: string;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "heraldo-wxr-memory-"));
  file = path.join(dir, "large.xml");
  const out = createWriteStream(file);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once("drain", () => resolve()));
  await write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" ' +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n' +
      "<link>https://big.example.com</link><wp:wxr_version>1.2</wp:wxr_version>\n" +
      "<wp:author><wp:author_login>ana</wp:author_login><wp:author_display_name>Ana</wp:author_display_name></wp:author>\n",
  );
  for (let id = 1; id <= posts; id += 1) {
    await write(
      `<item><title>Story ${id}</title><link>https://big.example.com/story-${id}/</link>` +
        `<dc:creator>ana</dc:creator><content:encoded><![CDATA[${body}]]></content:encoded>` +
        `<wp:post_id>${id}</wp:post_id><wp:post_date_gmt>2024-01-01 10:00:00</wp:post_date_gmt>` +
        `<wp:post_name>story-${id}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>` +
        `<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>${posts + id}</wp:meta_value></wp:postmeta></item>\n`,
    );
  }
  // The attachments come last: the first pass must still find every post's image.
  for (let id = 1; id <= posts; id += 1) {
    await write(
      `<item><title>image ${id}</title><wp:post_id>${posts + id}</wp:post_id><wp:post_type>attachment</wp:post_type>` +
        `<wp:attachment_url>https://big.example.com/img/${id}.jpg</wp:attachment_url></item>\n`,
    );
  }
  await write("</channel>\n</rss>\n");
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("reading a large export", () => {
  it("yields every post while the heap stays far below the file's size", async () => {
    const size = (await stat(file)).size;
    expect(size).toBeGreaterThan(posts * 20_000);
    const before = heapAfterCollection();
    let stories = 0;
    let images = 0;
    let peak = 0;
    for await (const record of readWordPress(file)) {
      if (record.kind !== "story") continue;
      stories += 1;
      if (record.story.featureImage?.url === `https://big.example.com/img/${stories}.jpg`) images += 1;
      if (stories % 250 === 0) peak = Math.max(peak, heapAfterCollection() - before);
    }
    expect(stories).toBe(posts);
    expect(images).toBe(posts);
    // A few MB for the map of attachments and the record being read, against ~60 MB of file.
    expect(peak).toBeLessThan(size / 10);
  });
});
