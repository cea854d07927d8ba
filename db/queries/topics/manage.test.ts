import { DomainError } from "@/lib/domain-error";
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db, tables } from "../../client";
import {
  articleInput,
  countRows,
  createStaff,
  createTopic as insertTopic,
  publishedAt,
  resetTestDatabase,
  thrownBy,
  refusal,
} from "@/test/database";
import { createArticle } from "../articles/saves";
import {
  createTopic,
  deleteTopic,
  getStaffTopic,
  listStaffTopics,
  mergeTopics,
  updateTopic,
  type TopicInput,
} from "./manage";
import { getTopicBySlug, resolveTopicRedirect } from "./reads";

function input(es: [string, string], en: [string, string], frontPagePosition: number | null = null): TopicInput {
  return {
    frontPagePosition,
    translations: {
      es: { name: es[0], slug: es[1], description: "" },
      en: { name: en[0], slug: en[1], description: "" },
    },
  };
}

async function auditActions(): Promise<string[]> {
  const rows = await db.select({ action: tables.auditLog.action }).from(tables.auditLog).orderBy(tables.auditLog.id);
  return rows.map((r) => r.action);
}

async function topicsOf(articleId: number): Promise<number[]> {
  const rows = await db
    .select({ topicId: tables.articleTopics.topicId })
    .from(tables.articleTopics)
    .where(eq(tables.articleTopics.articleId, articleId));
  return rows.map((r) => r.topicId).sort();
}

describe("managing topics", () => {
  beforeEach(resetTestDatabase);

  it("creates a topic named in every language, and audits it", async () => {
    const editor = await createStaff("editor");
    const { id } = await createTopic(editor, input(["Salud", "salud"], ["Health", "health"], 2));
    expect(await getStaffTopic(editor, id)).toMatchObject({
      frontPagePosition: 2,
      translations: { es: { name: "Salud", slug: "salud" }, en: { name: "Health", slug: "health" } },
    });
    expect(await auditActions()).toEqual(["topic.create"]);
  });

  it("refuses a slug another topic uses in that language, naming the field", async () => {
    const editor = await createStaff("editor");
    await insertTopic({ es: ["Salud", "salud"], en: ["Health", "health"] });
    const error = await thrownBy(() => createTopic(editor, input(["Sanidad", "salud"], ["Healthcare", "healthcare"])));
    expect(error).toEqual(refusal("invalid"));
    expect((error as DomainError).fields).toEqual({ "slug.es": "slugTaken" });
    expect(await countRows(tables.topics)).toBe(1);
    expect(await auditActions()).toEqual([]);
  });

  it("lists topics with their article counts per language", async () => {
    const editor = await createStaff("editor");
    const health = await insertTopic({ es: ["Salud", "salud"], en: ["Health", "health"] });
    await createArticle(editor, articleInput({ topicIds: [health] }));
    await createArticle(editor, articleInput({ topicIds: [health], locale: "en" }));
    await createArticle(editor, articleInput({ topicIds: [health] }));
    const [row] = await listStaffTopics(editor, "es");
    expect(row).toMatchObject({ id: health, articleCounts: { es: 2, en: 1 } });
  });

  it("a changed slug leaves a permanent redirect from the old address", async () => {
    const editor = await createStaff("editor");
    const id = await insertTopic({ es: ["Salud", "salud"], en: ["Health", "health"] });
    const footprint = await updateTopic(editor, id, input(["Sanidad", "sanidad"], ["Health", "health"]));
    expect(await getTopicBySlug("es", "salud")).toBeNull();
    expect(await resolveTopicRedirect("es", "salud")).toBe("sanidad");
    expect(await resolveTopicRedirect("en", "health")).toBeNull();
    expect(footprint.topicPages).toEqual(
      expect.arrayContaining([
        { locale: "es", slug: "salud" },
        { locale: "es", slug: "sanidad" },
      ]),
    );
    const [entry] = await db.select().from(tables.auditLog);
    expect(entry?.action).toBe("topic.update");
    expect(entry?.summary).toContain("salud → sanidad");

    // Renaming back: the live topic wins over the old redirect, and no address loops.
    await updateTopic(editor, id, input(["Salud", "salud"], ["Health", "health"]));
    expect((await getTopicBySlug("es", "salud"))?.id).toBe(id);
    expect(await resolveTopicRedirect("es", "sanidad")).toBe("salud");
  });

  it("merges A into B: articles move without duplicates, A goes, A's addresses lead to B", async () => {
    const editor = await createStaff("editor");
    const a = await insertTopic({ es: ["Sanidad", "sanidad"], en: ["Healthcare", "healthcare"] });
    const b = await insertTopic({ es: ["Salud", "salud"], en: ["Health", "health"] });
    await updateTopic(editor, a, input(["Sanidad", "sanidad-publica"], ["Healthcare", "healthcare"]));
    const onlyA = await publishedAt(editor, new Date("2026-01-01T10:00:00Z"), { topicIds: [a] });
    const both = await publishedAt(editor, new Date("2026-01-02T10:00:00Z"), { topicIds: [a, b] });

    const footprint = await mergeTopics(editor, a, b);

    expect(await topicsOf(onlyA.id)).toEqual([b]);
    expect(await topicsOf(both.id)).toEqual([b]);
    expect(await db.select().from(tables.topics).where(eq(tables.topics.id, a))).toEqual([]);
    expect(await resolveTopicRedirect("es", "sanidad-publica")).toBe("salud");
    expect(await resolveTopicRedirect("es", "sanidad")).toBe("salud");
    expect(await resolveTopicRedirect("en", "healthcare")).toBe("health");
    expect(footprint.articlePages.map((p) => p.slug).sort()).toEqual([onlyA.slug, both.slug].sort());
    expect((await auditActions()).filter((action) => action === "topic.merge")).toHaveLength(1);
  });

  it("refuses to delete a topic in use, saying how many articles use it", async () => {
    const editor = await createStaff("editor");
    const id = await insertTopic({ es: ["Salud", "salud"], en: ["Health", "health"] });
    await publishedAt(editor, new Date("2026-01-01T10:00:00Z"), { topicIds: [id] });
    await publishedAt(editor, new Date("2026-01-02T10:00:00Z"), { topicIds: [id] });
    const error = await thrownBy(() => deleteTopic(editor, id));
    expect(error).toEqual(refusal("inUse"));
    expect((error as DomainError).count).toBe(2);
    expect(await countRows(tables.topics)).toBe(1);
  });

  it("deletes an unused topic and its old addresses", async () => {
    const editor = await createStaff("editor");
    const id = await insertTopic({ es: ["Salud", "salud"], en: ["Health", "health"] });
    await updateTopic(editor, id, input(["Sanidad", "sanidad"], ["Health", "health"]));
    await deleteTopic(editor, id);
    expect(await countRows(tables.topics)).toBe(0);
    expect(await countRows(tables.topicRedirects)).toBe(0);
    expect(await auditActions()).toEqual(["topic.update", "topic.delete"]);
  });

  it("refuses writers", async () => {
    const writer = await createStaff("writer");
    expect(await thrownBy(() => createTopic(writer, input(["Salud", "salud"], ["Health", "health"])))).toBeInstanceOf(
      DomainError,
    );
    expect(await thrownBy(() => listStaffTopics(writer, "es"))).toEqual(refusal("forbidden"));
  });
});
