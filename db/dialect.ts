/**
 * The few places where SQLite and PostgreSQL need different SQL, each as a small named helper,
 * so query code never tests the dialect itself. Only the family matters here ("sqlite" or
 * "pg": PGlite and the PostgreSQL server alike); the drivers stay in ./client.ts.
 */
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { db, family, rawRows, type Transaction } from "./client";

export { family } from "./client";

/** Whether this database is SQLite; for choosing between two dialect-specific modules (search). */
export const isSqlite = family === "sqlite";

/** A JSON column as text, e.g. to search in it: SQLite keeps JSON as text, PostgreSQL as jsonb. */
export function jsonAsText(column: SQLWrapper): SQL {
  return isSqlite ? sql`${column}` : sql`${column}::text`;
}

/** A JSON value read back by a raw statement: text on SQLite, already parsed on PostgreSQL. */
export function jsonFromRow<T>(value: T | string | null): T | null {
  return typeof value === "string" ? (JSON.parse(value) as T) : value;
}

/** A time as a raw statement's parameter: milliseconds on SQLite, a timestamptz on PostgreSQL. */
export function timeParameter(time: Date): SQL {
  return isSqlite ? sql`${time.getTime()}` : sql`${time.toISOString()}::timestamptz`;
}

/**
 * A time read back by a raw statement: SQLite gives milliseconds (a number, or digits as text),
 * PostgreSQL a Date or a timestamp string.
 */
export function timeFromRow(value: Date | number | string): Date {
  return new Date(typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value);
}

/** Bound parameters one statement may carry (SQLite's SQLITE_MAX_VARIABLE_NUMBER since 3.32; PostgreSQL's wire protocol, a 16-bit count). */
export const boundParameterLimit = isSqlite ? 32_766 : 65_535;

type LockableSelect<T> = PromiseLike<T> & { for(strength: "update"): PromiseLike<T> };

function isLockable<T>(query: PromiseLike<T>): query is LockableSelect<T> {
  return "for" in query && typeof query.for === "function";
}

/**
 * A SELECT whose rows stay locked until the transaction ends: FOR UPDATE on PostgreSQL. SQLite
 * has no row locks; there the transaction holds the whole database (see writeTransaction).
 */
export async function selectForUpdate<T>(query: PromiseLike<T>): Promise<T> {
  return !isSqlite && isLockable(query) ? query.for("update") : query;
}

/**
 * A transaction that reads and then writes rows another transaction may change at the same
 * moment. On SQLite it takes the write lock at once (BEGIN IMMEDIATE), so nobody reads the same
 * rows in between; on PostgreSQL lock the rows read with selectForUpdate.
 */
export function writeTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
  return isSqlite ? db.transaction(work, { behavior: "immediate" }) : db.transaction(work);
}

/**
 * Serialises transactions that count rows and then insert by what they counted (rate limits):
 * on PostgreSQL a transaction-scoped advisory lock per key, taken in one order so two
 * transactions never wait on each other in a circle; on SQLite writeTransaction already holds
 * the database from the start.
 */
export async function lockKeys(tx: Transaction, keys: readonly string[]): Promise<void> {
  if (isSqlite) return;
  for (const key of [...new Set(keys)].sort()) await rawRows(sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`, tx);
}
