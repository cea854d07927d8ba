/**
 * Topic and author feeds read in listing-index order and stop at the feed's length; their page
 * counts follow the topic's or author's own links and never read an article row. SQLite's plans
 * are checked (its planner would otherwise walk or sort the whole language); PostgreSQL's
 * results are checked to match.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createStaff, createTopic, resetTestDatabase } from "@/test/database";
import { generateArticles, sqlitePlan, planTest } from "@/test/query-plans";
import { feedQuery, listFeedArticles } from "./feeds";
import { linkedCountQuery } from "./articles";

const generated = 3_000;
let topicId = 0;
let userId = 0;

describe("topic and author feeds and counts on generated data", () => {
  beforeAll(async () => {
    await resetTestDatabase();
    userId = (await createStaff("editor")).id;
    topicId = await createTopic({ es: ["Salud", "salud"], en: ["Health", "health"] });
    await generateArticles(generated, topicId, userId);
  });

  planTest("sqlite")("SQLite: a feed walks the listing index, probing the link by key", async () => {
    const scopes = [
      { plan: await sqlitePlan(feedQuery({ kind: "topic", locale: "es", topicId }).getSQL()), table: "article_topics" },
      {
        plan: await sqlitePlan(feedQuery({ kind: "author", locale: "es", userId }).getSQL()),
        table: "article_authors",
      },
    ];
    for (const { plan, table } of scopes) {
      const details = plan.join("\n");
      expect(details).toMatch(/SEARCH articles USING COVERING INDEX articles_listing \(locale=\? AND status=\?\)/);
      expect(details).toMatch(new RegExp(`SEARCH ${table} USING (COVERING INDEX|PRIMARY KEY|INDEX) sqlite_autoindex`));
      expect(details).toMatch(/SEARCH articles USING INTEGER PRIMARY KEY/);
      expect(details).not.toMatch(/SCAN articles/);
      // Only the feed's own rows are sorted, after the walk.
      expect(details.match(/TEMP B-TREE/g) ?? []).toHaveLength(1);
    }
  });

  planTest("sqlite")("SQLite: a count reads the link index and the published-id index only", async () => {
    for (const [listing, table] of [
      [{ by: "topic", topicId }, "article_topics"],
      [{ by: "author", userId }, "article_authors"],
    ] as const) {
      const plan = await sqlitePlan(linkedCountQuery("es", listing).getSQL());
      // The link table drives: here every link is the one topic's or author's, so a scan of it
      // costs what its index would; with more topics the planner takes the (topic, article) index.
      expect(plan[0]).toMatch(new RegExp(`^(SCAN|SEARCH) ${table}\\b`));
      // One probe by id per link: on these small rows the planner takes the primary key; on
      // full-size articles (100,000 in the scale copy) the covering articles_published_id index.
      expect(plan[1]).toMatch(
        /SEARCH articles USING (COVERING INDEX articles_published_id \(status=\? AND id=\?|INTEGER PRIMARY KEY)/,
      );
      expect(plan).toHaveLength(2);
    }
  });

  it("counts and lists the published articles in the language", async () => {
    // generateArticles: nine in ten Spanish (n % 10 != 1), one in ten a draft (n % 10 = 0).
    const spanishPublished = generated * 0.8;
    for (const listing of [{ by: "topic", topicId } as const, { by: "author", userId } as const]) {
      expect(await linkedCountQuery("es", listing)).toEqual([{ total: spanishPublished }]);
    }
    const feed = await listFeedArticles({ kind: "author", locale: "es", userId });
    expect(feed).toHaveLength(30);
    const times = feed.map((article) => Date.parse(article.publishedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(feed[0]?.slug).toBe("generated-2");
  });
});
