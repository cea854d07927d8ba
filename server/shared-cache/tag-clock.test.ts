/**
 * Instances sharing tag expiries through Redis, each played by a clock with a connection and a
 * record of its own (in the server, the record is Next's; here a Map per "instance"). Against a
 * real Redis server of the test's own, which the test stops and starts to play it going away.
 */
import { Writable } from "node:stream";
import { randomUUID } from "node:crypto";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { redisMissing, startTestRedis, type TestRedis } from "@/test/redis-server";
import { sharedCacheKeys } from "./keys";
import { connectRedis, type RedisLink } from "./redis-link";
import { SharedTagClock } from "./tag-clock";

const redis: TestRedis | null = await startTestRedis();
if (!redis) console.log(`Skipping the shared tag clock tests: ${redisMissing}`);
const open: { link: RedisLink; clock: SharedTagClock }[] = [];

afterAll(async () => {
  for (const { link, clock } of open) {
    clock.stop();
    await link.close();
  }
  await redis?.stop();
});

/** One instance: its connection, its clock, its record of expiries and what it was told. */
function instance(prefix: string) {
  const lines: string[] = [];
  const logger = pino(
    { level: "info" },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()).msg);
        done();
      },
    }),
  );
  const record = new Map<string, number>();
  const heard: string[] = [];
  const flushes: number[] = [];
  const link = connectRedis(redis!.url, logger, "the cache");
  const clock = new SharedTagClock(
    link,
    sharedCacheKeys(prefix),
    { onRemoteExpiry: (tags) => heard.push(...tags), onFlush: (at) => flushes.push(at) },
    logger,
    (tag, at) => {
      if ((record.get(tag) ?? 0) >= at) return false;
      record.set(tag, at);
      return true;
    },
    (tag) => record.get(tag) ?? 0,
  );
  clock.start();
  open.push({ link, clock });
  return { link, clock, record, heard, flushes, lines };
}

async function eventually(check: () => void, ms = 1000): Promise<number> {
  const started = Date.now();
  for (;;) {
    try {
      check();
      return Date.now() - started;
    } catch (error) {
      if (Date.now() - started > ms) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

describe.skipIf(!redis)("shared tag expiries", () => {
  it("reach the other instances within a second and tell them to empty their page cache", async () => {
    const prefix = `t-${randomUUID()}`;
    const a = instance(prefix);
    const b = instance(prefix);
    await Promise.all([a.clock.whenSynced(2000), b.clock.whenSynced(2000)]);

    const at = Date.now();
    await a.clock.share(["listing:en", "article:en:storm"], at);

    await eventually(() => expect(b.heard).toEqual(expect.arrayContaining(["listing:en", "article:en:storm"])));
    expect(b.record.get("listing:en")).toBeGreaterThanOrEqual(at);
    // The instance that expired the tags does not hear its own announcement back.
    expect(a.heard).toEqual([]);
  });

  it("reach an instance that missed the announcement at its next look, dated from when it looked", async () => {
    const prefix = `t-${randomUUID()}`;
    const keys = sharedCacheKeys(prefix);
    const b = instance(prefix);
    await b.clock.whenSynced(2000);

    // Written as an instance with a clock a second behind would, and the announcement is lost.
    const written = Date.now();
    await b.link.client.zAdd(keys.tagTimes, { score: written - 1000, value: "topic:7" });
    await b.link.client.incr(keys.tagVersion);

    await eventually(() => expect(b.heard).toEqual(["topic:7"]));
    // What b rendered before it heard of the expiry counts as expired too.
    expect(b.record.get("topic:7")).toBeGreaterThanOrEqual(written);
  });

  it("are known to an instance that starts after they were made", async () => {
    const prefix = `t-${randomUUID()}`;
    const a = instance(prefix);
    await a.clock.whenSynced(2000);
    const at = Date.now() - 5000;
    await a.clock.share(["settings"], at);

    const late = instance(prefix);
    await late.clock.whenSynced(2000);
    expect(late.record.get("settings")).toBe(at);
  });

  it("made while Redis is away reach the others when it returns; each instance says so once each way", async () => {
    const prefix = `t-${randomUUID()}`;
    const a = instance(prefix);
    const b = instance(prefix);
    await Promise.all([a.clock.whenSynced(2000), b.clock.whenSynced(2000)]);

    await redis!.stop();
    await eventually(() => expect(a.link.ready).toBe(false), 3000);
    const at = Date.now();
    // Goes on without Redis: recorded here at once, shared later.
    await a.clock.share(["article:es:temporal"], at);
    expect(a.record.get("article:es:temporal")).toBe(at);
    // Several reconnection attempts go by.
    await new Promise((resolve) => setTimeout(resolve, 1500));

    await redis!.start();
    await eventually(() => expect(b.record.get("article:es:temporal")).toBeGreaterThanOrEqual(at), 8000);

    for (const lines of [a.lines, b.lines]) {
      expect(lines.filter((line) => line.startsWith("Redis is unreachable"))).toHaveLength(1);
      await eventually(() =>
        expect(lines.filter((line) => line.startsWith("Redis is reachable again"))).toHaveLength(1),
      );
    }
  });

  it("see the whole cache emptied when a command replaced the content", async () => {
    const prefix = `t-${randomUUID()}`;
    const b = instance(prefix);
    await b.clock.whenSynced(2000);
    const keys = sharedCacheKeys(prefix);
    await b.link.client.set(keys.entry("ns", "/en"), "an old page");

    process.env.REDIS_URL = redis!.url;
    process.env.REDIS_KEY_PREFIX = prefix;
    const { emptySharedCache } = await import("./empty");
    expect(await emptySharedCache()).toBe("Shared cache emptied (1 entry).");

    await eventually(() => expect(b.flushes).toHaveLength(1));
    expect(b.clock.flushedAt).toBeGreaterThan(0);
    expect(await b.link.client.get(keys.entry("ns", "/en"))).toBeNull();
  });
});
