/**
 * The media library as the newsroom manages it: browse and search, upload, edit details, replace
 * the file, delete. Access rule: every export takes the acting staff user and checks the
 * permission table itself (`media.upload` to browse and upload; changing or deleting an image
 * needs `media.manage` or having uploaded it). Files go through the media storage interface only.
 */
import { DomainError } from "@/lib/domain-error";
import { createHash, randomUUID } from "node:crypto";
import { count, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { assertCan, canManageMedia } from "@/lib/permissions";
import { locales } from "@/lib/locales";
import { mediaUrl } from "@/lib/media-url";
import type { MediaStorage } from "@/server/media-storage";
import { db, tables, type Executor } from "../../client";
import { jsonAsText } from "../../dialect";
import { recordAudit } from "../audit/record";
import { findMediaUsage, isInUse, libraryStorageKey, type MediaUsage } from "./usage";
import type { Page, StaffUser } from "../types";

const { articles, media, users } = tables;

export const libraryPageSize = 24;

export type LibraryImage = {
  id: number;
  src: string;
  storageKey: string;
  mimeType: string;
  width: number;
  height: number;
  byteSize: number;
  alt: Record<string, string>;
  caption: string;
  credit: string;
  originalName: string;
  uploadedById: number | null;
  uploadedByName: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/** A file that passed the upload pipeline (server/media/image-upload.ts). */
export type CleanImageFile = {
  data: Buffer;
  mimeType: string;
  extension: string;
  width: number;
  height: number;
  originalName: string;
};

const columns = {
  id: media.id,
  storageKey: media.storageKey,
  mimeType: media.mimeType,
  width: media.width,
  height: media.height,
  byteSize: media.byteSize,
  alt: media.alt,
  caption: media.caption,
  credit: media.credit,
  originalName: media.originalName,
  uploadedById: media.uploadedById,
  uploadedByName: users.name,
  createdAt: media.createdAt,
  updatedAt: media.updatedAt,
};

function withSrc<T extends { storageKey: string }>(row: T): T & { src: string } {
  return { ...row, src: mediaUrl(row.storageKey) };
}

/** Case-insensitive "contains" on a text expression; the user's text never acts as a pattern. */
function contains(expression: SQL, text: string): SQL {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`lower(${expression}) like ${pattern} escape '\\'`;
}

/** Staff: one page of the library, newest first, optionally matching `query` in any text field. */
export async function listLibraryImages(
  actor: StaffUser,
  options: { query?: string; page?: number } = {},
): Promise<Page<LibraryImage>> {
  assertCan(actor, "media.upload");
  const text = options.query?.trim().slice(0, 200) ?? "";
  const altText = jsonAsText(media.alt);
  const where = text
    ? or(
        contains(altText, text),
        contains(sql`${media.caption}`, text),
        contains(sql`${media.credit}`, text),
        contains(sql`${media.originalName}`, text),
      )
    : undefined;
  const [totalRow] = await db.select({ n: count() }).from(media).where(where);
  const total = totalRow?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / libraryPageSize));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  const rows = await db
    .select(columns)
    .from(media)
    .leftJoin(users, eq(users.id, media.uploadedById))
    .where(where)
    .orderBy(desc(media.id))
    .limit(libraryPageSize)
    .offset((page - 1) * libraryPageSize);
  return { items: rows.map(withSrc), page, pageCount, total };
}

/** Staff: one image with where it is used, or null. */
export async function getLibraryImage(
  actor: StaffUser,
  id: number,
): Promise<(LibraryImage & { usage: MediaUsage; canManage: boolean }) | null> {
  assertCan(actor, "media.upload");
  const [row] = await db
    .select(columns)
    .from(media)
    .leftJoin(users, eq(users.id, media.uploadedById))
    .where(eq(media.id, id))
    .limit(1);
  if (!row) return null;
  return { ...withSrc(row), usage: await findMediaUsage(db, id), canManage: canManageMedia(actor, row) };
}

