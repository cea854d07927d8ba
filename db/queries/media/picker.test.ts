/** The image picker's reads: search by name, alt text, caption or credit, in pages; one image by id. */
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db, tables } from "@/db/client";
import { createMedia, createStaff, resetTestDatabase } from "@/test/database";
import { getPickerImage, pickerPageSize, searchPickerImages } from "./picker";

beforeEach(async () => {
  await resetTestDatabase();
});

async function named(id: number, originalName: string, extra: { caption?: string; credit?: string } = {}) {
  await db
    .update(tables.media)
    .set({ originalName, ...extra })
    .where(eq(tables.media.id, id));
}

describe("searchPickerImages", () => {
  it("finds library images by alt text, in pages, newest first", async () => {
    const writer = await createStaff("writer");
    const ids: number[] = [];
    for (let i = 0; i < pickerPageSize + 2; i += 1)
      ids.push(await createMedia({ es: `Puerto ${i}`, en: `Harbour ${i}` }));
    const other = await createMedia({ es: "Montaña", en: "Mountain" });

    const first = await searchPickerImages(writer, { query: "puerto", page: 1, locale: "es" });
    expect(first.total).toBe(pickerPageSize + 2);
    expect(first.pageCount).toBe(2);
    expect(first.items.map((image) => image.id)).toEqual([...ids].reverse().slice(0, pickerPageSize));
    expect(first.items[0]?.alt).toBe(`Puerto ${pickerPageSize + 1}`);
    expect(first.items[0]?.src).toMatch(/^\/media\//);
    const second = await searchPickerImages(writer, { query: "HARBOUR", page: 2, locale: "en" });
    expect(second.items.map((image) => image.id)).toEqual([ids[1], ids[0]]);

    const all = await searchPickerImages(writer, { query: "", page: 1, locale: "es" });
    expect(all.items[0]?.id).toBe(other);
    expect(all.items).toHaveLength(pickerPageSize);
    // LIKE wildcards in the query are taken literally.
    expect((await searchPickerImages(writer, { query: "%", page: 1, locale: "es" })).total).toBe(0);
    // A page past the end gives the last page.
    expect((await searchPickerImages(writer, { query: "puerto", page: 99, locale: "es" })).page).toBe(2);
  });

  it("names each image by its uploaded file name and finds it by that name, caption or credit", async () => {
    const editor = await createStaff("editor");
    const harbour = await createMedia({});
    await named(harbour, "Puerto_de_Vigo-2027.JPG");
    const market = await createMedia({ es: "Mercado" });
    await named(market, "", { caption: "Mercado de abastos", credit: "Agencia Sur" });

    const byName = await searchPickerImages(editor, { query: "vigo-2027", page: 1, locale: "en" });
    expect(byName.items.map((image) => [image.id, image.name, image.alt])).toEqual([
      [harbour, "Puerto_de_Vigo-2027.JPG", ""],
    ]);
    // Underscore is a LIKE wildcard: taken literally, it still finds the name that has one.
    expect((await searchPickerImages(editor, { query: "puerto_de", page: 1, locale: "es" })).total).toBe(1);
    expect((await searchPickerImages(editor, { query: "puertoxde", page: 1, locale: "es" })).total).toBe(0);

    const byCredit = await searchPickerImages(editor, { query: "agencia sur", page: 1, locale: "es" });
    // Without an uploaded name, the storage key's last part stands in (never the whole path).
    expect(byCredit.items.map((image) => [image.id, image.name])).toEqual([
      [market, expect.stringMatching(/^[^/]+\.jpg$/)],
    ]);
    expect((await searchPickerImages(editor, { query: "ABASTOS", page: 1, locale: "es" })).total).toBe(1);
  });

  it("never lists files that are not images", async () => {
    const admin = await createStaff("admin");
    const pdf = await createMedia({ es: "Informe" });
    await db.update(tables.media).set({ mimeType: "application/pdf" }).where(eq(tables.media.id, pdf));
    expect((await searchPickerImages(admin, { query: "informe", page: 1, locale: "es" })).total).toBe(0);
    expect(await getPickerImage(admin, pdf, "es")).toBeNull();
  });
});

describe("getPickerImage", () => {
  it("gives one image with its name and alt text in the asked language, or null when it is gone", async () => {
    const writer = await createStaff("writer");
    const id = await createMedia({ es: "Faro al amanecer", en: "Lighthouse at dawn" });
    await named(id, "faro.png", { caption: "El faro", credit: "Ana Pérez" });
    expect(await getPickerImage(writer, id, "en")).toEqual({
      id,
      src: expect.stringMatching(/^\/media\//),
      width: 1600,
      height: 900,
      alt: "Lighthouse at dawn",
      caption: "El faro",
      credit: "Ana Pérez",
      name: "faro.png",
    });
    expect((await getPickerImage(writer, id, "fr"))?.alt).toBe("Faro al amanecer");
    expect(await getPickerImage(writer, id + 1000, "es")).toBeNull();
  });
});
