/**
 * `npm run backup` and `npm run restore`: the database (db/snapshot.ts) and the media files,
 * with a manifest of versions, row counts and a checksum of every file. The manifest is
 * written last, so a backup without one was cut short and is refused on restore.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { access, constants, mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { parseDatabaseUrl } from "@/db/connection";
import { migrateDatabase } from "@/db/maintenance";
import { restoreSnapshot, snapshotFiles, sqliteTargetHasContent, takeSnapshot, type SnapshotKind } from "@/db/snapshot";
import { currentSchemaTag, rowCounts, schemaNumber } from "@/db/transfer/tables";
import { env } from "@/server/env";
import { getMediaStorage } from "@/server/media-storage";

export const backupFormatVersion = 1;

const manifestSchema = z.object({
  format: z.literal("heraldo-backup"),
  version: z.number().int(),
  createdAt: z.string(),
  schema: z.string(),
  dialect: z.enum(["sqlite", "postgres", "pglite"]),
  database: z.object({ kind: z.enum(["sqlite", "pg_dump", "export"]), file: z.string() }),
  rows: z.record(z.string(), z.number()),
  files: z.array(z.object({ path: z.string(), bytes: z.number(), sha256: z.string() })),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

async function sha256(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Writes a backup into `folder`, which must be new or empty. */
export async function backupSite(folder: string, log: (line: string) => void): Promise<BackupManifest> {
  await mkdir(folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`cannot create ${folder} (${error.code})`);
  });
  await access(folder, constants.W_OK).catch(() => {
    throw new Error(`cannot write to ${folder}`);
  });
  if ((await readdir(folder)).length) throw new Error(`${folder} is not empty; give a new or empty folder`);

  const rows = await rowCounts();
  const kind = await takeSnapshot(folder, log);
  log(`Database copied (${kind}).`);
  // Through the media storage, so a bucket (MEDIA_STORAGE=s3) is backed up as a folder is.
  const storage = getMediaStorage();
  const mediaFiles: string[] = [];
  for await (const key of storage.keys()) {
    const data = await storage.get(key);
    if (!data) continue; // removed since it was listed
    const target = path.join(folder, "media", ...key.split("/"));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, data);
    mediaFiles.push(key);
  }
  mediaFiles.sort();
  log(`Media copied (${mediaFiles.length} files).`);
  const files = [];
  for (const file of [snapshotFiles[kind], ...mediaFiles.map((key) => `media/${key}`)]) {
    const full = path.join(folder, file);
    files.push({ path: file, bytes: (await stat(full)).size, sha256: await sha256(full) });
  }
  const manifest: BackupManifest = {
    format: "heraldo-backup",
    version: backupFormatVersion,
    createdAt: new Date().toISOString(),
    schema: currentSchemaTag(),
    dialect: parseDatabaseUrl(env.DATABASE_URL).dialect,
    database: { kind, file: snapshotFiles[kind] },
    rows,
    files,
  };
  await writeFile(path.join(folder, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The backup's manifest, once every file it lists is there with its size and checksum. */
export async function checkBackup(folder: string): Promise<BackupManifest> {
  const text = await readFile(path.join(folder, "manifest.json"), "utf8").catch(() => {
    throw new Error(`${folder} has no manifest.json: not a backup, or one that was cut short`);
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error("manifest.json is damaged (not JSON)");
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) throw new Error("manifest.json is not a Heraldo backup manifest");
  const manifest = result.data;
  if (manifest.version > backupFormatVersion || schemaNumber(manifest.schema) > schemaNumber(currentSchemaTag())) {
    throw new Error(`the backup comes from a newer Heraldo (schema ${manifest.schema}); update Heraldo first`);
  }
  if (!manifest.files.some((file) => file.path === manifest.database.file)) {
    throw new Error("manifest.json lists no database file");
  }
  for (const file of manifest.files) {
    const full = path.join(folder, file.path);
    const size = await stat(full).then(
      (s) => s.size,
      () => null,
    );
    if (size === null) throw new Error(`${file.path} is missing from the backup`);
    if (size !== file.bytes || (await sha256(full)) !== file.sha256) {
      throw new Error(`${file.path} does not match its checksum: the backup is damaged`);
    }
  }
  return manifest;
}

async function isDatabaseEmpty(): Promise<boolean> {
  return Object.values(await rowCounts()).every((n) => n === 0);
}

/**
 * Restores `folder` into the database named by DATABASE_URL and into MEDIA_DIR. Refuses a
 * database that has content unless `force`; checks the whole backup before changing anything.
 */
export async function restoreSite(folder: string, { force }: { force: boolean }): Promise<BackupManifest> {
  const manifest = await checkBackup(folder);
  const kind = manifest.database.kind as SnapshotKind;
  // A SQLite file is replaced whole and must not be written to first; the others are loaded
  // into a migrated database.
  if (kind !== "sqlite") await migrateDatabase();
  const hasContent = kind === "sqlite" ? await sqliteTargetHasContent() : !(await isDatabaseEmpty());
  if (!force && hasContent) {
    throw new Error("the database is not empty; add --force to replace its content with the backup");
  }
  await restoreSnapshot(folder, kind);
  // The media store (folder or bucket) becomes exactly the backup's.
  const storage = getMediaStorage();
  const kept = new Set(manifest.files.filter((f) => f.path.startsWith("media/")).map((f) => f.path.slice(6)));
  const stale: string[] = [];
  for await (const key of storage.keys()) if (!kept.has(key)) stale.push(key);
  for (const key of stale) await storage.remove(key);
  for (const key of kept) await storage.put(key, await readFile(path.join(folder, "media", ...key.split("/"))));
  return manifest;
}
