/**
 * The database half of a backup: a consistent copy taken while the site serves, and putting one
 * back. Three kinds, by what the database is and what the machine has:
 *
 * - `sqlite`: SQLite's own online copy (`VACUUM INTO`), one transaction's view of the file;
 * - `pg_dump`: PostgreSQL's dump in its custom format, when `pg_dump` is installed and takes it;
 * - `export`: otherwise (PGlite, no `pg_dump`), a Heraldo export (db/transfer) read inside one
 *   read-only repeatable-read transaction, so it too is one moment of the site.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, rm, stat } from "node:fs/promises";
import { createClient } from "@libsql/client";
import path from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { env } from "@/server/env";
import { closeDatabase, db, rawRows } from "./client";
import { parseDatabaseUrl } from "./connection";
import { exportSite } from "./transfer/export";
import { importSite } from "./transfer/import";
import { tablesInDeleteOrder, wipeDatabase } from "./maintenance";

const run = promisify(execFile);

export type SnapshotKind = "sqlite" | "pg_dump" | "export";
export const snapshotFiles: Record<SnapshotKind, string> = {
  sqlite: "database.sqlite",
  pg_dump: "database.pgdump",
  export: "database.jsonl",
};

/** postgres-js's URL without its password, which goes to the tools through the environment. */
function postgresTarget(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { url: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** A file path as an SQL string literal. */
function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** Writes the database's copy into `folder`; answers which kind it wrote. */
export async function takeSnapshot(folder: string, log: (line: string) => void): Promise<SnapshotKind> {
  const connection = parseDatabaseUrl(env.DATABASE_URL);
  if (connection.dialect === "sqlite") {
    if (!connection.url.startsWith("file:")) throw new Error("backups of a remote libsql database are not supported");
    await rawRows(sql.raw(`VACUUM INTO ${literal(path.resolve(folder, snapshotFiles.sqlite))}`));
    return "sqlite";
  }
  if (connection.dialect === "postgres") {
    const target = postgresTarget(connection.url);
    try {
      await run(
        "pg_dump",
        ["--format=custom", "--no-owner", "--file", path.join(folder, snapshotFiles.pg_dump), target.url],
        {
          env: target.env,
        },
      );
      return "pg_dump";
    } catch (error) {
      const reason = (error as { stderr?: string; code?: string }).stderr?.split("\n")[0] || (error as Error).message;
      log(`pg_dump could not be used (${reason.trim()}); writing a logical dump instead.`);
      await rm(path.join(folder, snapshotFiles.pg_dump), { force: true });
    }
  }
  await db.transaction(
    async (tx) => {
      await exportSite(path.join(folder, snapshotFiles.export), undefined, tx);
    },
    { isolationLevel: "repeatable read", accessMode: "read only" } as unknown as Parameters<typeof db.transaction>[1],
  );
  return "export";
}

const sqliteOnly = "this backup is of a SQLite database; to move to PostgreSQL use npm run export and npm run import";

/**
 * Whether the SQLite file named by DATABASE_URL holds any rows, read through a connection of
 * its own that is closed again: a SQLite restore replaces the file, and no connection of this
 * process may have written to it (one that has would write its log back over the new file).
 */
export async function sqliteTargetHasContent(): Promise<boolean> {
  const connection = parseDatabaseUrl(env.DATABASE_URL);
  if (connection.dialect !== "sqlite" || !connection.url.startsWith("file:")) throw new Error(sqliteOnly);
  const target = path.resolve(connection.url.slice("file:".length));
  if (!(await stat(target).catch(() => null))) return false;
  const client = createClient({ url: `file:${target}` });
  try {
    const existing = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table'");
    const names = new Set(existing.rows.map((row) => String(row.name)));
    for (const table of tablesInDeleteOrder.filter((name) => names.has(name))) {
      const result = await client.execute(`SELECT 1 FROM "${table}" LIMIT 1`);
      if (result.rows.length) return true;
    }
    return false;
  } finally {
    client.close();
  }
}

/** Puts a snapshot back into the (emptied or empty) database named by DATABASE_URL. */
export async function restoreSnapshot(folder: string, kind: SnapshotKind): Promise<void> {
  const connection = parseDatabaseUrl(env.DATABASE_URL);
  const file = path.join(folder, snapshotFiles[kind]);
  if (kind === "sqlite") {
    if (connection.dialect !== "sqlite" || !connection.url.startsWith("file:")) throw new Error(sqliteOnly);
    // The file is replaced whole, with the old write-ahead log, which belongs to the old file.
    // The next start applies any migrations newer than the backup.
    await closeDatabase();
    const target = path.resolve(connection.url.slice("file:".length));
    await mkdir(path.dirname(target), { recursive: true });
    for (const suffix of ["-wal", "-shm"]) await rm(`${target}${suffix}`, { force: true });
    await copyFile(file, target);
    return;
  }
  if (kind === "pg_dump") {
    if (connection.dialect !== "postgres") throw new Error("a pg_dump backup restores into a PostgreSQL server only");
    const target = postgresTarget(connection.url);
    await wipeDatabase();
    await run(
      "pg_restore",
      ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname", target.url, file],
      {
        env: target.env,
      },
    );
    return;
  }
  await wipeDatabase();
  await importSite(file);
}
