/**
 * The database, chosen once from DATABASE_URL. Shared query code is typed against the async
 * SQLite (libsql) flavour; the PostgreSQL instance and schema are cast to it here, and only here.
 * That is safe because db/schema/parity.check.ts proves the row types identical, and shared code
 * sticks to the API both dialects share (await builders; no .all/.get/.run).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { createClient, type Client } from "@libsql/client";
import { drizzle as drizzleLibsql, type LibSQLDatabase } from "drizzle-orm/libsql";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { drizzle as drizzlePglite, type PgliteDatabase } from "drizzle-orm/pglite";
import { PGlite } from "@electric-sql/pglite";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import postgres from "postgres";
import * as sqliteSchema from "./schema/sqlite";
import * as pgSchema from "./schema/pg";
import { parseDatabaseUrl, type Connection } from "./connection";

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
      const client = createClient({ url: connection.url, authToken: process.env.DATABASE_AUTH_TOKEN });
      const db = drizzleLibsql(client, { schema: sqliteSchema });
      serialiseTransactions(db);
      return { dialect: "sqlite", client, db };
    }
    case "postgres": {
      const sql = postgres(connection.url, {
        max: Number(process.env.DATABASE_POOL_SIZE) || 10,
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
const handle: Handle = globalForDb.heraldoDb ?? open(parseDatabaseUrl(process.env.DATABASE_URL));
if (process.env.NODE_ENV !== "production") globalForDb.heraldoDb = handle;

export const db: Database = handle.db;
export const dialect = handle.dialect;
/** The tables, typed once; on PostgreSQL these are the pg tables under the shared type. */
export const tables: Schema = handle.dialect === "sqlite" ? sqliteSchema : (pgSchema as unknown as Schema);

/** For the dialect-specific modules only (db/maintenance.ts, db/queries/reader/search.ts). */
export function rawHandle(): Handle {
  return handle;
}

/** After closing: the next module instance in this process (e.g. the server's) opens its own. */
export function forgetHandle(): void {
  if (globalForDb.heraldoDb === handle) delete globalForDb.heraldoDb;
}
