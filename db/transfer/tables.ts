/**
 * What an export holds, table by table: every table of the schema except the ones that only
 * make sense on the running site (sessions, sign-in throttles), in an order that loads parents
 * before children, with each table's columns and its key order. Derived from the schema, so a
 * table added later is exported without touching this module, unless it is listed as left out.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { asc, count, getTableColumns, getTableName, is, sql, type Column, type SQL } from "drizzle-orm";
import { getTableConfig as sqliteTableConfig, SQLiteTable, type SQLiteColumn } from "drizzle-orm/sqlite-core";
import { getTableConfig as pgTableConfig, PgTable } from "drizzle-orm/pg-core";
import { db, family, tables } from "../client";
import { tablesInDeleteOrder } from "../maintenance";

/**
 * Left out, with why: sign-in sessions, failed-password counters and editors' presence belong
 * to the running site (a moved site asks everyone to sign in again, with a clean slate).
 */
export const tablesLeftOut: Record<string, string> = {
  staff_sessions: "signed-in sessions end when a site moves",
  sign_in_throttles: "failed sign-in counters start afresh",
  article_presence: "who has an article open in an editor is known only to the running site",
  // A run names a file on this server's disk and may be under way: neither moves with the site.
  // What the imports brought in (articles, authors, topics, images, audit entries) does.
  site_imports: "runs of the site importer name files on the old server's disk",
  outside_changes: "what commands changed is news only to the servers running at the time",
};

export type TransferTable = {
  name: string;
  table: SQLiteTable;
  /** Database column name → column, generated columns left out. */
  columns: Map<string, SQLiteColumn>;
  /** Database column name → the schema's property name, which inserts are keyed by. */
  propertyNames: Map<string, string>;
  /** The primary key, for a stable row order. */
  key: Column[];
};

type AnyTable = SQLiteTable;

function isPgTable(value: unknown): boolean {
  return is(value, PgTable);
}

function primaryKeyOf(table: AnyTable): Column[] {
  const single = Object.values(getTableColumns(table)).filter((column) => column.primary);
  if (single.length) return single;
  const config = family === "sqlite" ? sqliteTableConfig(table) : pgTableConfig(table as unknown as PgTable);
  const composite = config.primaryKeys[0]?.columns as Column[] | undefined;
  if (!composite?.length) throw new Error(`table ${config.name} has no primary key to order its rows by`);
  return composite;
}

/** Every transferred table, parents first. */
export function transferTables(): TransferTable[] {
  // On PostgreSQL these are pg tables under the shared type (db/client.ts): both are Tables.
  const byName = new Map<string, AnyTable>(
    Object.values(tables as Record<string, unknown>)
      .filter((value): value is AnyTable => is(value, SQLiteTable) || isPgTable(value))
      .map((table) => [getTableName(table), table]),
  );
  return [...tablesInDeleteOrder]
    .reverse()
    .filter((name) => !(name in tablesLeftOut))
    .map((name) => {
      const table = byName.get(name);
      if (!table) throw new Error(`table ${name} is in the delete order but not in the schema`);
      const entries = Object.entries(getTableColumns(table)).filter(([, column]) => !column.generated);
      return {
        name,
        table,
        columns: new Map(entries.map(([, column]) => [column.name, column])),
        propertyNames: new Map(entries.map(([property, column]) => [column.name, property])),
        key: primaryKeyOf(table),
      };
    });
}

/** Key columns for ORDER BY; text compared byte by byte on PostgreSQL too, as SQLite does. */
export function keyOrder(key: Column[]): SQL[] {
  return key.map((column) =>
    family === "pg" && column.dataType === "string" ? sql`${column} collate "C" asc` : asc(column),
  );
}

/** The newest migration this code knows, e.g. "0010_staff_sessions" (the same in both dialects). */
export function currentSchemaTag(): string {
  const journal = JSON.parse(
    readFileSync(path.join(process.cwd(), "db", "migrations", family, "meta", "_journal.json"), "utf8"),
  ) as { entries: { tag: string }[] };
  return journal.entries.at(-1)?.tag ?? "none";
}

/** The migration number a tag starts with: "0010_staff_sessions" → 10. */
export function schemaNumber(tag: string): number {
  const number = Number(/^(\d+)_/.exec(tag)?.[1]);
  return Number.isFinite(number) ? number : Number.NaN;
}

/** Rows per transferred table, e.g. for a backup's manifest. */
export async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of transferTables()) {
    const [row] = await db.select({ n: count() }).from(table.table);
    counts[table.name] = row?.n ?? 0;
  }
  return counts;
}
