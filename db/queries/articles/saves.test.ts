import { DomainError } from "@/lib/domain-error";
import { transitionArticle } from "./transitions";
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import {
  articleInput,
  countRows,
  createMedia,
  createStaff,
  createTopic,
  linkTranslations,
  readArticleRow,
  resetTestDatabase,
  thrownBy,
  refusal,
} from "@/test/database";
import { createArticle, updateArticle } from "./saves";
import { getArticleForEditing } from "./staff-reads";

beforeEach(resetTestDatabase);

async function linkRowCounts() {
  return {
    articles: await countRows(tables.articles),
    authors: await countRows(tables.articleAuthors),
    topics: await countRows(tables.articleTopics),
  };
}

describe("createArticle", () => {
  it("stores a draft with a sanitised body, the creator as author and the chosen topics", async () => {
    const writer = await createStaff("writer");
    const health = await createTopic({ es: ["Salud", "salud"], en: ["Health", "health"] });
    const economy = await createTopic({ es: ["Economía", "economia"], en: ["Economy", "economy"] });

    const { id } = await createArticle(
      writer,
      articleInput({
        title: "Vacunas en otoño",
        slug: "vacunas-en-otono",
        body:
          '<p>Texto <strong>clave</strong></p><script>alert("x")</script>' +
          '<img src="/media/a.jpg" onerror="alert(1)">' +
          '<a href="javascript:alert(1)">pulsa</a>',
        topicIds: [health, economy],
      }),
    );

    const row = await readArticleRow(id);
    expect(row.status).toBe("draft");
    expect(row.publishedAt).toBeNull();
    expect(row.version).toBe(1);
    expect(row.createdById).toBe(writer.id);
    expect(row.body).toContain("<p>Texto <strong>clave</strong></p>");
    expect(row.body).toContain('<img loading="lazy" src="/media/a.jpg" />');
    expect(row.body).not.toMatch(/script|alert|onerror|javascript:/i);

    const editing = await getArticleForEditing(writer, id);
    expect(editing?.authorIds).toEqual([writer.id]);
    expect([...(editing?.topicIds ?? [])].sort((a, b) => a - b)).toEqual([health, economy].sort((a, b) => a - b));
  });

  it("keeps the chosen authors in the order given instead of the creator", async () => {
    const editor = await createStaff("editor");
    const first = await createStaff("writer");
    const second = await createStaff("writer");

    const { id } = await createArticle(editor, articleInput({ authorIds: [second.id, first.id] }));

    const editing = await getArticleForEditing(editor, id);
    expect(editing?.authorIds).toEqual([second.id, first.id]);
  });

  it("refuses a slug already used in the same language and saves nothing", async () => {
    const writer = await createStaff("writer");
    const topic = await createTopic({ es: ["Salud", "salud"] });
    await createArticle(writer, articleInput({ locale: "es", slug: "mismo-slug", topicIds: [topic] }));
    const before = await linkRowCounts();

    const error = await thrownBy(() =>
      createArticle(writer, articleInput({ locale: "es", slug: "mismo-slug", topicIds: [topic] })),
    );

    expect(error).toEqual(refusal("invalid"));
    expect((error as DomainError).fields.slug).toBe("slugTaken");
    expect(await linkRowCounts()).toEqual(before);
  });

  it("allows the same slug in another language", async () => {
    const writer = await createStaff("writer");
    await createArticle(writer, articleInput({ locale: "es", slug: "covid-19" }));

    const { id } = await createArticle(writer, articleInput({ locale: "en", slug: "covid-19" }));

    const row = await readArticleRow(id);
    expect(row).toMatchObject({ locale: "en", slug: "covid-19" });
    expect(await countRows(tables.articles)).toBe(2);
  });

  it("reports unknown topic, author and media ids as field errors and saves nothing", async () => {
    const writer = await createStaff("writer");
    const topic = await createTopic({ es: ["Salud", "salud"] });

    const error = await thrownBy(() =>
      createArticle(writer, articleInput({ topicIds: [topic, 9999], authorIds: [writer.id, 8888], leadMediaId: 7777 })),
    );

    expect(error).toEqual(refusal("invalid"));
    expect((error as DomainError).fields).toEqual({
      topicIds: "unknownId",
      authorIds: "unknownId",
      leadMediaId: "unknownId",
    });
    expect(await linkRowCounts()).toEqual({ articles: 0, authors: 0, topics: 0 });
  });

  it("stores a repeated topic or author once", async () => {
    const writer = await createStaff("writer");
    const topic = await createTopic({ es: ["Salud", "salud"] });

    const { id } = await createArticle(
      writer,
      articleInput({ topicIds: [topic, topic], authorIds: [writer.id, writer.id] }),
    );

    const editing = await getArticleForEditing(writer, id);
    expect(editing?.topicIds).toEqual([topic]);
    expect(editing?.authorIds).toEqual([writer.id]);
  });

  it("accepts an existing lead image", async () => {
    const writer = await createStaff("writer");
    const mediaId = await createMedia();

    const { id } = await createArticle(writer, articleInput({ leadMediaId: mediaId }));

    expect((await readArticleRow(id)).leadMediaId).toBe(mediaId);
  });
});

