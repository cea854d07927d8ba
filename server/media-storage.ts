/**
 * Where media files live: local disk under MEDIA_DIR, or an S3-compatible bucket with
 * MEDIA_STORAGE=s3 (./media-storage-s3.ts), so several instances share one store. Callers use
 * this interface only.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "./env";
import { S3Storage } from "./media-storage-s3";

export interface MediaStorage {
  put(key: string, data: Buffer): Promise<void>;
  /** The file's bytes, or null when there is no such file. */
  get(key: string): Promise<Buffer | null>;
  remove(key: string): Promise<void>;
  /** Every stored key (for backups), in no particular order. */
  keys(): AsyncIterable<string>;
}

/** Keys are relative paths of safe characters only; anything else is refused. */
export function isSafeMediaKey(key: string): boolean {
  return /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/i.test(key) && !key.includes("..");
}

export class LocalDiskStorage implements MediaStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    if (!isSafeMediaKey(key)) throw new Error("Unsafe media key");
    return path.join(this.root, key);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, data);
  }

  async get(key: string): Promise<Buffer | null> {
    if (!isSafeMediaKey(key)) return null;
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async *keys(): AsyncIterable<string> {
    const entries = await readdir(this.root, { recursive: true, withFileTypes: true }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return [];
        throw error;
      },
    );
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const key = path.relative(this.root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
      if (isSafeMediaKey(key)) yield key;
    }
  }
}

export function mediaRoot(): string {
  return path.resolve(/*turbopackIgnore: true*/ env.MEDIA_DIR);
}

let storage: MediaStorage | undefined;
export function getMediaStorage(): MediaStorage {
  storage ??=
    env.MEDIA_STORAGE === "s3"
      ? new S3Storage({
          bucket: env.S3_BUCKET ?? "",
          region: env.S3_REGION,
          endpoint: env.S3_ENDPOINT,
          forcePathStyle: env.S3_FORCE_PATH_STYLE === "1",
          prefix: env.S3_PREFIX,
          credentials:
            env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
              ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
              : undefined,
        })
      : new LocalDiskStorage(mediaRoot());
  return storage;
}
