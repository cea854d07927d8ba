import path from "node:path";
import { describe, expect, it } from "vitest";
import type { SourceProblem, SourceRecord, SourceStory } from "../source-story";
import { ImportFileError } from "./import-file-error";
import { readWordPress } from "./wordpress";

const fixtures = path.resolve(import.meta.dirname, "../fixtures");

async function read(name: string) {
  const stories: SourceStory[] = [];
  const problems: SourceProblem[] = [];
  for await (const record of readWordPress(path.join(fixtures, name)) as AsyncGenerator<SourceRecord>) {
    if (record.kind === "story") stories.push(record.story);
    else problems.push(record.problem);
  }
  return { stories, problems, bySlug: (slug: string) => stories.find((story) => story.slug === slug) };
}

describe("WordPress export reader", () => {
  it("reads posts only, in file order, skipping pages, attachments and menu items", async () => {
    const { stories } = await read("wordpress.xml");
    expect(stories.map((story) => story.title)).toEqual([
      "Council approves the budget",
      "El ayuntamiento aprueba el presupuesto",
      "Notes for next week",
      "Interactive map of the floods",
      "Staff memo",
    ]);
    expect(stories.every((story) => story.format === "wordpress")).toBe(true);
  });

  it("reads a published post's fields", async () => {
    const { bySlug } = await read("wordpress.xml");
    expect(bySlug("council-approves-the-budget")).toEqual({
      format: "wordpress",
      sourceId: "https://old.example.com/?p=11",
      position: { line: 45, item: 2 },
      title: "Council approves the budget",
      slug: "council-approves-the-budget",
      html:
        "<p>The council approved the <strong>2024 budget</strong> on Friday.</p>\n" +
        "<!-- wp:paragraph --><p>Second paragraph &amp; more.</p><!-- /wp:paragraph -->",
      excerpt: "The budget passed.",
      publishedAt: new Date("2024-03-02T09:30:00Z"),
      updatedAt: new Date("2024-03-03T11:00:00Z"),
      status: "published",
      url: "https://old.example.com/2024/03/council-approves-the-budget/",
      authors: [{ sourceId: "john", name: "John Smith", email: "john@old.example.com" }],
      topics: ["News", "Budget"],
      featureImage: {
        url: "https://old.example.com/wp-content/uploads/2024/03/council.jpg",
        alt: "The council building at dusk",
      },
      language: "en",
      translationGroup: "polylang:pll_65e5a1b2c3d4e",
    });
  });

  it("links Polylang translations by their shared group and reads each one's language", async () => {
    const { bySlug } = await read("wordpress.xml");
    const english = bySlug("council-approves-the-budget");
    const spanish = bySlug("el-ayuntamiento-aprueba-el-presupuesto");
    expect(spanish?.language).toBe("es");
    expect(english?.language).toBe("en");
    expect(spanish?.translationGroup).toBe(english?.translationGroup);
    // The channel's wp:author gives the display name and email for the login in dc:creator.
    expect(spanish?.authors).toEqual([{ sourceId: "ana", name: "Ana García", email: "ana@old.example.com" }]);
    // A tag repeated under two slugs is one topic.
    expect(spanish?.topics).toEqual(["Noticias", "Presupuesto"]);
  });

  it("reads WPML language and translation group from post meta", async () => {
    const { bySlug } = await read("wordpress.xml");
    expect(bySlug("floods-map")).toMatchObject({ language: "es", translationGroup: "wpml:77" });
    expect(bySlug("staff-memo")).toMatchObject({ language: "en", translationGroup: "wpml:77" });
  });

  it("maps statuses and dates: draft without a date, scheduled, private from the local date", async () => {
    const { stories, bySlug } = await read("wordpress.xml");
    const draft = stories.find((story) => story.title === "Notes for next week");
    expect(draft?.status).toBe("draft");
    // 0000-00-00 dates (and PHP's "-0001" pubDate) mean no date, not a problem.
    expect(draft?.publishedAt).toBeUndefined();
    expect(draft?.slug).toBeUndefined();
    expect(bySlug("floods-map")).toMatchObject({ status: "scheduled", publishedAt: new Date("2024-04-01T09:00:00Z") });
    expect(bySlug("staff-memo")).toMatchObject({ status: "private", publishedAt: new Date("2024-02-10T12:00:00Z") });
  });

  it("finds a featured image whose attachment comes after the post", async () => {
    const { bySlug } = await read("wordpress.xml");
    expect(bySlug("staff-memo")?.featureImage).toEqual({
      url: "https://old.example.com/wp-content/uploads/2024/02/memo.png",
    });
    // An author the channel does not list keeps their login as name.
    expect(bySlug("staff-memo")?.authors).toEqual([{ sourceId: "someone-gone", name: "someone-gone" }]);
  });

  it("passes scripts and event handlers through untouched (the import engine sanitises)", async () => {
    const { bySlug } = await read("wordpress.xml");
    const html = bySlug("floods-map")?.html ?? "";
    expect(html).toContain('<p onclick="steal()">');
    expect(html).toContain('<script>alert("x")</script>');
    expect(html).toContain('onerror="steal()"');
    expect(bySlug("floods-map")?.excerpt).toBe("<em>Map</em> of the floods");
  });

  it("reports items it cannot read with their line and item number, and goes on", async () => {
    const { problems } = await read("wordpress.xml");
    expect(problems).toEqual([
      { position: { line: 124, item: 6 }, label: "post 15", reason: "the post has no title" },
      {
        position: { line: 179, item: 11 },
        label: "Broken date",
        reason: 'the date "2024-13-45 10:00:00" in wp:post_date_gmt cannot be read',
      },
    ]);
  });

  it("goes by namespace URI, not prefix, and reads the encoding the file declares", async () => {
    const { stories } = await read("wordpress-prefixes.xml");
    expect(stories).toEqual([
      {
        format: "wordpress",
        sourceId: "http://legacy.example.com/?p=5",
        position: { line: 13, item: 1 },
        title: "Año nuevo",
        slug: "ano-nuevo",
        html: "<p>¡Feliz año!</p>",
        excerpt: "Año",
        // No wp: dates at all in this old export: pubDate is used.
        publishedAt: new Date("2014-01-01T10:00:00Z"),
        status: "published",
        url: "http://legacy.example.com/ano-nuevo/",
        authors: [{ sourceId: "pepe", name: "Pepe Pérez" }],
        topics: [],
        language: "es",
      },
    ]);
  });

  it("refuses a cut-short file, naming the line", async () => {
    const error = await read("wordpress-truncated.xml").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).line).toBe(59);
    expect((error as Error).message).toMatch(
      /^line 59, column \d+: the file ends before its XML is complete.*unclosed tag: wp:post_modified_gmt/,
    );
  });

  it("refuses files that are not WordPress exports", async () => {
    await expect(read("rss.xml")).rejects.toThrow("this is not a WordPress export: the file has no wp: namespace");
    await expect(read("atom.xml")).rejects.toThrow("this is not a WordPress export: its root element is <feed>");
    await expect(read("no-such-file.xml")).rejects.toThrow("the file cannot be opened (no such file)");
  });
});