describe("updateArticle", () => {
  it("saves an edit from the current version and bumps the version", async () => {
    const writer = await createStaff("writer");
    const input = articleInput({ title: "Primera versión" });
    const { id } = await createArticle(writer, input);

    const result = await updateArticle(writer, id, 1, {
      ...input,
      title: "Segunda versión",
      body: "<p>Nuevo</p><script>x()</script>",
    });

    expect(result).toMatchObject({ version: 2, locale: input.locale, slug: input.slug, status: "draft" });
    const row = await readArticleRow(id);
    expect(row.title).toBe("Segunda versión");
    expect(row.body).toBe("<p>Nuevo</p>");
    expect(row.version).toBe(2);
  });

  it("refuses a save from a stale version and leaves the row unchanged", async () => {
    const writer = await createStaff("writer");
    const input = articleInput({ title: "Original" });
    const { id } = await createArticle(writer, input);
    await updateArticle(writer, id, 1, { ...input, title: "Guardado por otra persona" });
    const before = await readArticleRow(id);

    const error = await thrownBy(() => updateArticle(writer, id, 1, { ...input, title: "Edición perdida" }));

    expect(error).toEqual(refusal("conflict"));
    expect((error as DomainError).currentVersion).toBe(2);
    expect(await readArticleRow(id)).toEqual(before);
  });

  it("forbids a writer from editing another writer's article", async () => {
    const owner = await createStaff("writer");
    const other = await createStaff("writer");
    const input = articleInput({ title: "De otra persona" });
    const { id } = await createArticle(owner, input);

    const error = await thrownBy(() => updateArticle(other, id, 1, { ...input, title: "Intrusión" }));

    expect(error).toEqual(refusal("forbidden"));
    expect((await readArticleRow(id)).title).toBe("De otra persona");
  });

  it("lets an editor edit a writer's article", async () => {
    const writer = await createStaff("writer");
    const editor = await createStaff("editor");
    const input = articleInput();
    const { id } = await createArticle(writer, input);

    await updateArticle(editor, id, 1, { ...input, title: "Corregido por edición" });

    expect((await readArticleRow(id)).title).toBe("Corregido por edición");
  });

  it("forbids a writer from editing their own article once it is published", async () => {
    const writer = await createStaff("writer");
    const editor = await createStaff("editor");
    const input = articleInput({ title: "Publicado" });
    const { id } = await createArticle(writer, input);
    await transitionArticle(editor, id, "publish");

    const error = await thrownBy(() => updateArticle(writer, id, 1, { ...input, title: "Cambio tardío" }));

    expect(error).toEqual(refusal("forbidden"));
    expect((await readArticleRow(id)).title).toBe("Publicado");
  });

  it("replaces the topics and authors with the ones saved", async () => {
    const editor = await createStaff("editor");
    const writer = await createStaff("writer");
    const health = await createTopic({ es: ["Salud", "salud"] });
    const economy = await createTopic({ es: ["Economía", "economia"] });
    const input = articleInput({ topicIds: [health], authorIds: [editor.id] });
    const { id } = await createArticle(editor, input);

    await updateArticle(editor, id, 1, { ...input, topicIds: [economy], authorIds: [writer.id, editor.id] });

    const editing = await getArticleForEditing(editor, id);
    expect(editing?.topicIds).toEqual([economy]);
    expect(editing?.authorIds).toEqual([writer.id, editor.id]);
  });

  it("refuses to take a slug another article uses in the language", async () => {
    const writer = await createStaff("writer");
    await createArticle(writer, articleInput({ slug: "ocupado" }));
    const input = articleInput({ slug: "libre" });
    const { id } = await createArticle(writer, input);

    const error = await thrownBy(() => updateArticle(writer, id, 1, { ...input, slug: "ocupado" }));

    expect((error as DomainError).fields).toEqual({ slug: "slugTaken" });
    expect((await readArticleRow(id)).slug).toBe("libre");
  });

  it("keeps the article's own slug without calling it taken", async () => {
    const writer = await createStaff("writer");
    const input = articleInput({ slug: "propio" });
    const { id } = await createArticle(writer, input);

    const result = await updateArticle(writer, id, 1, { ...input, summary: "Otro resumen" });

    expect(result.slug).toBe("propio");
  });

  it("reports a missing article", async () => {
    const editor = await createStaff("editor");

    await expect(updateArticle(editor, 12345, 1, articleInput())).rejects.toEqual(refusal("notFound"));
  });
});

