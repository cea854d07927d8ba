/**
 * The database, chosen once from DATABASE_URL. Shared query code is typed against the async
 * SQLite (libsql) flavour; the PostgreSQL instance and schema are cast to it here, and only here.
 * That is safe because db/schema/parity.check.ts proves the row types identical, and shared code
 * sticks to the API both dialects share (await builders; no .all/.get/.run).
 *
 * This is the only module that knows the drivers (libsql, postgres-js, PGlite). Everything else
 * knows the family at most (`family`: "sqlite" or "pg"), and query code asks db/dialect.ts for
 * the few pieces that differ between the two.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { createClient, type Client } from "@libsql/client";
import { drizzle as drizzleLibsql, type LibSQLDatabase } from "drizzle-orm/libsql";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { drizzle as drizzlePglite, type PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migrateLibsql } from "drizzle-orm/libsql/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { PGlite } from "@electric-sql/pglite";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import postgres from "postgres";
import { sql, type SQL } from "drizzle-orm";
import { env } from "@/server/env";
import * as sqliteSchema from "./schema/sqlite";
import * as pgSchema from "./schema/pg";
import { dialectFamily, parseDatabaseUrl, type Connection } from "./connection";

export type Schema = typeof sqliteSchema;
export type Database = LibSQLDatabase<Schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Either the database or an open transaction: query functions accept both. */
export type Executor = Database | Transaction;

type Handle =
  | { dialect: "sqlite"; db: Database; client: Client }
  | { dialect: "postgres"; db: Database; sql: postgres.Sql; native: PostgresJsDatabase<typeof pgSchema> }
  | { dialect: "pglite"; db: Database; pglite: PGlite; native: PgliteDatabase<typeof pgSchema> };

function open(connection: Connection): Handle {
  switch (connection.dialect) {
    case "sqlite": {
      if (connection.url.startsWith("file:")) {
        const file = connection.url.slice("file:".length);
        if (file && !file.startsWith(":memory:")) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      }
      const client = createClient({ url: connection.url, authToken: env.DATABASE_AUTH_TOKEN });
      const db = drizzleLibsql(client, { schema: sqliteSchema });
      serialiseTransactions(db);
      return { dialect: "sqlite", client, db };
    }
    case "postgres": {
      const sql = postgres(connection.url, {
        max: env.DATABASE_POOL_SIZE,
        onnotice: () => {},
        connect_timeout: 5,
      });
      const db = drizzlePostgres(sql, { schema: pgSchema });
      return { dialect: "postgres", sql, native: db, db: db as unknown as Database };
    }
    case "pglite": {
      if (!connection.dataDir.startsWith("memory://")) mkdirSync(connection.dataDir, { recursive: true });
      const pglite = new PGlite(connection.dataDir, { extensions: { unaccent } });
      const db = drizzlePglite(pglite, { schema: pgSchema });
      return { dialect: "pglite", pglite, native: db, db: db as unknown as Database };
    }
  }
}

/**
 * libsql runs each transaction on its own connection and SQLite allows one writer: two
 * transactions at once make the second fail with SQLITE_BUSY. Queue them within the process.
 */
function serialiseTransactions(db: Database): void {
  const begin = db.transaction.bind(db);
  let queue: Promise<unknown> = Promise.resolve();
  db.transaction = ((work, config) => {
    const run = queue.then(() => begin(work, config));
    queue = run.catch(() => undefined);
    return run;
  }) as Database["transaction"];
}

// Kept on globalThis so hot reload in development does not open a new pool per edit.
const globalForDb = globalThis as unknown as { heraldoDb?: Handle };
const handle: Handle = globalForDb.heraldoDb ?? open(parseDatabaseUrl(env.DATABASE_URL));
if (env.NODE_ENV !== "production") globalForDb.heraldoDb = handle;

