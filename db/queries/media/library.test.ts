import { DomainError } from "@/lib/domain-error";
import { transitionArticle } from "../articles/transitions";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db, tables } from "@/db/client";
import { mediaUrl } from "@/lib/media-url";
import { LocalDiskStorage, type MediaStorage } from "@/server/media-storage";
import { processUploadedImage } from "@/server/media/image-upload";
import { articleInput, countRows, createStaff, resetTestDatabase, thrownBy, refusal } from "@/test/database";
import type { StaffUser } from "../types";
import {
  createLibraryImage,
  deleteLibraryImage,
  getLibraryImage,
  libraryPageSize,
  listLibraryImages,
  replaceLibraryImage,
  updateImageDetails,
} from "./library";
import { findMediaUsage } from "./usage";
import { createArticle, updateArticle } from "../articles/saves";

let root: string;
let storage: MediaStorage;

beforeEach(async () => {
  await resetTestDatabase();
  root = await mkdtemp(path.join(tmpdir(), "heraldo-media-"));
  storage = new LocalDiskStorage(root);
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/** A cleaned upload, as the upload route hands it to the data layer. */
async function cleanFile(name = "photo.jpg", colour = "#336699") {
  const bytes = await sharp({ create: { width: 120, height: 80, channels: 3, background: colour } })
    .withExif({ IFD0: { Make: "LeakyCam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "40/1 25/1 0/1" } })
    .jpeg()
    .toBuffer();
  return { ...(await processUploadedImage(bytes)), originalName: name };
}

async function upload(actor: StaffUser, name?: string, details?: Parameters<typeof updateImageDetails>[2]) {
  const { id, storageKey } = await createLibraryImage(actor, await cleanFile(name), storage);
  if (details) await updateImageDetails(actor, id, details);
  return { id, storageKey };
}

async function auditActions(): Promise<string[]> {
  const rows = await db.select({ action: tables.auditLog.action }).from(tables.auditLog).orderBy(tables.auditLog.id);
  return rows.map((r) => r.action);
}

describe("uploading", () => {
  it("stores the cleaned file under the image's id, with its row and an audit entry", async () => {
    const writer = await createStaff("writer");
    const { id, storageKey } = await upload(writer, "Pleno del consejo.jpg");

    expect(storageKey).toMatch(new RegExp(`^library/${id}/[0-9a-f]{16}\\.jpg$`));
    const stored = await storage.get(storageKey);
    expect(stored).not.toBeNull();
    expect(stored!.includes(Buffer.from("Exif\0\0"))).toBe(false);
    expect(stored!.includes(Buffer.from("LeakyCam"))).toBe(false);
    expect(await sharp(stored!).metadata()).toMatchObject({ format: "jpeg", width: 120, height: 80 });

    const image = await getLibraryImage(writer, id);
    expect(image).toMatchObject({
      originalName: "Pleno del consejo.jpg",
      uploadedById: writer.id,
      src: mediaUrl(storageKey),
    });
    expect(await auditActions()).toEqual(["media.upload"]);
  });

  it("stores nothing when the file cannot be written", async () => {
    const writer = await createStaff("writer");
    const failing: MediaStorage = {
      put: async () => {
        throw new Error("disk full");
      },
      get: async () => null,
      remove: async () => undefined,
      keys: async function* () {},
    };
    await thrownBy(async () => createLibraryImage(writer, await cleanFile(), failing));
    expect(await countRows(tables.media)).toBe(0);
    expect(await countRows(tables.auditLog)).toBe(0);
  });
});

describe("browsing and searching", () => {
  it("finds images by alt text, caption, credit and file name, case-insensitively", async () => {
    const editor = await createStaff("editor");
    await upload(editor, "hospital.jpg", {
      alt: { es: "Fachada del hospital", en: "Hospital front" },
      caption: "",
      credit: "",
    });
    await upload(editor, "puerto.jpg", { alt: {}, caption: "Grúas en el puerto", credit: "" });
    await upload(editor, "rio.jpg", { alt: {}, caption: "", credit: "Agencia EFE" });
    await upload(editor, "Pleno_100%.png", { alt: {}, caption: "", credit: "" });

    const names = async (query: string) =>
      (await listLibraryImages(editor, { query })).items.map((i) => i.originalName).sort();
    expect(await names("HOSPITAL FRONT")).toEqual(["hospital.jpg"]);
    expect(await names("grúas")).toEqual(["puerto.jpg"]);
    expect(await names("efe")).toEqual(["rio.jpg"]);
    expect(await names("pleno_100%")).toEqual(["Pleno_100%.png"]);
    // Wildcards in the query are plain characters.
    expect(await names("%")).toEqual(["Pleno_100%.png"]);
    expect(await names("nada de esto")).toEqual([]);
    expect((await listLibraryImages(editor)).total).toBe(4);
  });

  it("pages the library newest first and clamps impossible pages", async () => {
    const writer = await createStaff("writer");
    const rows = Array.from({ length: libraryPageSize + 2 }, (_, i) => ({
      storageKey: `test/many-${i}.jpg`,
      mimeType: "image/jpeg",
      width: 10,
      height: 10,
      byteSize: 10,
      alt: {},
      originalName: `many-${i}.jpg`,
    }));
    await db.insert(tables.media).values(rows);
    const first = await listLibraryImages(writer, { page: 1 });
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: libraryPageSize + 2 });
    expect(first.items[0]?.originalName).toBe(`many-${libraryPageSize + 1}.jpg`);
    const second = await listLibraryImages(writer, { page: 99 });
    expect(second.page).toBe(2);
    expect(second.items.map((i) => i.originalName)).toEqual(["many-1.jpg", "many-0.jpg"]);
  });
});

describe("editing details", () => {
  it("lets the uploader and editors edit, but not another writer", async () => {
    const writer = await createStaff("writer");
    const otherWriter = await createStaff("writer");
    const editor = await createStaff("editor");
    const { id } = await upload(writer);

    await updateImageDetails(writer, id, { alt: { es: "  Una foto  ", en: "" }, caption: "Pie", credit: "Autor" });
    expect(await getLibraryImage(editor, id)).toMatchObject({
      alt: { es: "Una foto" },
      caption: "Pie",
      credit: "Autor",
    });
    expect(
      await thrownBy(() => updateImageDetails(otherWriter, id, { alt: { es: "Otra" }, caption: "", credit: "" })),
    ).toEqual(refusal("forbidden"));
    await updateImageDetails(editor, id, { alt: { es: "Una foto", en: "A photo" }, caption: "Pie", credit: "Autor" });
    expect((await getLibraryImage(otherWriter, id))?.alt).toEqual({ es: "Una foto", en: "A photo" });
  });
});

describe("replacing the file", () => {
  it("keeps the id and every use, swaps the file and removes the old one", async () => {
    const editor = await createStaff("editor");
    const { id, storageKey: oldKey } = await upload(editor, "old.jpg", {
      alt: { es: "Foto", en: "Photo" },
      caption: "",
      credit: "",
    });
    const { id: articleId } = await createArticle(editor, articleInput({ leadMediaId: id }));

    const replacement = { ...(await cleanFile("new.jpg", "#aa3311")), originalName: "new.jpg" };
    const { storageKey, usage } = await replaceLibraryImage(editor, id, replacement, storage);

    expect(storageKey).not.toBe(oldKey);
    expect(storageKey.startsWith(`library/${id}/`)).toBe(true);
    expect(await storage.get(oldKey)).toBeNull();
    expect(await storage.get(storageKey)).toEqual(replacement.data);
    expect(usage.articles.map((a) => a.id)).toEqual([articleId]);
    expect(await getLibraryImage(editor, id)).toMatchObject({ id, originalName: "new.jpg", alt: { es: "Foto" } });
    expect(await auditActions()).toEqual(["media.upload", "media.replace"]);
  });

  it("is refused to a writer for someone else's image, changing nothing", async () => {
    const editor = await createStaff("editor");
    const writer = await createStaff("writer");
    const { id, storageKey } = await upload(editor);
    expect(await thrownBy(async () => replaceLibraryImage(writer, id, await cleanFile(), storage))).toBeInstanceOf(
      DomainError,
    );
    expect((await getLibraryImage(editor, id))?.storageKey).toBe(storageKey);
    expect(await storage.get(storageKey)).not.toBeNull();
  });
});

describe("deleting", () => {
  it("deletes an unused image with its file and records it", async () => {
    const writer = await createStaff("writer");
    const { id, storageKey } = await upload(writer);
    await deleteLibraryImage(writer, id, storage);
    expect(await countRows(tables.media)).toBe(0);
    expect(await storage.get(storageKey)).toBeNull();
    expect(await auditActions()).toEqual(["media.upload", "media.delete"]);
  });

  it("refuses while the image is a lead image, inline in a body, an author photo or the logo, saying where", async () => {
    const editor = await createStaff("editor");
    const lead = await upload(editor, "lead.jpg");
    const inline = await upload(editor, "inline.jpg");
    const photo = await upload(editor, "photo.jpg");
    const logo = await upload(editor, "logo.png");
    const { id: leadArticle } = await createArticle(
      editor,
      articleInput({ title: "Con foto principal", leadMediaId: lead.id }),
    );
    const { id: bodyArticle } = await createArticle(
      editor,
      articleInput({
        title: "Con foto en el cuerpo",
        body: `<p>Texto</p><img src="${mediaUrl(inline.storageKey)}" alt="">`,
      }),
    );
    await db.update(tables.users).set({ photoMediaId: photo.id }).where(eq(tables.users.id, editor.id));
    await db.insert(tables.settings).values({ key: "logoMediaId", value: logo.id });

    // Refused, and the page that says where it is used finds each place.
    const refusedUsage = async (id: number) => {
      expect(await thrownBy(() => deleteLibraryImage(editor, id, storage))).toEqual(refusal("inUse", { count: 1 }));
      return findMediaUsage(db, id);
    };
    expect((await refusedUsage(lead.id)).articles).toEqual([
      { id: leadArticle, title: "Con foto principal", locale: "es", status: "draft", asLead: true, inBody: false },
    ]);
    expect((await refusedUsage(inline.id)).articles).toMatchObject([{ id: bodyArticle, asLead: false, inBody: true }]);
    expect((await refusedUsage(photo.id)).authors).toEqual([{ id: editor.id, name: editor.name }]);
    expect((await refusedUsage(logo.id)).siteLogo).toBe(true);

    expect(await countRows(tables.media)).toBe(4);
    for (const image of [lead, inline, photo, logo]) expect(await storage.get(image.storageKey)).not.toBeNull();
    expect((await auditActions()).filter((a) => a === "media.delete")).toEqual([]);
  });

  it("points inline body images at the new file, and still finds a stale copy of the old address", async () => {
    const editor = await createStaff("editor");
    const image = await upload(editor);
    const oldBody = `<figure><img src="${mediaUrl(image.storageKey)}" alt="x"></figure>`;
    const { id: articleId } = await createArticle(editor, articleInput({ body: oldBody }));
    const { storageKey } = await replaceLibraryImage(editor, image.id, await cleanFile("b.jpg", "#00ff00"), storage);

    const [row] = await db.select().from(tables.articles).where(eq(tables.articles.id, articleId));
    expect(row?.body).toContain(`src="${mediaUrl(storageKey)}" alt="x"`);
    expect(row?.body).not.toContain(mediaUrl(image.storageKey));
    expect(row?.version).toBe(1);

    // An editor who had the old version open saves it back: the image is still recognised.
    await db.update(tables.articles).set({ body: oldBody }).where(eq(tables.articles.id, articleId));
    expect((await findMediaUsage(db, image.id)).articles.map((a) => a.id)).toEqual([articleId]);
  });
});

describe("alt text before publication", () => {
  it("refuses to publish while the lead or an inline image lacks alt text in the article's language", async () => {
    const editor = await createStaff("editor");
    const lead = await upload(editor, "lead.jpg", { alt: { es: "Sólo en español" }, caption: "", credit: "" });
    const inline = await upload(editor, "grafico.png", { alt: { es: "Gráfico" }, caption: "", credit: "" });
    const { id } = await createArticle(
      editor,
      articleInput({
        locale: "en",
        leadMediaId: lead.id,
        body: `<p>Text</p><img src="${mediaUrl(inline.storageKey)}" alt="">`,
      }),
    );

    const error = await thrownBy(() => transitionArticle(editor, id, "publish"));
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).problems).toEqual(["imageAltMissing"]);
    expect((error as DomainError).missingAlt).toEqual([
      { mediaId: lead.id, name: "lead.jpg", locale: "en", place: "lead" },
      { mediaId: inline.id, name: "grafico.png", locale: "en", place: "body" },
    ]);
    const [row] = await db
      .select({ status: tables.articles.status })
      .from(tables.articles)
      .where(eq(tables.articles.id, id));
    expect(row?.status).toBe("draft");

    await updateImageDetails(editor, lead.id, { alt: { es: "Sólo en español", en: "Only" }, caption: "", credit: "" });
    await updateImageDetails(editor, inline.id, { alt: { es: "Gráfico", en: "Chart" }, caption: "", credit: "" });
    await transitionArticle(editor, id, "publish");
  });

  it("refuses to save a published article with a new image that lacks alt text, keeping the stored version", async () => {
    const editor = await createStaff("editor");
    const bare = await upload(editor, "bare.jpg");
    const input = articleInput({ locale: "es" });
    const { id } = await createArticle(editor, input);
    const { version } = await transitionArticle(editor, id, "publish");

    const error = await thrownBy(() =>
      updateArticle(editor, id, version, { ...input, body: `<img src="${mediaUrl(bare.storageKey)}" alt="">` }),
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).fields).toMatchObject({ body: "media.bodyAltMissing" });
    const [row] = await db
      .select({ version: tables.articles.version })
      .from(tables.articles)
      .where(eq(tables.articles.id, id));
    expect(row?.version).toBe(version);

    // A draft may hold such an image: the check is for what readers see.
    const { id: draft } = await createArticle(editor, articleInput({ leadMediaId: bare.id }));
    expect(draft).toBeGreaterThan(0);
  });
});
