import { afterEach, describe, expect, it, vi } from "vitest";
import type { ReadTally } from "@/db/queries/articles/read-counts";
import { ReadCounter } from "./read-counter";

function recorder() {
  const batches: ReadTally[][] = [];
  return { batches, write: async (tallies: ReadTally[]) => void batches.push(tallies) };
}

describe("ReadCounter", () => {
  afterEach(() => vi.useRealTimers());

  it("turns many reads into one write per flush, one tally per article and day", async () => {
    vi.useFakeTimers();
    const { batches, write } = recorder();
    const counter = new ReadCounter({ write, intervalMs: 5_000, now: () => new Date("2026-03-01T12:00:00Z") });
    for (let i = 0; i < 250; i += 1) counter.record(7, `10.0.0.${i}`);
    for (let i = 0; i < 40; i += 1) counter.record(9, `10.0.0.${i}`);
    expect(batches).toEqual([]);

    await vi.advanceTimersByTimeAsync(5_000);

    expect(batches).toHaveLength(1);
    expect(batches[0]).toEqual(
      expect.arrayContaining([
        { articleId: 7, day: "2026-03-01", reads: 250 },
        { articleId: 9, day: "2026-03-01", reads: 40 },
      ]),
    );
    expect(batches[0]).toHaveLength(2);
  });

  it("flushes early once enough reads are pending, and on demand", async () => {
    const { batches, write } = recorder();
    const counter = new ReadCounter({ write, intervalMs: 60_000, maxPending: 100 });
    for (let i = 0; i < 100; i += 1) counter.record(3, `10.0.0.${i}`);
    await counter.flush();
    expect(batches.map((b) => b[0]?.reads)).toEqual([100]);
    counter.record(3, "10.0.1.1");
    await counter.flush();
    await counter.flush();
    expect(batches.map((b) => b[0]?.reads)).toEqual([100, 1]);
  });

  it("keeps reads of different days apart", async () => {
    const { batches, write } = recorder();
    let now = new Date("2026-03-01T23:59:59Z");
    const counter = new ReadCounter({ write, now: () => now });
    counter.record(5, "10.0.0.1");
    now = new Date("2026-03-02T00:00:01Z");
    counter.record(5, "10.0.0.1");
    await counter.flush();
    expect(batches[0]?.map((t) => t.day).sort()).toEqual(["2026-03-01", "2026-03-02"]);
  });

  it("counts one read per client and article a day, however often it posts", async () => {
    const { batches, write } = recorder();
    const counter = new ReadCounter({ write, now: () => new Date("2026-03-01T12:00:00Z") });
    for (let i = 0; i < 300; i += 1) counter.record(7, "203.0.113.5");
    counter.record(7, "203.0.113.6");
    counter.record(8, "203.0.113.5");
    await counter.flush();
    for (let i = 0; i < 300; i += 1) counter.record(7, "203.0.113.5");
    await counter.flush();
    expect(batches).toEqual([
      expect.arrayContaining([
        { articleId: 7, day: "2026-03-01", reads: 2 },
        { articleId: 8, day: "2026-03-01", reads: 1 },
      ]),
    ]);
  });

  it("survives a failed write without throwing at the reader", async () => {
    const counter = new ReadCounter({ write: () => Promise.reject(new Error("database down")) });
    counter.record(1, "10.0.0.1");
    await expect(counter.flush()).resolves.toBeUndefined();
  });
});
