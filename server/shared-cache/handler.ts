/**
 * Next's cache handler when REDIS_URL is set (next.config.ts): rendered pages and cached data are
 * shared by every instance through Redis, and a tag expired on one instance is expired on all
 * (tag-clock.ts).
 *
 * Two tiers. The near one is Next's own handler (memory only here: instances may share a build
 * directory, and Redis is the tier they share); it holds what this instance rendered, answers
 * those lookups with no network trip, and keeps the site caching on its own while Redis is away.
 * The far one is Redis: a page one instance rendered is served by the others. Every entry is
 * judged against the shared tag times before it is served, whichever tier it comes from.
 *
 * An entry found in Redis is not copied into the near tier: Next's handler would date the copy
 * from now, and an expiry made elsewhere a moment earlier but heard here a moment later would
 * then look older than the copy and never reach it. The reader cache in front
 * (server/response-cache) already spares Redis the busiest pages.
 *
 * Why our own handler: of the published ones, @fortedigital/nextjs-cache-handler 3.x needs Node
 * 22 and @neshca/cache-handler stops at Next 14; this follows Next's own Redis example
 * (examples/cache-handler-redis) for the interface and keeps Next's handler as the near tier.
 *
 * Every tag expiry is shared as immediate: Heraldo expires only that way (updateTag, and
 * revalidateTag with expire 0); a stale-while-revalidate window would reach other instances as
 * an immediate expiry, which costs a render, never a stale page.
 */
import { createRequire } from "node:module";
import type { CacheHandler, CacheHandlerContext, CacheHandlerValue } from "next/dist/server/lib/incremental-cache";
import type FileSystemCacheType from "next/dist/server/lib/incremental-cache/file-system-cache";
import type {
  IncrementalCacheValue,
  SetIncrementalFetchCacheContext,
  SetIncrementalResponseCacheHandlerContext,
} from "next/dist/server/response-cache";
import { logger } from "@/server/logger";
import { decodeEntry, encodeEntry, type StoredEntry } from "./entry-codec";
import { areTagsExpired } from "./next-tags";
import { sharedCache, type SharedCache } from "./state";

const load = createRequire(import.meta.url);
const FileSystemCache = (
  load("next/dist/server/lib/incremental-cache/file-system-cache.js") as { default: typeof FileSystemCacheType }
).default;

type GetContext = Parameters<CacheHandler["get"]>[1];
type SetContext = SetIncrementalFetchCacheContext | SetIncrementalResponseCacheHandlerContext;

/** How long Redis keeps an entry at most; tag times are kept a little longer (tag-clock.ts). */
const MAX_ENTRY_SECONDS = 24 * 60 * 60;
const MIN_ENTRY_SECONDS = 60;
/** Larger entries stay in the instance that made them: Redis is no place for them. */
const MAX_SHARED_BYTES = 8 * 1024 * 1024;
/** How long a lookup waits, once, for the first reading of tag times after start-up. */
const FIRST_SYNC_WAIT_MS = 1000;
/** Pages carry their tags in this header of the stored entry (Next's own convention). */
const cacheTagsHeader = "x-next-cache-tags";

/** An entry's tags: a page's from its headers, data's from the entry and the lookup. */
function entryTags(entry: StoredEntry, ctx: GetContext): string[] {
  const value = entry.value;
  if (!value) return entry.tags;
  if (value.kind === "FETCH") {
    const lookup = ctx.kind === "FETCH" ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : [];
    return [...entry.tags, ...lookup];
  }
  if ("headers" in value && value.headers) {
    const header = value.headers[cacheTagsHeader];
    if (typeof header === "string") return header.split(",").filter(Boolean);
  }
  return entry.tags;
}

/** Seconds Redis keeps an entry: its own lifetime where it has one, within bounds. */
function entrySeconds(value: IncrementalCacheValue | null, ctx: SetContext): number {
  let seconds: number | undefined;
  if (value?.kind === "FETCH" && typeof value.revalidate === "number") seconds = value.revalidate * 2;
  else if (!ctx.fetchCache && ctx.cacheControl) {
    const { expire, revalidate } = ctx.cacheControl;
    if (typeof expire === "number" && Number.isFinite(expire)) seconds = expire;
    else if (typeof revalidate === "number") seconds = revalidate * 2;
  }
  return Math.round(Math.min(MAX_ENTRY_SECONDS, Math.max(MIN_ENTRY_SECONDS, seconds ?? MAX_ENTRY_SECONDS)));
}

export default class SharedCacheHandler extends FileSystemCache {
  private readonly shared: SharedCache | null;

  constructor(ctx: CacheHandlerContext) {
    if (!ctx.fs || !ctx.serverDistDir) throw new Error("Next gave the cache handler no build directory");
    super({ ...ctx, fs: ctx.fs, serverDistDir: ctx.serverDistDir, flushToDisk: false });
    this.shared = sharedCache();
  }

  async get(key: string, ctx: GetContext): Promise<CacheHandlerValue | null> {
    const near = await super.get(key, ctx);
    const shared = this.shared;
    if (!shared) return near;
    if (near && near.lastModified >= shared.clock.flushedAt) return near;
    await shared.clock.whenSynced(FIRST_SYNC_WAIT_MS);
    const entry = await this.readShared(shared, key);
    if (!entry || entry.lastModified < shared.clock.flushedAt) return null;
    if (areTagsExpired(entryTags(entry, ctx), entry.lastModified)) return null;
    return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
  }

  async set(key: string, data: IncrementalCacheValue | null, ctx: SetContext): Promise<void> {
    await super.set(key, data, ctx);
    const shared = this.shared;
    if (!shared?.link.ready) return;
    const bytes = encodeEntry({
      lastModified: Date.now(),
      value: data,
      tags: ctx.fetchCache ? (ctx.tags ?? []) : [],
      cacheControl: ctx.fetchCache ? undefined : ctx.cacheControl,
    });
    if (bytes.length > MAX_SHARED_BYTES) return;
    try {
      await shared.link.client.set(shared.keys.entry(shared.namespace, key), bytes, {
        expiration: { type: "EX", value: entrySeconds(data, ctx) },
      });
    } catch (error) {
      // Redis went away: this instance still has the entry, the others render their own.
      logger.debug({ err: error }, "Shared cache: an entry could not be stored in Redis");
    }
  }

  async revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void> {
    const at = Date.now();
    await super.revalidateTag(tags, durations);
    await this.shared?.clock.share(typeof tags === "string" ? [tags] : tags, at);
  }

  private async readShared(shared: SharedCache, key: string): Promise<StoredEntry | null> {
    if (!shared.link.ready) return null;
    try {
      const bytes = await shared.link.binary.get(shared.keys.entry(shared.namespace, key));
      return bytes ? decodeEntry(bytes) : null;
    } catch {
      return null; // Redis went away mid-request: a miss, and this instance renders
    }
  }
}
