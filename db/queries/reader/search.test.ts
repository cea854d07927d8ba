import { transitionArticle } from "../articles/transitions";
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import { articleInput, createStaff, createTopic, resetTestDatabase } from "@/test/database";
import { createArticle, updateArticle } from "../articles/saves";
import { highlightEnd, highlightStart } from "@/lib/highlight";
import { searchArticles, searchPageSize } from "./search";
import { readSearchParams } from "@/lib/validation/search-params";
import type { StaffUser } from "../types";

let editor: StaffUser;

async function published(overrides: Parameters<typeof articleInput>[0]) {
  const { id } = await createArticle(editor, articleInput(overrides));
  await transitionArticle(editor, id, "publish");
  return id;
}

const titles = async (locale: string, text: string, filters = {}) =>
  (await searchArticles(locale, text, filters, 1))?.items.map((hit) => hit.title) ?? [];

beforeEach(async () => {
  await resetTestDatabase();
  editor = await createStaff("editor");
});

describe("searchArticles", () => {
  it("folds accents: 'comunicacion' finds 'comunicación'", async () => {
    await published({ title: "Plan de comunicación pública", body: "<p>La comunicación institucional mejora.</p>" });
    expect(await titles("es", "comunicacion")).toEqual(["Plan de comunicación pública"]);
  });

  it("stems English: 'communications' finds 'communication'", async () => {
    await published({ locale: "en", title: "A new communication strategy", body: "<p>Better communication.</p>" });
    expect(await titles("en", "communications")).toEqual(["A new communication strategy"]);
  });

  it("stems Spanish plurals: 'energías' finds 'energía'", async () => {
    await published({ title: "Ayudas a la energía solar", body: "<p>La energía del sol.</p>" });
    expect(await titles("es", "energías")).toEqual(["Ayudas a la energía solar"]);
  });

  it("finds words in the body and ranks title matches first", async () => {
    await published({ title: "Presupuestos del año", body: "<p>Incluye una partida para bibliotecas.</p>" });
    await published({ title: "Nuevas bibliotecas rurales", body: "<p>Abren cinco salas.</p>" });
    expect(await titles("es", "bibliotecas")).toEqual(["Nuevas bibliotecas rurales", "Presupuestos del año"]);
  });

  it("returns a snippet with the match highlighted", async () => {
    await published({ title: "Agua", body: "<p>El embalse de la sierra alcanzó su máximo histórico este otoño.</p>" });
    const [hit] = (await searchArticles("es", "embalse", {}, 1))?.items ?? [];
    expect(hit?.snippet).toContain(`${highlightStart}embalse${highlightEnd}`);
  });

  it("finds only published articles in the reader's language", async () => {
    await published({ title: "Puerto publicado" });
    await createArticle(editor, articleInput({ title: "Puerto en borrador" }));
    const unpublished = await published({ title: "Puerto retirado" });
    await transitionArticle(editor, unpublished, "unpublish");
    await published({ locale: "en", title: "Puerto in English" });
    expect(await titles("es", "puerto")).toEqual(["Puerto publicado"]);
  });

  it("keeps the index in step with edits", async () => {
    const id = await published({ title: "Título original" });
    const [row] = await db
      .select({ version: tables.articles.version })
      .from(tables.articles)
      .where(eq(tables.articles.id, id));
    await updateArticle(editor, id, row?.version ?? 0, articleInput({ title: "Título cambiado", slug: "cambiado" }));
    expect(await titles("es", "original")).toEqual([]);
    expect(await titles("es", "cambiado")).toEqual(["Título cambiado"]);
  });

  it("filters by topic and by date", async () => {
    const health = await createTopic({ es: ["Salud", "salud"] });
    await published({ title: "Vacunas en otoño", topicIds: [health] });
    await published({ title: "Vacunas para mascotas" });
    expect(await titles("es", "vacunas", { topicId: health })).toEqual(["Vacunas en otoño"]);
    const tomorrow = new Date(Date.now() + 86_400_000);
    expect(await titles("es", "vacunas", { from: tomorrow })).toEqual([]);
    expect((await titles("es", "vacunas", { to: tomorrow })).length).toBe(2);
  });

  it("answers every date a reader can type, on either database, and names the ones it left out", async () => {
    await published({ title: "Vacunas en otoño" });
    const search = (from: string, to: string) => {
      const query = readSearchParams({ q: "vacunas", from, to });
      return searchArticles("es", query.q, { from: query.from, to: query.to }, 1).then((results) => ({
        found: results?.items.map((hit) => hit.title),
        invalid: query.invalidDates,
      }));
    };
    const found = { found: ["Vacunas en otoño"], invalid: [] };
    // The extremes of the range are real days, and the range covers every article.
    expect(await search("0001-01-01", "9999-12-31")).toEqual(found);
    expect(await search("", "9999-12-31")).toEqual(found);
    expect(await search("9999-12-31", "")).toEqual({ found: [], invalid: [] });
    // Outside it, or not a real day: the filter is left out and the reader is told.
    expect(await search("0000-01-01", "")).toEqual({ ...found, invalid: ["from"] });
    expect(await search("0000-01-01", "10000-01-01")).toEqual({ ...found, invalid: ["from", "to"] });
    expect(await search("2026-02-30", "2026-13-01")).toEqual({ ...found, invalid: ["from", "to"] });
    expect(await search("tomorrow", "-0001-01-01")).toEqual({ ...found, invalid: ["from", "to"] });
  });

  it("pages through results and refuses pages past the end", async () => {
    for (let i = 0; i < searchPageSize + 3; i += 1) await published({ title: `Informe anual número ${i}` });
    const first = await searchArticles("es", "informe", {}, 1);
    const second = await searchArticles("es", "informe", {}, 2);
    expect(first?.items).toHaveLength(searchPageSize);
    expect(second?.items).toHaveLength(3);
    expect(first?.pageCount).toBe(2);
    expect(await searchArticles("es", "informe", {}, 3)).toBeNull();
  });

  const hostile = [
    '"',
    '"unbalanced',
    "*",
    "NEAR",
    "a NEAR b",
    "OR",
    "x OR y",
    "(",
    "())",
    "' OR 1=1; DROP TABLE articles; --",
    "-",
    "^",
    "title:foo",
    "\u0000",
    "!!!???",
    "comunicación".repeat(200),
  ];
  for (const text of hostile) {
    it(`answers ${JSON.stringify(text.slice(0, 30))} without an error`, async () => {
      await published({ title: "Noticia cualquiera" });
      const result = await searchArticles("es", text, {}, 1);
      expect(result).not.toBeNull();
      expect(Array.isArray(result?.items)).toBe(true);
    });
  }
});
