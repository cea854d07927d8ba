/**
 * Read counting off the request path: each page view adds one to an in-memory tally, and the
 * tallies are written in batches (one upsert per article and day) every few seconds, when the
 * buffer grows large, and on shutdown. A crash can lose at most one interval of counts, which is
 * acceptable for a popularity chart.
 *
 * A client counts once per article and UTC day (server/recent-reads.ts), and only reads of
 * articles that are published when the batch is written are stored (db/queries/articles/read-counts.ts):
 * checking there costs one query per batch instead of one per read.
 */
import "server-only";
import { addReadCounts, readDay, type ReadTally } from "@/db/queries/articles/read-counts";
import { logger } from "./logger";
import { RecentReads } from "./recent-reads";
import { env } from "./env";

export type ReadCounterOptions = {
  /** Writes one batch; by default the database. */
  write?: (tallies: ReadTally[]) => Promise<void>;
  /** Flush after this long with pending reads. */
  intervalMs?: number;
  /** Flush as soon as this many reads are pending. */
  maxPending?: number;
  now?: () => Date;
  /** Reads already counted today; by default a fresh set of the default capacity. */
  recent?: RecentReads;
};

export class ReadCounter {
  private pending = new Map<string, ReadTally>();
  private pendingReads = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private readonly write: (tallies: ReadTally[]) => Promise<void>;
  private readonly intervalMs: number;
  private readonly maxPending: number;
  private readonly now: () => Date;
  private readonly recent: RecentReads;

  constructor(options: ReadCounterOptions = {}) {
    this.write = options.write ?? addReadCounts;
    this.intervalMs = options.intervalMs ?? 10_000;
    this.maxPending = options.maxPending ?? 1_000;
    this.now = options.now ?? (() => new Date());
    this.recent = options.recent ?? new RecentReads();
  }

  /**
   * One read of an article by the client at `address`, now; a repeat of today's read by the same
   * client is ignored. Never waits for the database.
   */
  record(articleId: number, address: string): void {
    const day = readDay(this.now());
    if (!this.recent.firstRead(address, articleId, day)) return;
    const key = `${articleId}:${day}`;
    const tally = this.pending.get(key);
    if (tally) tally.reads += 1;
    else this.pending.set(key, { articleId, day, reads: 1 });
    this.pendingReads += 1;
    if (this.pendingReads >= this.maxPending) void this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.intervalMs);
      this.timer.unref?.();
    }
  }

  /** Writes everything pending (after any flush already under way). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    this.pendingReads = 0;
    if (batch.length === 0) return this.flushing;
    this.flushing = this.flushing.then(() =>
      this.write(batch).catch((error: unknown) => {
        logger.warn({ err: error, articles: batch.length }, "read counts could not be written; dropped");
      }),
    );
    return this.flushing;
  }
}

// One counter per process, kept on globalThis so the server's shutdown hook (server/http-server.ts)
// can reach the same instance the route handler fills.
const key = Symbol.for("heraldo.readCounter");
const registry = globalThis as typeof globalThis & { [key]?: ReadCounter };

export function readCounter(): ReadCounter {
  registry[key] ??= new ReadCounter({
    intervalMs: env.READ_COUNT_FLUSH_MS,
    maxPending: 1_000,
  });
  return registry[key];
}

/** Writes pending reads before the process exits; safe to call when nothing was counted. */
export async function flushReadCounts(): Promise<void> {
  await registry[key]?.flush();
}
