/**
 * The scheduler asks every few seconds which articles are due. On an archive of published
 * articles the "due to come down" question must be answered from its own index, not by reading
 * every published row (it once cost 0.7 s of event loop at 100,000 articles).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createStaff, resetTestDatabase } from "@/test/database";
import { generateArticles, pgPlan, sqlitePlan } from "@/test/query-plans";
import { db, family, tables } from "@/db/client";
import { duePublicationsQuery, dueUnpublicationsQuery } from "./scheduled-changes";

describe("the scheduler's queries on a large archive", () => {
  beforeAll(async () => {
    await resetTestDatabase();
    const [topic] = await db.insert(tables.topics).values({}).returning({ id: tables.topics.id });
    const writer = await createStaff("writer");
    await generateArticles(3_000, topic!.id, writer.id);
  });

  for (const [name, query] of [
    ["due publications", duePublicationsQuery],
    ["due unpublications", dueUnpublicationsQuery],
  ] as const) {
    it(`finds ${name} from the index on status and time`, async () => {
      const statement = query(new Date()).getSQL();
      const index = name === "due publications" ? "articles_scheduled_publish" : "articles_scheduled_unpublish";
      if (family === "sqlite") {
        const plan = (await sqlitePlan(statement)).join("\n");
        expect(plan).toMatch(new RegExp(`USING (COVERING )?INDEX ${index} \\(status=\\? AND`));
        return;
      }
      expect(await pgPlan(statement, true)).toMatch(new RegExp(`Index (Only )?Scan using ${index}`));
    });
  }
});
