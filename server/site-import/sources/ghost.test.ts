import path from "node:path";
import { describe, expect, it } from "vitest";
import type { SourceProblem, SourceStory } from "../source-story";
import { readGhost, type GhostOptions } from "./ghost";
import { ImportFileError } from "./import-file-error";

const fixtures = path.resolve(import.meta.dirname, "../fixtures");

async function read(name: string, options?: GhostOptions) {
  const stories: SourceStory[] = [];
  const problems: SourceProblem[] = [];
  for await (const record of readGhost(path.join(fixtures, name), options)) {
    if (record.kind === "story") stories.push(record.story);
    else problems.push(record.problem);
  }
  return { stories, problems, bySlug: (slug: string) => stories.find((story) => story.slug === slug) };
}

const ana = {
  sourceId: "1",
  name: "Ana García",
  email: "ana@old.example.com",
  slug: "ana",
  bio: "City hall reporter.",
};
const john = { sourceId: "65e5a10000000000000000b2", name: "John Smith", email: "john@old.example.com", slug: "john" };

describe("Ghost export reader", () => {
  it("reads posts (not pages) with their fields, authors and tags met later in the file", async () => {
    const { stories } = await read("ghost.json", { siteUrl: "https://news.example.com/" });
    expect(stories.map((story) => story.slug)).toEqual([
      "council-approves-the-budget",
      "notas-para-la-proxima-semana",
      "floods",
    ]);
    expect(stories[0]).toEqual({
      format: "ghost",
      sourceId: "65e5a1000000000000000001",
      position: { item: 1 },
      title: "Council approves the budget",
      slug: "council-approves-the-budget",
      // __GHOST_URL__ becomes the site's address, in the HTML too.
      html: '<p>The council approved the <strong>2024 budget</strong>.</p><a href="https://news.example.com/elections/">Elections</a>',
      excerpt: "The budget passed.",
      publishedAt: new Date("2024-03-02T09:30:00.000Z"),
      updatedAt: new Date("2024-03-03T11:00:00.000Z"),
      status: "published",
      url: "https://news.example.com/council-approves-the-budget/",
      authors: [ana],
      // In posts_tags order; the internal #featured tag is not a topic.
      topics: ["News", "Budget"],
      featureImage: {
        url: "https://news.example.com/content/images/2024/03/council.jpg",
        alt: "The council building at dusk",
      },
      // The site's locale setting, as the post says none.
      language: "en",
    });
  });

  it("keeps Ghost's placeholders when the site's address is unknown", async () => {
    const { bySlug } = await read("ghost.json");
    const story = bySlug("council-approves-the-budget");
    expect(story?.featureImage?.url).toBe("__GHOST_URL__/content/images/2024/03/council.jpg");
    expect(story?.url).toBeUndefined();
  });

  it("reads a draft with two authors in their order and its own locale", async () => {
    const { bySlug } = await read("ghost.json");
    const draft = bySlug("notas-para-la-proxima-semana");
    expect(draft).toMatchObject({ status: "draft", language: "es", authors: [ana, john] });
    expect(draft?.publishedAt).toBeUndefined();
    expect(draft?.excerpt).toBeUndefined();
  });

  it("reads a scheduled post with a canonical URL, and passes scripts through untouched", async () => {
    const { bySlug } = await read("ghost.json", { siteUrl: "https://news.example.com" });
    const floods = bySlug("floods");
    expect(floods).toMatchObject({
      status: "scheduled",
      publishedAt: new Date("2024-04-01T09:00:00.000Z"),
      url: "https://partner.example.org/floods",
      authors: [john],
      topics: [],
    });
    expect(floods?.html).toBe('<p onclick="steal()">Latest.</p><script>alert(1)</script>');
  });

  it("reports posts without HTML, with a bad date or without a title, by position", async () => {
    const { problems } = await read("ghost.json");
    expect(problems).toEqual([
      {
        position: { item: 3 },
        label: "An old mobiledoc story",
        reason: "the post has no HTML version, only Ghost's editor format (mobiledoc or lexical)",
      },
      { position: { item: 6 }, label: "Bad date", reason: 'the date "last Tuesday" in published_at cannot be read' },
      { position: { item: 7 }, label: "65e5a1000000000000000007", reason: "the post has no title" },
    ]);
  });

  it("reads old exports: data at the top level, numeric ids and dates, author_id, page flag", async () => {
    const { stories } = await read("ghost-legacy.json");
    expect(stories).toEqual([
      {
        format: "ghost",
        sourceId: "1",
        position: { item: 1 },
        title: "Welcome to Ghost",
        slug: "welcome-to-ghost",
        html: "<p>Hello</p>",
        publishedAt: new Date("2015-01-01T00:00:00.000Z"),
        updatedAt: new Date("2015-01-01T00:00:00.000Z"),
        status: "published",
        authors: [{ sourceId: "1", name: "Old Editor", email: "editor@old.example.com", slug: "old-editor" }],
        topics: [],
        language: "en",
      },
    ]);
  });

  it("refuses a cut-short export, saying where it stopped", async () => {
    const error = await read("ghost-truncated.json.broken").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toBe(
      "near character 1499 (line 36): the file ends before its JSON is complete, it may have been cut short (inside db[0].data.posts[1])",
    );
  });

  it("refuses malformed JSON, saying where", async () => {
    const error = await read("ghost-malformed.json.broken").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).character).toBeGreaterThan(0);
    expect((error as ImportFileError).line).toBe(70);
    expect((error as Error).message).toMatch(
      /^near character \d+ \(line 70\): the file is not valid JSON \(the parser cannot parse input: expected ','\) \(inside db\[0\]\.data\.posts\[4\]\)$/,
    );
  });

  it("refuses files that are not Ghost exports", async () => {
    await expect(read("rss.xml")).rejects.toThrow(ImportFileError);
    await expect(read("rss.xml")).rejects.toThrow("the file is not valid JSON");
  });
});
