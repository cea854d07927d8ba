/**
 * Next's own record of expired cache tags in this process (its "tags manifest"). Next reads it
 * when it judges an entry from any cache handler, and its file-system handler writes it when a
 * tag is expired here. Expirations that arrive from other instances are written into the same
 * record, so Next treats them exactly as it treats one made on this instance.
 *
 * Next loads the module from node_modules at run time rather than bundling it (the `.external`
 * suffix), so the copy required here is the one Next's server uses. The Next version is pinned
 * in package.json; tests (server/shared-cache/*.test.ts and the two-instance test) fail if this
 * path or shape changes.
 */
import { createRequire } from "node:module";

type TagState = { stale?: number; expired?: number };

type TagsManifestModule = {
  tagsManifest: Map<string, TagState>;
  areTagsExpired(tags: string[], timestamp: number): boolean;
};

const load = createRequire(import.meta.url);
const nextTags = load("next/dist/server/lib/incremental-cache/tags-manifest.external.js") as TagsManifestModule;

/** True when one of `tags` was expired after `timestamp` (and that expiry has begun). */
export function areTagsExpired(tags: string[], timestamp: number): boolean {
  return tags.length > 0 && nextTags.areTagsExpired(tags, timestamp);
}

/**
 * Records that `tag` expired at `at` (milliseconds since the epoch), keeping a later expiry
 * that is already known. Returns false when nothing changed.
 */
export function recordTagExpiry(tag: string, at: number): boolean {
  const known = nextTags.tagsManifest.get(tag) ?? {};
  if ((known.expired ?? 0) >= at) return false;
  nextTags.tagsManifest.set(tag, { stale: Math.max(known.stale ?? 0, at), expired: at });
  return true;
}

/** When `tag` last expired in this process, or 0. */
export function tagExpiry(tag: string): number {
  return nextTags.tagsManifest.get(tag)?.expired ?? 0;
}