/** Staff: short descriptions of some images (for messages that name them). */
export async function describeLibraryImages(
  actor: StaffUser,
  ids: number[],
): Promise<{ id: number; name: string; alt: Record<string, string> }[]> {
  assertCan(actor, "media.upload");
  if (!ids.length) return [];
  const rows = await db
    .select({ id: media.id, originalName: media.originalName, storageKey: media.storageKey, alt: media.alt })
    .from(media)
    .where(inArray(media.id, ids));
  return rows.map((r) => ({
    id: r.id,
    alt: r.alt,
    name: r.originalName || r.storageKey.split("/").pop() || `#${r.id}`,
  }));
}

const contentHash = (data: Buffer) => createHash("sha256").update(data).digest("hex").slice(0, 16);

/**
 * A library image holding exactly these bytes (its key carries their hash), so an import that
 * meets the same picture again uses the image it brought in before.
 */
export async function findLibraryImageByContent(data: Buffer): Promise<{ id: number; storageKey: string } | null> {
  const [row] = await db
    .select({ id: media.id, storageKey: media.storageKey })
    .from(media)
    .where(sql`${media.storageKey} like ${`library/%/${contentHash(data)}.%`}`)
    .limit(1);
  return row ?? null;
}

/**
 * Writes the file last inside the transaction, so a failed write rolls the row back; a failed
 * commit removes the written file. Either way nothing is half-stored.
 */
async function withStoredFile<T>(
  storage: MediaStorage,
  work: (tx: Executor, store: (key: string, data: Buffer) => Promise<void>) => Promise<T>,
): Promise<T> {
  const written: string[] = [];
  try {
    return await db.transaction((tx) =>
      work(tx, async (key, data) => {
        written.push(key);
        try {
          await storage.put(key, data);
        } catch (cause) {
          // The row is rolled back with the transaction; the caller says the store is away.
          throw new DomainError("storageUnavailable", { cause });
        }
      }),
    );
  } catch (error) {
    await Promise.all(written.map((key) => storage.remove(key).catch(() => undefined)));
    throw error;
  }
}

/** Staff with `media.upload`: stores a cleaned image and its row; records media.upload. */
export async function createLibraryImage(
  actor: StaffUser,
  file: CleanImageFile,
  storage: MediaStorage,
): Promise<{ id: number; storageKey: string }> {
  assertCan(actor, "media.upload");
  return withStoredFile(storage, async (tx, store) => {
    const [row] = await tx
      .insert(media)
      .values({
        storageKey: `pending/${randomUUID()}`,
        mimeType: file.mimeType,
        width: file.width,
        height: file.height,
        byteSize: file.data.length,
        alt: {},
        originalName: file.originalName,
        uploadedById: actor.id,
      })
      .returning({ id: media.id });
    if (!row) throw new Error("Media insert returned no row");
    const storageKey = libraryStorageKey(row.id, contentHash(file.data), file.extension);
    await tx.update(media).set({ storageKey }).where(eq(media.id, row.id));
    await recordAudit(
      {
        action: "media.upload",
        actor,
        target: { type: "media", id: row.id },
        summary: `Uploaded ${file.originalName || storageKey} (${file.width}×${file.height})`,
        details: { originalName: file.originalName, mimeType: file.mimeType, byteSize: file.data.length },
      },
      tx,
    );
    await store(storageKey, file.data);
    return { id: row.id, storageKey };
  });
}

async function manageableImage(tx: Executor, actor: StaffUser, id: number) {
  const [row] = await tx
    .select({ storageKey: media.storageKey, uploadedById: media.uploadedById, originalName: media.originalName })
    .from(media)
    .where(eq(media.id, id))
    .limit(1);
  if (!row) throw new DomainError("notFound");
  if (!canManageMedia(actor, row)) throw new DomainError("forbidden", { permission: "media.manage" });
  return row;
}

export type ImageDetails = { alt: Partial<Record<string, string>>; caption: string; credit: string };

/** Uploader or `media.manage`: alt texts, caption and credit. Returns where the image shows. */
export async function updateImageDetails(actor: StaffUser, id: number, details: ImageDetails): Promise<MediaUsage> {
  assertCan(actor, "media.upload");
  const alt = Object.fromEntries(locales.map((l) => [l, details.alt[l]?.trim() ?? ""]).filter(([, v]) => v !== ""));
  return db.transaction(async (tx) => {
    await manageableImage(tx, actor, id);
    await tx
      .update(media)
      .set({ alt, caption: details.caption.trim(), credit: details.credit.trim(), updatedAt: new Date() })
      .where(eq(media.id, id));
    return findMediaUsage(tx, id);
  });
}