export const db: Database = handle.db;
/** The dialect family: which schema, migrations and SQL apply. PGlite is "pg" like the server. */
export const family: "sqlite" | "pg" = dialectFamily(handle);
/** The tables, typed once; on PostgreSQL these are the pg tables under the shared type. */
export const tables: Schema = handle.dialect === "sqlite" ? sqliteSchema : (pgSchema as unknown as Schema);

/**
 * How many transactions may usefully run at once: libsql's are queued in this process (see
 * serialiseTransactions) and PGlite has one connection; postgres-js has its pool.
 */
export const concurrentTransactions = handle.dialect === "postgres" ? env.DATABASE_POOL_SIZE : 1;

/** The drizzle instance under a PostgreSQL driver, as far as raw statements need it. */
type PgExecutor = { execute(statement: SQL): Promise<unknown> };

/**
 * The rows of one raw statement, on any driver, in the database or an open transaction. For
 * the dialect-specific statements (search, EXPLAIN, PRAGMA); the caller names the rows' shape.
 */
export async function rawRows<T>(statement: SQL, executor: Executor = db): Promise<T[]> {
  if (handle.dialect === "sqlite") return executor.all<T>(statement);
  const result = await (executor as unknown as PgExecutor).execute(statement);
  // postgres-js answers an array of rows, PGlite an object holding them.
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

/**
 * Runs several statements as one script, in one round trip where the driver allows it (on
 * SQLite as one write batch, which is atomic).
 */
export async function runScript(statements: string[]): Promise<void> {
  if (handle.dialect === "sqlite") await handle.client.batch(statements, "write");
  else if (handle.dialect === "postgres") await handle.sql.unsafe(statements.join(";\n")).simple();
  else await handle.pglite.exec(statements.join(";\n"));
}

/** Applies the migrations in `folder` (the family's own) with the driver's migrator. */
export async function applyMigrations(folder: string): Promise<void> {
  if (handle.dialect === "sqlite") {
    // WAL lets readers go on while the newsroom writes; the setting persists in the file.
    // `synchronous` stays at libsql's default, FULL: a commit is fsynced to the WAL before it
    // returns, so an answered save survives the process being killed and a power cut (the first
    // is what db/crash-durability.test.ts checks).
    await handle.client.execute("PRAGMA journal_mode = WAL");
    await handle.client.execute("PRAGMA busy_timeout = 5000");
    await migrateLibsql(handle.db, { migrationsFolder: folder });
  } else if (handle.dialect === "postgres") await migratePostgres(handle.native, { migrationsFolder: folder });
  else await migratePglite(handle.native, { migrationsFolder: folder });
}

/** Any fixed number: the advisory lock that start-up work holds on a PostgreSQL server. */
const startupLockKey = 7_341_002_118;

/**
 * Runs `work` while no other process runs its own start-up work on this database: several
 * instances starting at once on one PostgreSQL server would otherwise apply the same migration
 * twice or create the first admin twice. A session-level advisory lock, on a connection of its
 * own, held until `work` ends; released by the server if the process dies. SQLite and PGlite
 * belong to one process (or one machine's file lock) and need none.
 */
export async function withStartupLock<T>(work: () => Promise<T>): Promise<T> {
  if (handle.dialect !== "postgres") return work();
  const connection = await handle.sql.reserve();
  try {
    await connection`select pg_advisory_lock(${startupLockKey})`;
    return await work();
  } finally {
    await connection`select pg_advisory_unlock(${startupLockKey})`.catch(() => undefined);
    connection.release();
  }
}

/** Readiness: true when the database answers a trivial query. */
export async function pingDatabase(): Promise<boolean> {
  try {
    await rawRows(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

/** Closes the connection; the next module instance in this process (e.g. the server's) opens its own. */
export async function closeDatabase(): Promise<void> {
  if (globalForDb.heraldoDb === handle) delete globalForDb.heraldoDb;
  if (handle.dialect === "sqlite") handle.client.close();
  else if (handle.dialect === "postgres") await handle.sql.end({ timeout: 5 });
  else await handle.pglite.close();
}
