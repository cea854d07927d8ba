/**
 * The names Heraldo uses in Redis, under one prefix (REDIS_KEY_PREFIX) so several sites can
 * share a server. Tag times and the flush mark are shared by every build and configuration (an
 * expiry must reach an instance of the previous build during a rolling update); cache entries
 * live under a namespace of their build and configuration, so an instance never serves a page
 * rendered by another build or for another site name, address or database.
 */
import { createHash } from "node:crypto";

export type SharedCacheKeys = ReturnType<typeof sharedCacheKeys>;

export function sharedCacheKeys(prefix: string) {
  return {
    /** Sorted set: each expired tag, scored by when it expired (ms since the epoch). */
    tagTimes: `${prefix}:tag-times`,
    /** Counter raised with every write to tagTimes, so a poll can tell cheaply that nothing changed. */
    tagVersion: `${prefix}:tag-version`,
    /** Pub/sub channel announcing expired tags to the other instances at once. */
    channel: `${prefix}:tags-expired`,
    /** When the whole shared cache was last emptied (restore, reset, import). */
    flushedAt: `${prefix}:flushed-at`,
    /** Every cache entry's key starts with this. */
    entries: `${prefix}:entry:`,
    entry: (namespace: string, key: string) => `${prefix}:entry:${namespace}:${key}`,
  };
}

/**
 * The namespace of cache entries for one build and configuration. Hashed: the database URL may
 * hold a password, and the hash is all anyone needs to compare.
 */
export function entryNamespace(parts: { buildId: string; configuration: readonly (string | undefined)[] }): string {
  const hash = createHash("sha256");
  hash.update(parts.buildId);
  for (const part of parts.configuration) hash.update(`\n${part ?? ""}`);
  return hash.digest("base64url").slice(0, 16);
}
