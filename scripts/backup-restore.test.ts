/**
 * Backup and restore through the commands an operator runs, on SQLite: the demo site backed up,
 * restored into a new database and media folder, gives the same export and the same files; a
 * damaged backup and a database with content are refused with a clear line, nothing changed.
 * Runs once, in the SQLite leg of `npm test` (each command opens its own database).
 */
import { execFile } from "node:child_process";
import { appendFile, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freshPostgresDatabases, testDatabasePrefix } from "@/test/postgres-server";
import { expect, it } from "vitest";

const run = promisify(execFile);

/** `database`: a SQLite file path, or a whole postgres:// or pglite: URL. */
type Site = { database: string; media: string };

function databaseUrl(site: Site): string {
  return /^(postgres|pglite):/.test(site.database) ? site.database : `file:${site.database}`;
}

function command(script: string, args: string[], site: Site) {
  return run(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl(site),
      MEDIA_DIR: site.media,
      AUTH_SECRET: "backup-test-only-secret-0123456789abcdef",
    },
  });
}

/** What a failing command printed on standard error. */
async function refusal(script: string, args: string[], site: Site): Promise<string> {
  const failed = await command(script, args, site).then(
    () => null,
    (error: { stderr: string }) => error.stderr.trim(),
  );
  expect(failed).not.toBeNull();
  return failed ?? "";
}

async function files(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

it(
  "restores exactly what was backed up, and refuses damage and a database with content",
  { timeout: 180_000 },
  async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "heraldo-backup-"));
    const original: Site = { database: path.join(folder, "site.db"), media: path.join(folder, "media") };
    const restored: Site = { database: path.join(folder, "restored.db"), media: path.join(folder, "restored-media") };
    const backup = path.join(folder, "backup");

    await command("seed", [], original);
    const { stdout } = await command("backup", ["--out", backup], original);
    expect(stdout).toMatch(/Backup written to .*: 50 articles, \d+ media files\./);
    const manifest = JSON.parse(await readFile(path.join(backup, "manifest.json"), "utf8")) as {
      database: { kind: string };
      files: { path: string; sha256: string }[];
    };
    expect(manifest.database.kind).toBe("sqlite");
    expect(manifest.files.length).toBeGreaterThan(10);

    // A folder that already holds something is not written into.
    expect(await refusal("backup", ["--out", backup], original)).toContain("is not empty");

    await command("restore", [backup], restored);
    const exports = [path.join(folder, "original.jsonl"), path.join(folder, "restored.jsonl")];
    await command("export", ["--out", exports[0] ?? ""], original);
    await command("export", ["--out", exports[1] ?? ""], restored);
    const [before, after] = await Promise.all(exports.map((file) => readFile(file, "utf8")));
    expect(after).toBe(before);
    expect(await files(restored.media)).toEqual(await files(original.media));

    // Restoring over content needs --force.
    expect(await refusal("restore", [backup], restored)).toContain("the database is not empty; add --force");

    // One changed byte in one image: refused before anything is touched.
    const image = manifest.files.find((file) => file.path.startsWith("media"))?.path ?? "";
    await appendFile(path.join(backup, image), "x");
    const fresh: Site = { database: path.join(folder, "fresh.db"), media: path.join(folder, "fresh-media") };
    expect(await refusal("restore", [backup], fresh)).toContain(`${image} does not match its checksum`);
    await expect(readdir(fresh.media)).rejects.toThrow();

    // A backup without its manifest was cut short.
    await rm(path.join(backup, "manifest.json"));
    expect(await refusal("restore", [backup, "--force"], restored)).toContain("has no manifest.json");
  },
);

/**
 * Two empty databases on the PostgreSQL server named by TEST_POSTGRES_URL (a backup through
 * pg_dump and pg_restore), or two PGlite folders where no server answers (a backup through an
 * export in a snapshot transaction).
 */
async function twoPostgresDatabases(folder: string): Promise<[string, string]> {
  const urls = await freshPostgresDatabases([`${testDatabasePrefix}_backup_from`, `${testDatabasePrefix}_backup_to`]);
  const [from, to] = urls ?? [`pglite:${path.join(folder, "from")}`, `pglite:${path.join(folder, "to")}`];
  return [from ?? "", to ?? ""];
}

it("restores a PostgreSQL site exactly, through pg_dump or a logical dump", { timeout: 240_000 }, async () => {
  const folder = await mkdtemp(path.join(tmpdir(), "heraldo-backup-pg-"));
  const [from, to] = await twoPostgresDatabases(folder);
  const original: Site = { database: from, media: path.join(folder, "media") };
  const restored: Site = { database: to, media: path.join(folder, "restored-media") };
  const backup = path.join(folder, "backup");

  await command("seed", [], original);
  await command("backup", ["--out", backup], original);
  const manifest = JSON.parse(await readFile(path.join(backup, "manifest.json"), "utf8")) as {
    database: { kind: string };
  };
  expect(manifest.database.kind).toBe(from.startsWith("postgres") ? "pg_dump" : "export");
  await command("restore", [backup], restored);

  const exports = [path.join(folder, "original.jsonl"), path.join(folder, "restored.jsonl")];
  await command("export", ["--out", exports[0] ?? ""], original);
  await command("export", ["--out", exports[1] ?? ""], restored);
  const [before, after] = await Promise.all(exports.map((file) => readFile(file, "utf8")));
  expect((before ?? "").split("\n").length).toBeGreaterThan(250);
  expect(after).toBe(before);
  expect(await files(restored.media)).toEqual(await files(original.media));
});