describe("transitionArticle (the status buttons)", () => {
  it("forbids a writer from publishing or unpublishing, and the article stays a draft", async () => {
    const writer = await createStaff("writer");
    const { id } = await createArticle(writer, articleInput());

    await expect(transitionArticle(writer, id, "publish")).rejects.toEqual(refusal("forbidden"));
    await expect(transitionArticle(writer, id, "unpublish")).rejects.toEqual(refusal("forbidden"));

    const row = await readArticleRow(id);
    expect(row.status).toBe("draft");
    expect(row.publishedAt).toBeNull();
  });

  it("publishes for an editor, setting the publication time", async () => {
    const writer = await createStaff("writer");
    const editor = await createStaff("editor");
    const topic = await createTopic({ es: ["Salud", "salud"] });
    const { id } = await createArticle(writer, articleInput({ slug: "a-publicar", topicIds: [topic] }));
    const before = Date.now();

    const result = await transitionArticle(editor, id, "publish");

    expect(result).toEqual({
      locale: "es",
      slug: "a-publicar",
      status: "published",
      version: 2,
      topicIds: [topic],
      authorIds: [writer.id],
    });
    const row = await readArticleRow(id);
    expect(row.status).toBe("published");
    expect(row.publishedAt).toBeInstanceOf(Date);
    expect(row.publishedAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(row.publishedAt?.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it("unpublishes, and a republish keeps the first publication time", async () => {
    const editor = await createStaff("editor");
    const { id } = await createArticle(editor, articleInput());
    await transitionArticle(editor, id, "publish");
    const firstPublishedAt = new Date("2024-03-01T08:00:00.000Z");
    await db.update(tables.articles).set({ publishedAt: firstPublishedAt }).where(eq(tables.articles.id, id));

    await transitionArticle(editor, id, "unpublish");
    const unpublished = await readArticleRow(id);
    expect(unpublished.status).toBe("unpublished");

    await transitionArticle(editor, id, "publish");
    const republished = await readArticleRow(id);
    expect(republished.status).toBe("published");
    expect(republished.publishedAt?.toISOString()).toBe(firstPublishedAt.toISOString());
  });

  it("sends the owner's draft to review", async () => {
    const writer = await createStaff("writer");
    const { id } = await createArticle(writer, articleInput());

    const result = await transitionArticle(writer, id, "submit");

    expect(result.status).toBe("review");
    expect((await readArticleRow(id)).status).toBe("review");
  });

  it("forbids a writer from submitting another writer's draft", async () => {
    const owner = await createStaff("writer");
    const other = await createStaff("writer");
    const { id } = await createArticle(owner, articleInput());

    await expect(transitionArticle(other, id, "submit")).rejects.toEqual(refusal("forbidden"));
    expect((await readArticleRow(id)).status).toBe("draft");
  });

  it.each([
    { name: "unpublishing a draft", setup: [] as const, action: "unpublish" as const, status: "draft" },
    {
      name: "submitting an article in review",
      setup: ["submit"] as const,
      action: "submit" as const,
      status: "review",
    },
    {
      name: "submitting a published article",
      setup: ["publish"] as const,
      action: "submit" as const,
      status: "published",
    },
    {
      name: "publishing a published article",
      setup: ["publish"] as const,
      action: "publish" as const,
      status: "published",
    },
    {
      name: "unpublishing an unpublished article",
      setup: ["publish", "unpublish"] as const,
      action: "unpublish" as const,
      status: "unpublished",
    },
  ])("refuses $name as a bad transition and changes nothing", async ({ setup, action, status }) => {
    const editor = await createStaff("editor");
    const { id } = await createArticle(editor, articleInput());
    for (const step of setup) await transitionArticle(editor, id, step);
    const before = await readArticleRow(id);

    const error = await thrownBy(() => transitionArticle(editor, id, action));

    expect(error).toEqual(refusal("badTransition"));
    const after = await readArticleRow(id);
    expect(after.status).toBe(status);
    expect(after).toEqual(before);
  });

  it("reports a missing article", async () => {
    const editor = await createStaff("editor");

    await expect(transitionArticle(editor, 12345, "publish")).rejects.toEqual(refusal("notFound"));
  });
});

describe("concurrent saves", () => {
  it("two drafts created at the same moment are both saved", async () => {
    const editor = await createStaff("editor");
    const results = await Promise.allSettled([
      createArticle(editor, articleInput()),
      createArticle(editor, articleInput()),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(await countRows(tables.articles)).toBe(2);
  });

  it("two drafts racing for one slug: one is saved, the other gets the slug field error", async () => {
    const editor = await createStaff("editor");
    const results = await Promise.allSettled([
      createArticle(editor, articleInput({ slug: "mismo-slug" })),
      createArticle(editor, articleInput({ slug: "mismo-slug" })),
    ]);
    const refused = results.filter((r) => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const reason = (refused[0] as PromiseRejectedResult).reason;
    expect(reason).toEqual(refusal("invalid"));
    expect((reason as DomainError).fields.slug).toBe("slugTaken");
    expect(await countRows(tables.articles)).toBe(1);
  });

  it("two editors publishing the same draft at once publish it once", async () => {
    const editor = await createStaff("editor");
    const { id } = await createArticle(editor, articleInput());
    const results = await Promise.allSettled([
      transitionArticle(editor, id, "publish"),
      transitionArticle(editor, id, "publish"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await readArticleRow(id)).status).toBe("published");
  });
});

describe("moving an article to a language its story already has", () => {
  it("is refused on the language field and changes nothing", async () => {
    const editor = await createStaff("editor");
    const es = await createArticle(editor, articleInput({ locale: "es" }));
    const en = await createArticle(editor, articleInput({ locale: "en" }));
    await linkTranslations(es.id, en.id);
    const error = await thrownBy(() => updateArticle(editor, es.id, 1, articleInput({ locale: "en" })));
    expect(error).toEqual(refusal("invalid"));
    expect((error as DomainError).fields.locale).toBe("translationExists");
    expect((await readArticleRow(es.id)).locale).toBe("es");
  });
});

describe("updateArticle's previous footprint", () => {
  it("names the address, topics and authors the article had before the edit", async () => {
    const editor = await createStaff("editor");
    const writer = await createStaff("writer");
    const oldTopic = await createTopic({ es: ["Viejo", "viejo"] });
    const newTopic = await createTopic({ es: ["Nuevo", "nuevo"] });
    const { id } = await createArticle(
      editor,
      articleInput({ slug: "antes", topicIds: [oldTopic], authorIds: [writer.id] }),
    );
    const saved = await updateArticle(
      editor,
      id,
      1,
      articleInput({ slug: "despues", topicIds: [newTopic], authorIds: [editor.id] }),
    );
    expect(saved.previous).toEqual({ locale: "es", slug: "antes", topicIds: [oldTopic], authorIds: [writer.id] });
    expect(saved.slug).toBe("despues");
  });
});
