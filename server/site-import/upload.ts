/**
 * The admin screen's side of an import (/admin/import): the uploaded export is written to disk
 * as it arrives, never held in memory, under `data/imports/<random id>/`, and refused once it
 * grows past the limit; the options the screen sends are checked before a byte is read.
 */
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { isLocale } from "@/lib/locales";
import { env } from "@/server/env";
import type { SourceFormat } from "./source-story";
import type { StoredImportOptions } from "@/db/queries/site-imports/runs";

/** Where uploaded exports wait for their import (IMPORT_DIR), a folder each, removed once it ends. */
export function importsRoot(): string {
  return path.resolve(env.IMPORT_DIR);
}

/** The largest export the screen takes: 1 GB. Bigger archives go through `npm run import:site`. */
export const maxImportBytes = 1024 ** 3;

export const importFormats = ["auto", "wordpress", "ghost", "rss", "atom"] as const satisfies readonly (
  SourceFormat | "auto"
)[];

/** What the screen sends alongside the file, as typed. */
export type ImportOptionValues = { format: string; language: string; siteUrl: string; mediaDir: string };

export type ImportOptionErrors = Partial<Record<keyof ImportOptionValues, string>>;

/** A file name safe to keep on disk and show: letters, digits, dots, dashes; never a path. */
export function cleanImportFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const clean = base
    .normalize("NFKD")
    .replace(/[^\w.-]+/g, "-")
    .replace(/^[.-]+/, "")
    .slice(-100);
  return clean || "export";
}

/** The options, checked; a message key of `import.upload.errors` per refused field. */
export async function checkImportOptions(
  values: ImportOptionValues,
): Promise<{ ok: true; options: StoredImportOptions } | { ok: false; errors: ImportOptionErrors }> {
  const errors: ImportOptionErrors = {};
  const options: StoredImportOptions = {};

  const format = importFormats.find((f) => f === values.format);
  if (!format) errors.format = "format";
  else options.format = format;

  if (values.language) {
    if (isLocale(values.language)) options.language = values.language;
    else errors.language = "language";
  }

  const siteUrl = values.siteUrl.trim();
  if (siteUrl) {
    let url: URL | null = null;
    try {
      url = new URL(siteUrl);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) errors.siteUrl = "siteUrl";
    else options.siteUrl = siteUrl.replace(/\/+$/, "");
  }

  const mediaDir = values.mediaDir.trim();
  if (mediaDir) {
    if (!path.isAbsolute(mediaDir)) errors.mediaDir = "mediaDirNotAbsolute";
    else {
      const found = await stat(mediaDir).catch(() => null);
      if (!found) errors.mediaDir = "mediaDirMissing";
      else if (!found.isDirectory()) errors.mediaDir = "mediaDirNotAFolder";
      else options.mediaDir = path.normalize(mediaDir);
    }
  }

  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, options };
}

export type SavedUpload = { ok: true; filePath: string; size: number } | { ok: false; error: "empty" | "tooLarge" };

class TooLarge extends Error {}

/**
 * Writes a request body to a new folder under `importsRoot()`, counting as it goes: past `limit`
 * bytes it stops reading and removes what it wrote. An empty body is refused too.
 */
export async function saveImportUpload(
  body: ReadableStream<Uint8Array> | null,
  fileName: string,
  limit: number = maxImportBytes,
  root: string = importsRoot(),
): Promise<SavedUpload> {
  if (!body) return { ok: false, error: "empty" };
  const folder = path.join(root, randomUUID());
  await mkdir(folder, { recursive: true });
  const filePath = path.join(folder, cleanImportFileName(fileName));
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, next) {
      size += chunk.byteLength;
      if (size > limit) next(new TooLarge());
      else next(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(body as WebReadableStream<Uint8Array>), counter, createWriteStream(filePath));
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    if (error instanceof TooLarge) return { ok: false, error: "tooLarge" };
    throw error;
  }
  if (size === 0) {
    await rm(folder, { recursive: true, force: true });
    return { ok: false, error: "empty" };
  }
  return { ok: true, filePath, size };
}

/** Removes an uploaded export and its folder; only ever inside `importsRoot()`. */
export async function removeImportUpload(filePath: string, root: string = importsRoot()): Promise<void> {
  const folder = path.dirname(path.resolve(filePath));
  if (path.dirname(folder) !== root) return;
  await rm(folder, { recursive: true, force: true });
}

/** How long a checked file waits on the disk for its import to be started. */
export const uploadKeptMs = 24 * 60 * 60 * 1000;

/**
 * Removes the uploads left behind: files checked and never imported, and folders of uploads cut
 * short by a restart, once older than `uploadKeptMs`; never the file of the import under way
 * (`inUse`). Run at each new upload, so an export of a gigabyte does not stay for good. Their
 * runs stay listed; starting one of them says the file is gone and asks for it again.
 */
export async function removeStaleUploads(
  inUse: readonly string[],
  now: number = Date.now(),
  root: string = importsRoot(),
): Promise<number> {
  const keep = new Set(inUse.map((filePath) => path.dirname(path.resolve(filePath))));
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  let removed = 0;
  for (const entry of entries) {
    const folder = path.join(root, entry.name);
    if (!entry.isDirectory() || keep.has(folder)) continue;
    const modified = (await stat(folder).catch(() => null))?.mtimeMs;
    if (modified === undefined || now - modified < uploadKeptMs) continue;
    await rm(folder, { recursive: true, force: true });
    removed += 1;
  }
  return removed;
}

/**
 * This server among several: host name and port, the same after a restart. An uploaded file is
 * on one server's disk, and its import runs there (server/site-import/run.ts).
 */
export function thisServerName(): string {
  return `${hostname()}:${env.PORT}`;
}

/** Whether the uploaded file is on this server's disk (an import starts where its file is). */
export async function importUploadExists(filePath: string): Promise<boolean> {
  return (await stat(filePath).catch(() => null))?.isFile() ?? false;
}
