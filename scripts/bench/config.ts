/** The benchmark's settings, from the environment (see README, "Benchmark"). */
import path from "node:path";

export function isSmoke(): boolean {
  return process.env.BENCH_SMOKE === "1" || process.argv.includes("--smoke");
}

/** BENCH_DATABASE_URL, else DATABASE_URL when it names PostgreSQL, else a SQLite file of its own. */
export function benchDatabaseUrl(smoke: boolean): string {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  const configured = process.env.DATABASE_URL ?? "";
  if (/^postgres(ql)?:\/\//.test(configured)) return configured;
  // The smoke run's small archive lives apart, so it never shrinks nor waits on the big one.
  return smoke ? "file:./data/bench-smoke.db" : "file:./data/bench.db";
}

/** Images of the bench database; a directory named media, as the shipped nginx file expects. */
export function benchMediaDir(): string {
  return path.resolve("data/bench/media");
}

export function articleCount(smoke: boolean): number {
  return Number(process.env.BENCH_ARTICLES || (smoke ? 2000 : 100_000));
}

export function benchSeconds(smoke: boolean): number {
  return Number(process.env.BENCH_SECONDS || (smoke ? 1 : 10));
}

export function benchConnections(smoke: boolean): number[] {
  const list = (process.env.BENCH_CONNECTIONS || (smoke ? "16" : "16,64"))
    .split(",")
    .map((c) => Number(c.trim()))
    .filter((c) => Number.isInteger(c) && c > 0);
  return list.length ? list : [16];
}
