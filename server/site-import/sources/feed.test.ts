import path from "node:path";
import { describe, expect, it } from "vitest";
import type { SourceProblem, SourceStory } from "../source-story";
import { readFeed, type FeedOptions } from "./feed";
import { ImportFileError } from "./import-file-error";

const fixtures = path.resolve(import.meta.dirname, "../fixtures");

async function read(name: string, options?: FeedOptions) {
  const stories: SourceStory[] = [];
  const problems: SourceProblem[] = [];
  for await (const record of readFeed(path.join(fixtures, name), options)) {
    if (record.kind === "story") stories.push(record.story);
    else problems.push(record.problem);
  }
  return { stories, problems };
}

describe("RSS 2.0 feed reader", () => {
  it("reads an item with full content (content:encoded under any prefix), author, topics and image", async () => {
    const { stories } = await read("rss.xml");
    expect(stories[0]).toEqual({
      format: "rss",
      sourceId: "1234 at https://partner.example.org",
      position: { line: 15, item: 1 },
      title: "Lluvias récord en la costa",
      html: '<p>Las lluvias <em>récord</em> afectaron la costa.</p><p onclick="track()">Más.</p>',
      excerpt: "Resumen: lluvias récord.",
      publishedAt: new Date("2024-03-05T06:15:00Z"),
      status: "published",
      url: "https://partner.example.org/noticias/lluvias-record",
      authors: [{ sourceId: "María López", name: "María López" }],
      topics: ["Tiempo", "Costa"],
      featureImage: { url: "https://partner.example.org/files/rain.jpg" },
      language: "es",
    });
  });

  it("says when only a summary was available, and reads RSS's email (Name) author", async () => {
    const { stories } = await read("rss.xml");
    expect(stories[1]).toMatchObject({
      title: "Nuevo horario del mercado",
      // The description's escaped HTML, unescaped once: HTML.
      html: "<p>El mercado abre a las 8 &amp; cierra a las 14.</p>",
      contentIsSummary: true,
      sourceId: "https://partner.example.org/noticias/mercado",
      authors: [
        { sourceId: "redaccion@partner.example.org", name: "Redacción", email: "redaccion@partner.example.org" },
      ],
      // The audio enclosure is not a lead image; the Media RSS image is.
      featureImage: { url: "https://partner.example.org/files/market.jpg", alt: "Puestos del mercado" },
    });
    expect(stories[1]?.excerpt).toBeUndefined();
  });

  it("uses the link when there is no guid; no date is no date", async () => {
    const { stories } = await read("rss.xml");
    expect(stories[2]).toMatchObject({
      sourceId: "https://partner.example.org/noticias/sin-fecha",
      featureImage: { url: "https://partner.example.org/files/thumb.jpg" },
    });
    expect(stories[2]?.publishedAt).toBeUndefined();
  });

  it("reports items without a title or with an unreadable date, and goes on", async () => {
    const { stories, problems } = await read("rss.xml");
    expect(stories).toHaveLength(3);
    expect(problems).toEqual([
      { position: { line: 45, item: 4 }, label: "untitled-1", reason: "the item has no title" },
      {
        position: { line: 49, item: 5 },
        label: "Fecha imposible",
        reason: 'the date "Someday, 99 Foo 2024" in pubDate cannot be read',
      },
    ]);
  });

  it("refuses malformed XML with its line and column", async () => {
    const error = await read("rss-malformed.xml").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error).toMatchObject({ line: 28, column: 47 });
    expect((error as Error).message).toBe("line 28, column 47: the file is not well-formed XML (unexpected close tag)");
  });

  it("refuses entities XML does not define, such as &nbsp;", async () => {
    await expect(read("undefined-entity.xml")).rejects.toThrow(
      /^line 6, column \d+: the text uses an entity XML does not define \(such as &nbsp;\)/,
    );
  });
});

describe("Atom feed reader", () => {
  it("reads an entry with HTML content, its own author, categories and an image enclosure", async () => {
    const { stories } = await read("atom.xml");
    expect(stories[0]).toEqual({
      format: "atom",
      sourceId: "tag:city.example.net,2024:bridge",
      position: { line: 12, item: 1 },
      // A type="html" title is reduced to its text.
      title: "Bridge reopens & traffic returns",
      html: "<p>The <strong>bridge</strong> reopened on Wednesday.</p>",
      excerpt: "<p>The bridge is open again.</p>",
      publishedAt: new Date("2024-03-06T08:00:00Z"),
      updatedAt: new Date("2024-03-06T11:30:00Z"),
      status: "published",
      url: "https://city.example.net/2024/bridge-reopens",
      authors: [{ sourceId: "sam@city.example.net", name: "Sam Reporter", email: "sam@city.example.net" }],
      topics: ["Transport", "bridges"],
      featureImage: { url: "https://city.example.net/img/bridge.png" },
      language: "en",
    });
  });

  it("writes XHTML content back as HTML, takes the entry's xml:lang and the feed's author", async () => {
    const { stories } = await read("atom.xml");
    expect(stories[1]).toMatchObject({
      title: "Nuevo parque",
      html: '<p>Un <a href="https://city.example.net/parque">parque</a> nuevo &amp; verde.</p><img src="https://city.example.net/img/park.jpg" alt="Parque">',
      // Only `updated`: it stands for the publication date too.
      publishedAt: new Date("2024-03-05T10:00:00Z"),
      url: "https://city.example.net/es/2024/parque",
      language: "es",
      authors: [{ sourceId: "desk@city.example.net", name: "City Desk", email: "desk@city.example.net" }],
      featureImage: { url: "https://city.example.net/img/park-thumb.jpg" },
    });
  });

  it("uses a text summary, escaped into paragraphs, when the content is elsewhere", async () => {
    const { stories } = await read("atom.xml");
    expect(stories[2]).toMatchObject({
      html: "<p>Line one &amp; more.</p>\n<p>Second paragraph &lt;b&gt;not bold&lt;/b&gt;.</p>",
      contentIsSummary: true,
      // rel="alternate" wins over an earlier rel="related".
      url: "https://city.example.net/2024/summary-only",
    });
  });

  it("reports an entry without a title", async () => {
    const { problems } = await read("atom.xml");
    expect(problems).toEqual([
      {
        position: { line: 49, item: 4 },
        label: "tag:city.example.net,2024:untitled",
        reason: "the entry has no title",
      },
    ]);
  });

  it("stops at a cut-short feed after the entries before it", async () => {
    const seen: string[] = [];
    const reading = (async () => {
      for await (const record of readFeed(path.join(fixtures, "atom-truncated.xml"))) {
        if (record.kind === "story") seen.push(record.story.title);
      }
    })();
    await expect(reading).rejects.toThrow(/^line 41, column \d+: the file ends before its XML is complete/);
    expect(seen).toEqual(["Bridge reopens & traffic returns", "Nuevo parque"]);
  });

  it("refuses a feed of the other kind than expected, and files that are not feeds", async () => {
    await expect(read("atom.xml", { expect: "rss" })).rejects.toThrow("the file is an Atom feed, not an RSS feed");
    await expect(read("rss.xml", { expect: "atom" })).rejects.toThrow("the file is an RSS feed, not an Atom feed");
    await expect(read("ghost.json")).rejects.toThrow(/^line \d+, column \d+: the file is not well-formed XML/);
  });
});
