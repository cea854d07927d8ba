/**
 * A cache entry as stored in Redis. Next's entries hold Buffers (a page's RSC payload) and Maps
 * (its segments), which JSON would lose; the structured clone format keeps them, in binary.
 */
import { deserialize, serialize } from "node:v8";
import type { CacheHandlerValue } from "next/dist/server/lib/incremental-cache";
import type { IncrementalCacheValue } from "next/dist/server/response-cache";

export type StoredEntry = {
  lastModified: number;
  value: IncrementalCacheValue | null;
  /** A data entry's own tags (a page's are in its headers). */
  tags: string[];
  cacheControl?: CacheHandlerValue["cacheControl"];
};

export function encodeEntry(entry: StoredEntry): Buffer {
  return serialize(entry);
}

/** The entry, or null for bytes that are not one (a damaged or foreign value). */
export function decodeEntry(bytes: Buffer): StoredEntry | null {
  try {
    const entry = deserialize(bytes) as Partial<StoredEntry> | null;
    if (!entry || typeof entry.lastModified !== "number" || !Array.isArray(entry.tags)) return null;
    return entry as StoredEntry;
  } catch {
    return null;
  }
}
