/**
 * Next's cache handler with REDIS_URL: what one instance stores is found by the others, an entry
 * whose tag expired on another instance is not served (judged by Next's own record of expired
 * tags, which this also checks is the one the handler writes), and without Redis the instance
 * keeps caching on its own. Against a real Redis server of the test's own.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CacheFs } from "next/dist/shared/lib/utils";
import type { IncrementalCacheValue } from "next/dist/server/response-cache";
import { redisMissing, startTestRedis } from "@/test/redis-server";
import { encodeEntry } from "./entry-codec";
import { sharedCacheKeys } from "./keys";
import { connectRedis } from "./redis-link";
import { SharedTagClock } from "./tag-clock";

const redis = await startTestRedis();
if (!redis) console.log(`Skipping the shared cache handler tests: ${redisMissing}`);
const prefix = `h-${randomUUID()}`;
process.env.REDIS_URL = redis?.url ?? "";
process.env.REDIS_KEY_PREFIX = prefix;

const { nodeFs } = createRequire(import.meta.url)("next/dist/server/lib/node-fs-methods.js") as { nodeFs: CacheFs };
const { default: SharedCacheHandler } = await import("./handler");
const { sharedCache } = await import("./state");

const handler = new SharedCacheHandler({
  fs: nodeFs,
  serverDistDir: path.join(await mkdtemp(path.join(tmpdir(), "heraldo-cache-")), "server"),
  maxMemoryCacheSize: 4 * 1024 * 1024,
  revalidatedTags: [],
  _requestHeaders: {},
});

/** Another instance: a connection and clock of its own, announcing expiries it makes. */
const other = redis ? connectRedis(redis.url, pino({ level: "silent" }), "the cache") : null;
const otherClock = other
  ? new SharedTagClock(
      other,
      sharedCacheKeys(prefix),
      { onRemoteExpiry: () => undefined, onFlush: () => undefined },
      pino({ level: "silent" }),
      () => true,
      () => 0,
    )
  : null;
otherClock?.start();

beforeAll(async () => {
  await other?.waitUntilReady(3000);
  await sharedCache()?.clock.whenSynced(3000);
});

afterAll(async () => {
  otherClock?.stop();
  await other?.close();
  await sharedCache()?.link.close();
  await redis?.stop();
});

function data(body: string): IncrementalCacheValue {
  return {
    kind: "FETCH",
    data: { headers: {}, body, url: "", status: 200 },
    revalidate: 3600,
  } as IncrementalCacheValue;
}

const lookup = (tags: string[]) => ({ kind: "FETCH", tags, softTags: [] }) as Parameters<typeof handler.get>[1];

async function eventually(check: () => Promise<void>, ms = 1000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - started > ms) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

describe.skipIf(!redis)("the shared cache handler", () => {
  it("stores what it caches in Redis, under its build's namespace, for a bounded time", async () => {
    const key = `stored-${randomUUID()}`;
    await handler.set(key, data("front page"), { fetchCache: true, tags: ["listing:en"] });
    const shared = sharedCache()!;
    const redisKey = sharedCacheKeys(prefix).entry(shared.namespace, key);
    expect(await other!.client.exists(redisKey)).toBe(1);
    // Twice the data's revalidation time (an hour).
    expect(await other!.client.ttl(redisKey)).toBeGreaterThan(7000);
  });

  it("serves what another instance stored, until a tag of it expires on another instance", async () => {
    const key = `from-other-${randomUUID()}`;
    const shared = sharedCache()!;
    const redisKey = sharedCacheKeys(prefix).entry(shared.namespace, key);
    await other!.binary.set(
      redisKey,
      encodeEntry({ lastModified: Date.now() - 1000, value: data("rendered elsewhere"), tags: ["article:en:storm"] }),
    );

    const found = await handler.get(key, lookup(["article:en:storm"]));
    expect(found?.value).toMatchObject({ data: { body: "rendered elsewhere" } });

    await otherClock!.share(["article:en:storm"], Date.now());
    await eventually(async () => expect(await handler.get(key, lookup(["article:en:storm"]))).toBeNull());
  });

  it("does not serve an entry stored before the shared cache was emptied", async () => {
    const key = `emptied-${randomUUID()}`;
    await handler.set(key, data("before the restore"), { fetchCache: true, tags: [] });
    expect(await handler.get(key, lookup([]))).not.toBeNull();

    await other!.client.set(sharedCacheKeys(prefix).flushedAt, String(Date.now() + 1));
    await eventually(async () => expect(await handler.get(key, lookup([]))).toBeNull());
  });

  it("keeps caching on its own while Redis is away", async () => {
    await redis!.stop();
    await eventually(async () => expect(sharedCache()!.link.ready).toBe(false), 3000);
    const key = `alone-${randomUUID()}`;
    await handler.set(key, data("cached alone"), { fetchCache: true, tags: [] });
    const found = await handler.get(key, lookup([]));
    expect(found?.value).toMatchObject({ data: { body: "cached alone" } });
    await redis!.start();
  });
});
