/**
 * `npm test`: every test, on every dialect this machine offers.
 *
 * 1. Vitest on SQLite; its tests that open a database (databaseTestFiles below) also on
 *    PostgreSQL (the server named by TEST_POSTGRES_URL, default the local server, database
 *    heraldo_test) and on in-process PGlite, the fallback for machines with no PostgreSQL server. Without a server the PostgreSQL leg is left out (PGlite
 *    stands for it). The legs run side by side, each with a database and media folder of its
 *    own; the PGlite leg, the slowest, runs on beside the end-to-end suites too.
 * 2. A production build, then the end-to-end suite (Playwright, Debian's Chromium) on SQLite
 *    and on PostgreSQL (the same server, database <name>_e2e, or PGlite), also side by side:
 *    each suite runs against a server, database, build directory, ports and folders of its own
 *    (the PostgreSQL one on E2E_PORT+2 and +3), so neither sees the other; within a suite the
 *    tests still take turns on one worker. Each run signs every staff account in once and
 *    reuses the sessions (e2e/sign-in.setup.ts). When the PostgreSQL suite ends, the two-instance
 *    test (two servers sharing one PostgreSQL database, Redis and an S3 store) runs in its place.
 *
 * The output of each leg is kept in data/test-results/<leg>.log and printed in one piece when
 * the leg ends, so the legs' lines do not interleave.
 *
 * The tag @markup marks an end-to-end test that the database dialect cannot change: markup and
 * accessibility, keyboard and no-JavaScript behaviour, print layout, cache headers, not-found
 * pages decided by the address alone. The PostgreSQL run skips them (--grep-invert @markup).
 * A test that writes, searches, lists, counts or looks anything up that no other test checks on
 * both dialects stays untagged; when unsure, leave the tag off.
 *
 * The tag @second-process marks an end-to-end test that runs a command on the suite's database
 * while its server has it open. PGlite lives inside one process, so a PGlite run leaves them out
 * (the SQLite run and a run on a PostgreSQL server keep them), as it leaves out the two-instance test.
 *
 * Ends with one line "N passed, N failed" over all runs, and a non-zero exit if anything failed.
 * SKIP_BUILD=1 reuses an existing build; E2E=0 or UNIT=0 skips a half.
 */
import { spawn } from "node:child_process";
import { cpSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { freshPostgresDatabases, testDatabasePrefix } from "../test/postgres-server";

type Counts = { passed: number; failed: number; skipped: number };
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];
const resultsDir = "data/test-results";
const started = Date.now();

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

/**
 * Runs one leg with its output going to data/test-results/<file>.log; prints that log in one
 * piece when the leg ends. Resolves true when it exits 0.
 */
