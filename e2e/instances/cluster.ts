/**
 * Two production instances of the site, as a deployment behind a load balancer runs them: one
 * PostgreSQL database, one Redis (REDIS_URL), one S3-compatible media store (s3rver), the same
 * build and the same secrets, each on a port of its own. The test starts and stops the pieces to
 * play outages: Redis and the store going away, an instance killed with SIGKILL.
 *
 * Needs a PostgreSQL server (TEST_POSTGRES_URL, default the local one) and Debian's
 * redis-server; without them `startCluster` answers why, and the caller skips (CI fails
 * instead: its script provides both).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { freshPostgresDatabases, testDatabasePrefix } from "@/test/postgres-server";
import { redisMissing, startTestRedis, type TestRedis } from "@/test/redis-server";
import { staffAccounts, staffPassword } from "../support/env";

const root = path.join(import.meta.dirname, "..", "..");
const bucket = "heraldo-instances";
/** A build directory of their own (Next writes its image cache there; the other suites use theirs). */
const distDir = ".next-e2e-instances";

export type Instance = {
  name: string;
  baseUrl: string;
  /** Every line the instance has logged so far (JSON, one object per line). */
  logLines(): string[];
  /** Kills the process at once, as a crash or `kill -9` would. */
  kill(): void;
  /** SIGTERM, then waits for the process to end. */
  stop(): Promise<void>;
  exited(): boolean;
};

export type Cluster = {
  a: Instance;
  b: Instance;
  redis: TestRedis;
  store: { stop(): Promise<void>; start(): Promise<void> };
  stop(): Promise<void>;
};

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}:\n${output}`)),
    );
  });
}

async function startStore(directory: string, port = 0) {
  const server = new S3rver({
    port,
    address: "127.0.0.1",
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const address = (await server.run()) as AddressInfo;
  return { server, port: address.port };
}

function startInstance(name: string, port: number, env: NodeJS.ProcessEnv, logPath: string): Instance {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: root,
    // Uploaded exports wait on each instance's own disk, as on two machines.
    env: { ...env, PORT: String(port), IMPORT_DIR: `./data/instances-imports-${port}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  let partial = "";
  const collect = (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const parts = text.split("\n");
    partial = parts.pop() ?? "";
    lines.push(...parts);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  child.on("exit", () => {
    mkdirSync(path.dirname(logPath), { recursive: true });
    // Kept for a person reading a failure.
    writeFileSync(logPath, lines.join("\n"));
  });
  return {
    name,
    baseUrl: `http://localhost:${port}`,
    logLines: () => [...lines],
    kill: () => child.kill("SIGKILL"),
    exited: () => child.exitCode !== null || child.signalCode !== null,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

async function ready(instance: Instance, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (instance.exited()) throw new Error(`${instance.name} exited:\n${instance.logLines().join("\n")}`);
    const ok = await fetch(`${instance.baseUrl}/api/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${instance.name} did not start in ${ms / 1000} s:\n${instance.logLines().join("\n")}`);
}

/** The running cluster, or the reason it cannot run on this machine. */
export async function startCluster(ports: { a: number; b: number }): Promise<Cluster | string> {
  const [databaseUrl] = (await freshPostgresDatabases([`${testDatabasePrefix}_instances`])) ?? [];
  if (!databaseUrl) return "no PostgreSQL server answers (TEST_POSTGRES_URL); two instances cannot share PGlite";
  const redis = await startTestRedis();
  if (!redis) return redisMissing;

  const storeDirectory = await mkdtemp(path.join(tmpdir(), "heraldo-instances-s3-"));
  let store = await startStore(storeDirectory);
  const storePort = store.port;

  rmSync(path.join(root, distDir), { recursive: true, force: true });
  // Symbolic links stay relative (the copy sits next to `.next`, at the same depth).
  cpSync(path.join(root, ".next"), path.join(root, distDir), { recursive: true, verbatimSymlinks: true });

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: distDir,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "two-instances-secret-0123456789abcdefghij",
    // The public address both instances answer for (a load balancer's, in production).
    SITE_URL: `http://localhost:${ports.a}`,
    SITE_TIME_ZONE: "Europe/Madrid",
    ADMIN_EMAIL: staffAccounts.admin.email,
    ADMIN_PASSWORD: staffPassword,
    REDIS_URL: redis.url,
    REDIS_KEY_PREFIX: `instances-${Date.now()}`,
    MEDIA_STORAGE: "s3",
    S3_BUCKET: bucket,
    S3_ENDPOINT: `http://127.0.0.1:${storePort}`,
    S3_FORCE_PATH_STYLE: "1",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    PDF_CACHE_DIR: "./data/instances-pdf-cache",
    SCHEDULER_INTERVAL_SECONDS: "2",
    LOG_FORMAT: "json",
  };
  await run("npx", ["tsx", "scripts/reset.ts", "--yes"], env);
  await run("npx", ["tsx", "e2e/support/create-staff.ts"], env);

  // Both at once, as a deployment starts them: they take turns at the start-up work.
  const logs = path.join(root, "data", "test-results");
  const a = startInstance("instance A", ports.a, env, path.join(logs, "instance-a.log"));
  const b = startInstance("instance B", ports.b, env, path.join(logs, "instance-b.log"));
  await Promise.all([ready(a, 90_000), ready(b, 90_000)]);

  return {
    a,
    b,
    redis,
    store: {
      stop: () => store.server.close(),
      start: async () => {
        store = await startStore(storeDirectory, storePort);
      },
    },
    stop: async () => {
      await Promise.all([a.stop(), b.stop()]);
      await store.server.close().catch(() => undefined);
      await redis.stop();
      rmSync(path.join(root, distDir), { recursive: true, force: true });
      rmSync(storeDirectory, { recursive: true, force: true });
    },
  };
}

/** The messages of an instance's log lines (JSON lines; anything else as it is). */
export function logMessages(instance: Instance): string[] {
  return instance.logLines().map((line) => {
    try {
      return String((JSON.parse(line) as { msg?: unknown }).msg ?? "");
    } catch {
      return line;
    }
  });
}
