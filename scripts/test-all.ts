/**
 * `npm test`: every test, on every dialect this machine offers.
 *
 * 1. Data-layer tests (Vitest) on SQLite, then on PostgreSQL: the server named by
 *    TEST_POSTGRES_URL (default: the local server, database heraldo_test), or in-process PGlite
 *    when no server answers.
 * 2. A production build, then the end-to-end suite (Playwright, Debian's Chromium) on SQLite
 *    and on PostgreSQL (the same server, database heraldo_e2e, or PGlite). Each run signs
 *    every staff account in once and reuses the sessions (e2e/sign-in.setup.ts).
 *
 * The tag @markup marks an end-to-end test that the database dialect cannot change: markup and
 * accessibility, keyboard and no-JavaScript behaviour, print layout, cache headers, not-found
 * pages decided by the address alone. The PostgreSQL run skips them (--grep-invert @markup).
 * A test that writes, searches, lists, counts or looks anything up that no other test checks on
 * both dialects stays untagged; when unsure, leave the tag off.
 *
 * Ends with one line "N passed, N failed" over all runs, and a non-zero exit if anything failed.
 * SKIP_BUILD=1 reuses an existing build; E2E=0 or UNIT=0 skips a half.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import postgres from "postgres";

type Counts = { passed: number; failed: number; skipped: number };
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];
const resultsDir = "data/test-results";

function run(label: string, command: string, args: string[], env: Record<string, string>): boolean {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  if (result.status !== 0) failures.push(label);
  return result.status === 0;
}

function addVitest(file: string): void {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
  };
  total.passed += report.numPassedTests;
  total.failed += report.numFailedTests;
  total.skipped += report.numPendingTests;
}

function addPlaywright(file: string): void {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  total.passed += report.stats.expected;
  total.failed += report.stats.unexpected + report.stats.flaky;
  total.skipped += report.stats.skipped;
}

/** A fresh PostgreSQL database on the configured server, or null when no server answers. */
async function freshPostgresDatabase(name: string): Promise<string | null> {
  const base = new URL(process.env.TEST_POSTGRES_URL || "postgres://postgres@127.0.0.1:5432/heraldo_test");
  const admin = postgres({
    host: base.hostname,
    port: Number(base.port || 5432),
    user: decodeURIComponent(base.username || "postgres"),
    password: decodeURIComponent(base.password),
    database: "postgres",
    connect_timeout: 3,
    onnotice: () => {},
  });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE "${name}"`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    return url.toString();
  } catch (error) {
    console.log(`PostgreSQL server not available (${(error as Error).message}); using PGlite instead.`);
    return null;
  } finally {
    await admin.end({ timeout: 1 }).catch(() => undefined);
  }
}

rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
const unitDb =
  new URL(process.env.TEST_POSTGRES_URL || "postgres://postgres@127.0.0.1:5432/heraldo_test").pathname.slice(1) ||
  "heraldo_test";

if (process.env.UNIT !== "0") {
  rmSync("data/test-unit.db", { force: true });
  const vitest = ["vitest", "run", "--reporter=default", "--reporter=json"];
  run("unit tests on SQLite", "npx", [...vitest, `--outputFile=${resultsDir}/unit-sqlite.json`], {
    DATABASE_URL: "file:./data/test-unit.db",
  });
  addVitest(`${resultsDir}/unit-sqlite.json`);
  const pgUrl = (await freshPostgresDatabase(unitDb)) ?? "pglite:memory://";
  run(
    `unit tests on PostgreSQL (${pgUrl.startsWith("pglite") ? "PGlite" : "server"})`,
    "npx",
    [...vitest, `--outputFile=${resultsDir}/unit-pg.json`],
    { DATABASE_URL: pgUrl },
  );
  addVitest(`${resultsDir}/unit-pg.json`);
}

if (process.env.E2E !== "0") {
  const built = process.env.SKIP_BUILD === "1" && existsSync(".next/BUILD_ID");
  if (built || run("production build", "npx", ["next", "build"], {})) {
    rmSync("data/e2e.db", { force: true });
    rmSync("data/e2e.db-wal", { force: true });
    rmSync("data/e2e.db-shm", { force: true });
    run("end-to-end tests on SQLite", "npx", ["playwright", "test"], {
      E2E_DATABASE_URL: "file:./data/e2e.db",
      PLAYWRIGHT_JSON_OUTPUT_NAME: `${resultsDir}/e2e-sqlite.json`,
    });
    addPlaywright(`${resultsDir}/e2e-sqlite.json`);
    rmSync("data/e2e-pglite", { recursive: true, force: true });
    const pgUrl = (await freshPostgresDatabase(`${unitDb}_e2e`)) ?? "pglite:./data/e2e-pglite";
    run(
      `end-to-end tests on PostgreSQL (${pgUrl.startsWith("pglite") ? "PGlite" : "server"})`,
      "npx",
      // Tests tagged @markup (see the top of this file) do not depend on the dialect: SQLite covers them.
      ["playwright", "test", "--grep-invert", "@markup"],
      { E2E_DATABASE_URL: pgUrl, PLAYWRIGHT_JSON_OUTPUT_NAME: `${resultsDir}/e2e-pg.json` },
    );
    addPlaywright(`${resultsDir}/e2e-pg.json`);
  }
}

console.log(failures.length ? `\nFailed runs: ${failures.join("; ")}` : "\nAll runs passed.");
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(failures.length || total.failed ? 1 : 0);
