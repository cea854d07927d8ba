/**
 * The production server the benchmark starts when BENCH_URL is not given: built if needed, on
 * its own bench database (seeded to the archive size once, then reused), started the way
 * `npm start` starts it, and read from inside through /_heraldo/metrics (or /proc when the
 * server predates that endpoint).
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { rawGet, waitForOk } from "./http";
import { output, runToEnd, startProcess, stopProcess } from "./processes";

/** Known only to the bench database, so the benchmark can sign in as an editor would. */
export const benchCredentials = { email: "bench-admin@heraldo.local", password: "bench-password-2024" };

const tsx = "./node_modules/.bin/tsx";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function ensureBuild(): Promise<boolean> {
  if (existsSync(".next/BUILD_ID")) return false;
  console.log("No build found: running next build first.");
  await runToEnd("./node_modules/.bin/next", ["build"], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  return true;
}

export type BenchDatabase = {
  url: string;
  dialect: "sqlite" | "postgres";
  published: number;
  seeded: string;
  /** The article given 500 approved comments (scripts/bench/seed-comments.ts). */
  commentedArticle: string | null;
};

export function benchEnvironment(databaseUrl: string, mediaDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    MEDIA_DIR: mediaDir,
    ADMIN_EMAIL: benchCredentials.email,
    ADMIN_PASSWORD: benchCredentials.password,
    // A fixed secret: sessions from an earlier run stay valid, and none is written to disk.
    AUTH_SECRET: "heraldo-benchmark-secret-not-for-production-use",
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

async function publishedCount(env: NodeJS.ProcessEnv): Promise<number> {
  const printed = await output(tsx, ["scripts/bench/published-count.ts"], { env });
  return Number(printed.trim().split("\n").pop());
}

/** Seeds the bench database up to `articles` published articles, unless it holds them already. */
export async function prepareDatabase(databaseUrl: string, mediaDir: string, articles: number): Promise<BenchDatabase> {
  const dialect = /^postgres(ql)?:\/\//.test(databaseUrl) ? "postgres" : "sqlite";
  if (dialect === "sqlite") await mkdir("data", { recursive: true });
  const env = benchEnvironment(databaseUrl, mediaDir);
  let published = await publishedCount(env);
  let seeded = "existing content";
  if (published < articles) {
    // seed:bulk adds what it is told to: top the database up to the count asked for.
    const missing = articles - published;
    console.log(`Seeding ${missing} articles into the bench database (once; later runs reuse it).`);
    await runToEnd("npm", ["run", "seed:bulk", "--", "--articles", String(missing)], { env });
    seeded = `npm run seed:bulk -- --articles ${missing}`;
    published = await publishedCount(env);
  }
  const printed = await output(tsx, ["scripts/bench/seed-comments.ts"], { env });
  const commentedArticle = printed.trim().split("\n").pop() ?? "";
  return {
    url: databaseUrl,
    dialect,
    published,
    seeded,
    commentedArticle: commentedArticle.startsWith("/") ? commentedArticle : null,
  };
}

/** The command `npm start` runs, from package.json, so the bench measures the same process. */
function startCommand(): { command: string; args: string[] } {
  const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
  const [program = "tsx", ...args] = (scripts.start ?? "tsx scripts/start.ts").split(/\s+/);
  // Node itself, so the child's pid is the server's (its memory is what /proc reports).
  if (program === "node") return { command: process.execPath, args };
  return { command: program === "tsx" ? tsx : program, args };
}

/** Where the bench's own server writes its log. */
export const serverLogPath = path.resolve("data/bench/server.log");

export type StartedServer = { origin: string; port: number; process: ChildProcess; stop(): Promise<void> };

export async function startServer(env: NodeJS.ProcessEnv): Promise<StartedServer> {
  const port = await freePort();
  const { command, args } = startCommand();
  // As in production: a log line per request (LOG_LEVEL=info, server/request-log.ts), written
  // to a file here rather than into the report's output, so its cost is part of what is measured.
  mkdirSync(path.dirname(serverLogPath), { recursive: true });
  const log = openSync(serverLogPath, "w");
  const child = startProcess(command, args, {
    env: { ...env, PORT: String(port), LOG_LEVEL: "info" },
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  const origin = `http://127.0.0.1:${port}`;
  await waitForOk(`${origin}/api/health/ready`, 120_000, () => child.exitCode === null);
  return { origin, port, process: child, stop: () => stopProcess(child, 10_000) };
}

export type MetricsReading = { eventLoopDelayMaxMs: number | null; maxRssBytes: number | null; source: string };

type MetricsBody = {
  eventLoopDelayMaxMs?: number;
  rssBytes?: number;
  maxRssBytes?: number;
  pageCache?: { entries: number; bytes: number; hits: number; misses: number } | null;
};

/**
 * Reads the server's own figures. Each reading resets the delay histogram, so a reading covers
 * the time since the previous one. Without the endpoint, peak memory comes from /proc (VmHWM)
 * when the server is a child of this process, and the event-loop delay is not available.
 */
export class ServerMetrics {
  available = false;
  pageCache: MetricsBody["pageCache"] = null;

  constructor(
    private readonly origin: string,
    private readonly pid: number | undefined,
  ) {}

  async probe(): Promise<void> {
    this.available = (await this.fetch()) !== null;
  }

  private async fetch(): Promise<MetricsBody | null> {
    try {
      const response = await rawGet(`${this.origin}/_heraldo/metrics?reset=1`, {}, 5000);
      if (response.status !== 200) return null;
      return JSON.parse(response.body.toString()) as MetricsBody;
    } catch {
      return null;
    }
  }

  private procPeak(): number | null {
    if (this.pid === undefined) return null;
    try {
      const status = readFileSync(path.join("/proc", String(this.pid), "status"), "utf8");
      const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
      return kb ? Number(kb) * 1024 : null;
    } catch {
      return null;
    }
  }

  async read(): Promise<MetricsReading> {
    const body = this.available ? await this.fetch() : null;
    if (body) {
      this.pageCache = body.pageCache ?? null;
      return {
        eventLoopDelayMaxMs: body.eventLoopDelayMaxMs ?? null,
        maxRssBytes: body.maxRssBytes ?? body.rssBytes ?? null,
        source: "/_heraldo/metrics",
      };
    }
    const peak = this.procPeak();
    return { eventLoopDelayMaxMs: null, maxRssBytes: peak, source: peak === null ? "not available" : "/proc VmHWM" };
  }
}
