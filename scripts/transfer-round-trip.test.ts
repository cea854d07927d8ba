/**
 * The documented move from SQLite to PostgreSQL, through the commands a person runs: the demo
 * newsroom on SQLite, `npm run export`, `npm run import` into an empty PostgreSQL database (the
 * server named by TEST_POSTGRES_URL, or PGlite where none answers), `npm run export` again: the
 * two files are the same bytes. Runs once, in the SQLite leg of `npm test` (each command opens
 * its own database, whatever the leg's).
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freshPostgresDatabases, testDatabasePrefix } from "@/test/postgres-server";
import { expect, it } from "vitest";

const run = promisify(execFile);

async function command(script: string, args: string[], databaseUrl: string): Promise<string> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: "round-trip-only-secret-0123456789abcdef" },
  });
  return stdout;
}

/** An empty database on the PostgreSQL server, or an in-process PGlite folder without one. */
async function emptyPostgres(folder: string): Promise<string> {
  const [url] = (await freshPostgresDatabases([`${testDatabasePrefix}_transfer`])) ?? [];
  return url ?? `pglite:${path.join(folder, "pglite")}`;
}

it("moves a site from SQLite to PostgreSQL with nothing changed on the way", { timeout: 180_000 }, async () => {
  const folder = await mkdtemp(path.join(tmpdir(), "heraldo-round-trip-"));
  const sqliteUrl = `file:${path.join(folder, "site.db")}`;
  const first = path.join(folder, "from-sqlite.jsonl");
  const second = path.join(folder, "from-postgres.jsonl");
  const postgresUrl = await emptyPostgres(folder);

  await command("seed", [], sqliteUrl);
  expect(await command("export", ["--out", first], sqliteUrl)).toMatch(/Exported \d+ rows \(50 articles\)/);
  expect(await command("import", [first], postgresUrl)).toMatch(/Imported \d+ rows \(50 articles\)/);
  await command("export", ["--out", second], postgresUrl);

  const [sqliteExport, postgresExport] = await Promise.all([readFile(first, "utf8"), readFile(second, "utf8")]);
  expect(sqliteExport.split("\n").length).toBeGreaterThan(250);
  expect(postgresExport).toBe(sqliteExport);
});