/**
 * Uploader or `media.manage`: puts a new file behind the same image id, so every use keeps
 * working (inline body images are pointed at the new address); the old file is removed after the
 * change is committed. Records media.replace.
 */
export async function replaceLibraryImage(
  actor: StaffUser,
  id: number,
  file: CleanImageFile,
  storage: MediaStorage,
): Promise<{ storageKey: string; usage: MediaUsage }> {
  assertCan(actor, "media.upload");
  const result = await withStoredFile(storage, async (tx, store) => {
    const current = await manageableImage(tx, actor, id);
    const usage = await findMediaUsage(tx, id);
    const storageKey = libraryStorageKey(id, contentHash(file.data), file.extension);
    await tx
      .update(media)
      .set({
        storageKey,
        mimeType: file.mimeType,
        width: file.width,
        height: file.height,
        byteSize: file.data.length,
        originalName: file.originalName || current.originalName,
        updatedAt: new Date(),
      })
      .where(eq(media.id, id));
    await recordAudit(
      {
        action: "media.replace",
        actor,
        target: { type: "media", id },
        summary: `Replaced the file of image #${id} with ${file.originalName || storageKey}`,
        details: { previousKey: current.storageKey, storageKey, byteSize: file.data.length },
      },
      tx,
    );
    await pointBodiesAt(tx, usage, id, current.storageKey, storageKey);
    if (storageKey !== current.storageKey) await store(storageKey, file.data);
    return { storageKey, previousKey: current.storageKey, usage };
  });
  if (result.previousKey !== result.storageKey) await storage.remove(result.previousKey).catch(() => undefined);
  return { storageKey: result.storageKey, usage: result.usage };
}

/**
 * Inline images in article bodies get the new file's address, so browsers and CDNs that cached
 * the old (immutable) address show the new picture too. The version is left alone: this is not
 * an edit, and a stale copy saved back still works (the media route redirects old addresses).
 */
async function pointBodiesAt(tx: Executor, usage: MediaUsage, id: number, previousKey: string, storageKey: string) {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const oldAddress = new RegExp(
    `${escape(mediaUrl(previousKey))}|/media/library/${id}/[0-9a-f]{16}\\.(?:jpg|png|webp|avif|gif)`,
    "g",
  );
  for (const used of usage.articles.filter((a) => a.inBody)) {
    const [row] = await tx.select({ body: articles.body }).from(articles).where(eq(articles.id, used.id));
    if (!row) continue;
    const body = row.body.replace(oldAddress, mediaUrl(storageKey));
    if (body !== row.body) await tx.update(articles).set({ body }).where(eq(articles.id, used.id));
  }
}

/**
 * Uploader or `media.manage`: deletes an unused image with its file. Refused with
 * MediaInUseError (saying where) while anything shows it. Records media.delete.
 */
export async function deleteLibraryImage(actor: StaffUser, id: number, storage: MediaStorage): Promise<void> {
  assertCan(actor, "media.upload");
  const removed = await db.transaction(async (tx) => {
    const current = await manageableImage(tx, actor, id);
    const usage = await findMediaUsage(tx, id);
    if (isInUse(usage))
      throw new DomainError("inUse", {
        count: usage.articles.length + usage.authors.length + (usage.siteLogo ? 1 : 0),
      });
    await tx.delete(media).where(eq(media.id, id));
    await recordAudit(
      {
        action: "media.delete",
        actor,
        target: { type: "media", id },
        summary: `Deleted image #${id} (${current.originalName || current.storageKey})`,
        details: { storageKey: current.storageKey },
      },
      tx,
    );
    return current.storageKey;
  });
  await storage.remove(removed);
}

/** Anyone: the current storage key of image `id` (an old library address leads there). */
export async function currentStorageKey(id: number): Promise<string | null> {
  const [row] = await db.select({ key: media.storageKey }).from(media).where(eq(media.id, id)).limit(1);
  return row?.key ?? null;
}
