/**
 * Shares tag expirations between instances. An expiry made here is written to Redis (the tag's
 * time in a sorted set) and announced on a channel; every instance applies what it hears to
 * Next's own record of expired tags (next-tags.ts) and empties its in-process page cache. A
 * message can be lost (a reconnect, a slow subscriber), so each instance also reads the tag times
 * written since its last look every POLL_MS: an expiry reaches every instance within that time
 * even without the message.
 *
 * While Redis is away, expiries made here are kept and written when it returns, so the other
 * instances catch up instead of serving what this one expired in the meantime.
 *
 * Times are each writer's clock: instances must keep their clocks in step (NTP). A look back of
 * CLOCK_SLACK_MS covers writers whose clocks lag a little.
 */
import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { RedisLink } from "./redis-link";
import type { SharedCacheKeys } from "./keys";
import { recordTagExpiry, tagExpiry } from "./next-tags";

const POLL_MS = 250;
const CLOCK_SLACK_MS = 2000;
/** Cache entries live at most a day in Redis (handler.ts), so older tag times decide nothing. */
export const TAG_RETENTION_MS = 25 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60_000;

type Hooks = {
  /** Tags that expired on another instance (already applied to Next's record). */
  onRemoteExpiry(tags: string[]): void;
  /** The whole shared cache was emptied at `at`. */
  onFlush(at: number): void;
};

type Announcement = { origin: string; at: number; tags: string[] };

function isAnnouncement(value: unknown): value is Announcement {
  const v = value as Partial<Announcement> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.origin === "string" &&
    typeof v.at === "number" &&
    Array.isArray(v.tags) &&
    v.tags.every((tag) => typeof tag === "string")
  );
}

export class SharedTagClock {
  private readonly origin = randomUUID();
  /** Expiries made while Redis was away, to write when it returns. */
  private readonly pending = new Map<string, number>();
  private seenVersion: string | null = null;
  private cursor = 0;
  private lastPrune = 0;
  private polling = false;
  private timer: NodeJS.Timeout | undefined;
  private synced = false;
  private syncWaiters: (() => void)[] = [];
  /** When the shared cache was last emptied; entries made before it are not served. */
  flushedAt = 0;

  constructor(
    private readonly link: RedisLink,
    private readonly keys: SharedCacheKeys,
    private readonly hooks: Hooks,
    private readonly logger: Logger,
    /** Where this process records expiries: Next's own record (tests give each clock its own). */
    private readonly record: (tag: string, at: number) => boolean = recordTagExpiry,
    /** When the record says `tag` last expired (0 if never). */
    private readonly known: (tag: string) => number = tagExpiry,
  ) {}

  start(): void {
    this.link.onReady(() => void this.catchUp());
    void this.link.subscriber.subscribe(this.keys.channel, (message) => this.hear(message)).catch(() => undefined); // resubscribed by the client when the connection returns
    this.timer = setInterval(() => void this.poll(), POLL_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Resolves once the tag times in Redis have been read, or after `ms` if Redis is away. */
  whenSynced(ms: number): Promise<void> {
    if (this.synced) return Promise.resolve();
    return new Promise((resolve) => {
      this.syncWaiters.push(resolve);
      setTimeout(resolve, ms).unref();
    });
  }

  /** Shares expiries made on this instance (already applied here by Next's handler). */
  async share(tags: readonly string[], at: number): Promise<void> {
    for (const tag of tags) this.record(tag, at);
    if (!this.link.ready) {
      for (const tag of tags) this.pending.set(tag, Math.max(this.pending.get(tag) ?? 0, at));
      return;
    }
    try {
      await this.write(new Map(tags.map((tag) => [tag, at])));
    } catch {
      for (const tag of tags) this.pending.set(tag, Math.max(this.pending.get(tag) ?? 0, at));
    }
  }

  private async write(expiries: Map<string, number>): Promise<void> {
    if (expiries.size === 0) return;
    const byTime = new Map<number, string[]>();
    for (const [tag, at] of expiries) byTime.set(at, [...(byTime.get(at) ?? []), tag]);
    const multi = this.link.client.multi();
    multi.zAdd(
      this.keys.tagTimes,
      [...expiries].map(([tag, at]) => ({ score: at, value: tag })),
      { GT: true },
    );
    multi.incr(this.keys.tagVersion);
    for (const [at, tags] of byTime) {
      const announcement: Announcement = { origin: this.origin, at, tags };
      multi.publish(this.keys.channel, JSON.stringify(announcement));
    }
    const now = Date.now();
    if (now - this.lastPrune > PRUNE_EVERY_MS) {
      multi.zRemRangeByScore(this.keys.tagTimes, "-inf", now - TAG_RETENTION_MS);
      this.lastPrune = now;
    }
    await multi.exec();
  }

  private hear(message: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(message);
    } catch {
      return;
    }
    if (!isAnnouncement(parsed) || parsed.origin === this.origin) return;
    this.apply(parsed.tags.map((tag) => [tag, parsed.at]));
  }

  /**
   * Records expiries heard from other instances. Once this instance is serving, an expiry is
   * dated from when it was heard, not from when it was made: what this instance rendered in
   * between was rendered from what had already expired, and must not outlive it. Only the first
   * reading after start-up, before anything was rendered here, keeps the times as made.
   */
  private apply(expiries: Iterable<[string, number]>): void {
    const now = Date.now();
    const changed: string[] = [];
    for (const [tag, at] of expiries) {
      if (this.known(tag) >= at) continue;
      if (this.record(tag, this.synced ? Math.max(at, now) : at)) changed.push(tag);
    }
    if (changed.length > 0) this.hooks.onRemoteExpiry(changed);
  }

  /** After (re)connecting: writes what waited, then reads everything that may matter. */
  private async catchUp(): Promise<void> {
    try {
      if (this.pending.size > 0) {
        const waiting = new Map(this.pending);
        this.pending.clear();
        await this.write(waiting).catch((error: unknown) => {
          for (const [tag, at] of waiting) this.pending.set(tag, Math.max(this.pending.get(tag) ?? 0, at));
          throw error;
        });
        this.logger.info({ tags: waiting.size }, "Shared cache: expiries made while Redis was away are now shared");
      }
      this.cursor = Math.max(this.cursor, Date.now() - TAG_RETENTION_MS);
      this.seenVersion = null;
      await this.poll(true);
      this.synced = true;
      for (const resolve of this.syncWaiters.splice(0)) resolve();
    } catch (error) {
      this.logger.debug({ err: error }, "Shared cache: catching up with Redis failed; the next poll retries");
    }
  }

  private async poll(force = false): Promise<void> {
    if ((this.polling && !force) || !this.link.ready) return;
    this.polling = true;
    try {
      const [version, flushedAt] = await this.link.client.mGet([this.keys.tagVersion, this.keys.flushedAt]);
      const flushed = Number(flushedAt ?? 0);
      if (flushed > this.flushedAt) {
        this.flushedAt = flushed;
        this.hooks.onFlush(flushed);
      }
      if (version === this.seenVersion && !force) return;
      const since = Math.max(0, this.cursor - CLOCK_SLACK_MS);
      const rows = await this.link.client.zRangeByScoreWithScores(this.keys.tagTimes, since, "+inf");
      this.apply(rows.map((row) => [row.value, row.score]));
      for (const row of rows) this.cursor = Math.max(this.cursor, row.score);
      this.seenVersion = version ?? null;
    } catch {
      // Redis went away between the check and the command: the next poll tries again.
    } finally {
      this.polling = false;
    }
  }
}