function run(label: string, file: string, command: string, args: string[], env: Record<string, string>) {
  const logPath = `${resultsDir}/${file}.log`;
  const legStart = Date.now();
  console.log(`--- started: ${label} (${seconds(legStart - started)} into the run)`);
  return new Promise<boolean>((resolve) => {
    const log = createWriteStream(logPath);
    const child = spawn(command, args, {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on("close", (code) => {
      log.end(() => {
        const took = seconds(Date.now() - legStart);
        console.log(`\n=== ${label} (${took}, exit ${code}) ===`);
        console.log(readFileSync(logPath, "utf8").trimEnd());
        if (code !== 0) failures.push(label);
        resolve(code === 0);
      });
    });
  });
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

/** Every database `npm test` makes is named after TEST_POSTGRES_URL's, so runs side by side can differ. */
const unitDb = testDatabasePrefix;

/** A fresh PostgreSQL database on the configured server, or null when no server answers. */
async function freshPostgresDatabase(name: string): Promise<string | null> {
  return (await freshPostgresDatabases([name]))?.[0] ?? null;
}

rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const vitest = ["vitest", "run", "--reporter=default", "--reporter=json"];

/**
 * The test files whose outcome the database can change: everything under db/, and every other
 * file that sets up a test database (test/database.ts). The rest (lib/ may not reach the data
 * layer at all, by lint; pure server pieces such as PDF drawing, headers and caches) never opens
 * a database, so the SQLite leg runs them once and the PostgreSQL legs leave them out.
 */
function databaseTestFiles(): string[] {
  return ["app", "db", "lib", "server", "test"]
    .flatMap((folder) => readdirSync(folder, { recursive: true, encoding: "utf8" }).map((f) => path.join(folder, f)))
    .filter((file) => file.endsWith(".test.ts"))
    .filter((file) => file.startsWith(`db${path.sep}`) || readFileSync(file, "utf8").includes("@/test/database"));
}

/**
 * One Vitest leg; each writes media under a folder of its own (vitest.config.ts,
 * TEST_MEDIA_DIR). `files` limits it to those test files.
 */
function unitLeg(label: string, name: string, databaseUrl: string, files: string[] = []): Promise<void> {
  const args = [...vitest, `--outputFile=${resultsDir}/unit-${name}.json`, ...files];
  return run(label, `unit-${name}`, "npx", args, {
    DATABASE_URL: databaseUrl,
    TEST_MEDIA_DIR: `./data/unit-${name}/test-media`,
  }).then(() => addVitest(`${resultsDir}/unit-${name}.json`));
}

/** The SQLite and PostgreSQL server legs, side by side. */
async function unitTests(): Promise<void> {
  rmSync("data/test-unit.db", { force: true });
  const pgUrl = await freshPostgresDatabase(unitDb);
  await Promise.all([
    unitLeg("unit tests on SQLite", "sqlite", "file:./data/test-unit.db"),
    ...(pgUrl ? [unitLeg("unit tests on PostgreSQL (server)", "pg", pgUrl, databaseTestFiles())] : []),
  ]);
}

/** The build directory the PostgreSQL suite's server uses: a copy of `.next` (see next.config.ts). */
const pgDistDir = ".next-e2e-pg";

async function endToEndTests(): Promise<void> {
  const built = process.env.SKIP_BUILD === "1" && existsSync(".next/BUILD_ID");
  if (!built && !(await run("production build", "build", "npx", ["next", "build"], {}))) return;
  const port = Number(process.env.E2E_PORT || 3210);
  for (const file of ["data/e2e.db", "data/e2e.db-wal", "data/e2e.db-shm", "data/e2e-pglite", pgDistDir]) {
    rmSync(file, { recursive: true, force: true });
  }
  // Next keeps rendered pages on disk in its build directory: a server of its own needs a copy
  // of its own. Symbolic links stay relative (the copy sits next to `.next`, at the same depth).
  cpSync(".next", pgDistDir, { recursive: true, verbatimSymlinks: true });
  const pgUrl = (await freshPostgresDatabase(`${unitDb}_e2e`)) ?? "pglite:./data/e2e-pglite";
  try {
    await Promise.all([
      run("end-to-end tests on SQLite", "e2e-sqlite", "npx", ["playwright", "test"], {
        // Named too: Playwright empties its output folder when it starts, and the default one
        // (test-results/) would hold the other suite's.
        E2E_NAME: "e2e-sqlite",
        E2E_DATABASE_URL: "file:./data/e2e.db",
        E2E_PORT: String(port),
        E2E_DIRECT_PORT: String(process.env.E2E_DIRECT_PORT || port + 1),
        PLAYWRIGHT_JSON_OUTPUT_NAME: `${resultsDir}/e2e-sqlite.json`,
      }).then(() => addPlaywright(`${resultsDir}/e2e-sqlite.json`)),
      run(
        `end-to-end tests on PostgreSQL (${pgUrl.startsWith("pglite") ? "PGlite" : "server"})`,
        "e2e-pg",
        "npx",
        // Tests tagged @markup (see the top of this file) do not depend on the dialect: SQLite covers
        // them. On PGlite, no second process can open the database: @second-process tests stay out.
        ["playwright", "test", "--grep-invert", pgUrl.startsWith("pglite") ? "@markup|@second-process" : "@markup"],
        {
          E2E_NAME: "e2e-pg",
          E2E_DATABASE_URL: pgUrl,
          E2E_PORT: String(port + 2),
          E2E_DIRECT_PORT: String(port + 3),
          NEXT_DIST_DIR: pgDistDir,
          PLAYWRIGHT_JSON_OUTPUT_NAME: `${resultsDir}/e2e-pg.json`,
        },
      )
        .then(() => addPlaywright(`${resultsDir}/e2e-pg.json`))
        // The PostgreSQL suite (which leaves the @markup tests to SQLite) ends minutes before the
        // SQLite one: the two-instance test takes its place.
        .then(() => twoInstanceTest(port + 4, pgUrl)),
    ]);
  } finally {
    // Out of the way of lint and the typecheck, which would otherwise read it.
    rmSync(pgDistDir, { recursive: true, force: true });
  }
}

/**
 * Two production instances on one PostgreSQL database, one Redis and one S3-compatible store
 * (playwright.instances.config.ts). Two processes cannot share PGlite, so without a PostgreSQL
 * server it cannot run; it says so instead.
 */
async function twoInstanceTest(port: number, pgUrl: string): Promise<void> {
  if (pgUrl.startsWith("pglite")) {
    console.log("--- not run: the two-instance test needs a PostgreSQL server (two processes cannot share PGlite)");
    return;
  }
  const report = `${resultsDir}/instances.json`;
  await run(
    "two instances (PostgreSQL, Redis, S3)",
    "instances",
    "npx",
    ["playwright", "test", "-c", "playwright.instances.config.ts"],
    {
      E2E_PORT: String(port),
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    },
  );
  addPlaywright(report);
}

// PGlite is the slowest leg (PostgreSQL compiled to WebAssembly, in the test process) and needs
// nothing the others use, so it runs from the start to the end, beside the other legs and the
// end-to-end suites, which spend most of their time waiting on a browser or a server.
const pgliteLeg =
  process.env.UNIT !== "0" ? unitLeg("unit tests on PGlite", "pglite", "pglite:memory://", databaseTestFiles()) : null;
if (process.env.UNIT !== "0") await unitTests();
if (process.env.E2E !== "0") await endToEndTests();
await pgliteLeg;

console.log(failures.length ? `\nFailed runs: ${failures.join("; ")}` : "\nAll runs passed.");
console.log(`Took ${seconds(Date.now() - started)}.`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(failures.length || total.failed ? 1 : 0);
