/**
 * Loads an export file (./format.ts) into an empty database of either dialect.
 *
 * Two passes over the file, both streamed. The first checks every line (JSON, known table and
 * columns, value types, parents before children, the end line and its counts) without writing,
 * so a bad or truncated file is refused with its line number and nothing written. The second
 * loads rows in batches, one transaction each; should the database refuse a batch all the same
 * (a broken reference, say), every table is emptied again: the database is left as it was.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { count, sql, type Column } from "drizzle-orm";
import { db, family, rawRows } from "../client";
import { analyzeDatabase, wipeDatabase } from "../maintenance";
import { exportFormatName, exportFormatVersion, type ExportEnd, type ExportHeader, type ExportRow } from "./format";
import { currentSchemaTag, schemaNumber, transferTables, type TransferTable } from "./tables";

export class ImportRefused extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(line > 0 ? `line ${line}: ${reason}` : reason);
  }
}

export type ImportProgress = { table: string; done: number; total: number };

const batchSize = 500;

async function* lines(file: string): AsyncGenerator<[number, string]> {
  const reader = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let number = 0;
  for await (const line of reader) {
    number += 1;
    yield [number, line];
  }
}

function parse(number: number, line: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new ImportRefused(number, "not a JSON object (the file is damaged or not a Heraldo export)");
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new ImportRefused(number, "not a JSON object");
  }
  return value as Record<string, unknown>;
}

function checkHeader(number: number, value: Record<string, unknown>): void {
  const header = value as Partial<ExportHeader>;
  if (header.format !== exportFormatName) throw new ImportRefused(number, "not a Heraldo export (no export header)");
  if (typeof header.version !== "number" || header.version > exportFormatVersion) {
    throw new ImportRefused(
      number,
      `export format version ${String(header.version)} is newer than this Heraldo reads (${exportFormatVersion}); update Heraldo first`,
    );
  }
  const ours = currentSchemaTag();
  if (typeof header.schema !== "string" || !(schemaNumber(header.schema) <= schemaNumber(ours))) {
    throw new ImportRefused(
      number,
      `the export comes from a newer database schema (${String(header.schema)}) than this Heraldo has (${ours}); update Heraldo first`,
    );
  }
}

/** One stored value from its export form, or a reason it cannot be one. */
function decode(column: Column, value: unknown): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (value === null) {
    return column.notNull ? { ok: false, reason: "may not be empty (null)" } : { ok: true, value: null };
  }
  switch (column.dataType) {
    case "date": {
      const time = typeof value === "string" ? new Date(value) : null;
      return time && !Number.isNaN(time.getTime()) ? { ok: true, value: time } : { ok: false, reason: "not a time" };
    }
    case "boolean":
      return typeof value === "boolean" ? { ok: true, value } : { ok: false, reason: "not true or false" };
    case "number":
      return typeof value === "number" && Number.isFinite(value)
        ? { ok: true, value }
        : { ok: false, reason: "not a number" };
    case "string":
      return typeof value === "string" ? { ok: true, value } : { ok: false, reason: "not text" };
    default:
      return { ok: true, value };
  }
}

/** The row as insert values, or the first reason it is not a valid row of the table. */
function decodeRow(number: number, table: TransferTable, row: unknown): Record<string, unknown> {
  if (row === null || typeof row !== "object" || Array.isArray(row)) {
    throw new ImportRefused(number, `the ${table.name} row is not an object`);
  }
  const given = row as Record<string, unknown>;
  for (const name of Object.keys(given)) {
    if (!table.columns.has(name)) throw new ImportRefused(number, `${table.name} has no column "${name}"`);
  }
  const values: Record<string, unknown> = {};
  for (const [name, column] of table.columns) {
    if (!(name in given)) {
      if (column.notNull && !column.hasDefault) throw new ImportRefused(number, `${table.name}.${name} is missing`);
      continue;
    }
    const decoded = decode(column, given[name]);
    if (!decoded.ok) throw new ImportRefused(number, `${table.name}.${name} is ${decoded.reason}`);
    // Insert values are keyed by the schema's property names.
    values[propertyName(table, name)] = decoded.value;
  }
  return values;
}

function propertyName(table: TransferTable, columnName: string): string {
  return table.propertyNames.get(columnName) ?? columnName;
}

type Plan = { tables: Map<string, TransferTable>; order: string[]; rows: Record<string, number> };

/** The first pass: everything checked, nothing written. */
async function checkFile(file: string): Promise<Plan> {
  const all = transferTables();
  const plan: Plan = { tables: new Map(all.map((t) => [t.name, t])), order: all.map((t) => t.name), rows: {} };
  let position = 0;
  let ended: ExportEnd | null = null;
  let last = 0;
  for await (const [number, line] of lines(file)) {
    last = number;
    if (ended) throw new ImportRefused(number, "lines after the end line");
    if (number === 1) {
      checkHeader(number, parse(number, line));
      continue;
    }
    const value = parse(number, line);
    if (value.end === true) {
      ended = value as ExportEnd;
      continue;
    }
    const { table: name, row } = value as Partial<ExportRow>;
    const table = typeof name === "string" ? plan.tables.get(name) : undefined;
    if (!table) throw new ImportRefused(number, `unknown table ${JSON.stringify(name)}`);
    const index = plan.order.indexOf(table.name);
    if (index < position)
      throw new ImportRefused(number, `${table.name} rows after the rows of a table that refers to them`);
    position = index;
    decodeRow(number, table, row);
    plan.rows[table.name] = (plan.rows[table.name] ?? 0) + 1;
  }
  if (last === 0) throw new ImportRefused(0, "the file is empty");
  if (!ended) throw new ImportRefused(last, "the file ends early (no end line): it was cut short");
  for (const name of new Set([...Object.keys(ended.rows ?? {}), ...Object.keys(plan.rows)])) {
    if ((ended.rows?.[name] ?? 0) !== (plan.rows[name] ?? 0)) {
      throw new ImportRefused(
        last,
        `the end line counts ${ended.rows?.[name] ?? 0} ${name} rows, the file holds ${plan.rows[name] ?? 0}`,
      );
    }
  }
  return plan;
}

async function isEmpty(plan: Plan): Promise<boolean> {
  for (const table of plan.tables.values()) {
    const [row] = await db.select({ n: count() }).from(table.table);
    if ((row?.n ?? 0) > 0) return false;
  }
  return true;
}

/**
 * SQLite does not check references as rows go in (foreign keys are not enforced on its
 * connections), so the whole load is checked once at the end. The rows of a table are loaded
 * into an empty table in file order, so a row's rowid is its id or, without an integer id, its
 * place in the table: enough to find its line again.
 */
async function checkReferences(file: string, plan: Plan): Promise<void> {
  if (family !== "sqlite") return;
  const [broken] = await rawRows<{ table: string; rowid: number; parent: string }>(sql.raw("PRAGMA foreign_key_check"));
  if (!broken) return;
  const table = plan.tables.get(broken.table);
  const byId = table?.columns.get("id")?.dataType === "number";
  let place = 0;
  let line = 0;
  for await (const [number, text] of lines(file)) {
    if (number === 1 || !text.includes(`"table":"${broken.table}"`)) continue;
    place += 1;
    const row = (JSON.parse(text) as ExportRow).row;
    if (byId ? row.id === broken.rowid : place === broken.rowid) {
      line = number;
      break;
    }
  }
  throw new ImportRefused(line, `a ${broken.table} row refers to a ${broken.parent} row that is not in the file`);
}

/** After rows with their own ids, PostgreSQL's id sequences continue from the highest id. */
async function continueSequences(plan: Plan): Promise<void> {
  if (family !== "pg") return;
  for (const table of plan.tables.values()) {
    if (!table.columns.has("id") || table.columns.get("id")?.dataType !== "number") continue;
    await rawRows(
      sql.raw(
        `SELECT setval(pg_get_serial_sequence('"${table.name}"', 'id'), coalesce(max(id), 1), max(id) IS NOT NULL) FROM "${table.name}"`,
      ),
    );
  }
}

/**
 * Imports `file` into this (migrated, empty) database. Answers the rows loaded per table.
 */
export async function importSite(
  file: string,
  onProgress: (progress: ImportProgress) => void = () => undefined,
): Promise<Record<string, number>> {
  const plan = await checkFile(file);
  if (!(await isEmpty(plan))) {
    throw new ImportRefused(0, "the database is not empty: import loads into an empty database only");
  }
  let batch: Record<string, unknown>[] = [];
  let batchTable: TransferTable | null = null;
  let firstLine = 0;
  const done: Record<string, number> = {};
  const flush = async (lastLine: number) => {
    if (!batchTable || !batch.length) return;
    const table = batchTable;
    const values = batch;
    try {
      await db.transaction(async (tx) => {
        await tx.insert(table.table).values(values);
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      throw new ImportRefused(
        firstLine,
        `the database refused ${table.name} rows on lines ${firstLine}-${lastLine}: ${reason}`,
      );
    }
    done[table.name] = (done[table.name] ?? 0) + values.length;
    onProgress({ table: table.name, done: done[table.name] ?? 0, total: plan.rows[table.name] ?? 0 });
    batch = [];
  };
  try {
    let previous = 0;
    for await (const [number, line] of lines(file)) {
      if (number === 1) continue;
      const value = JSON.parse(line) as Partial<ExportRow> & { end?: true };
      if (value.end) break;
      const table = plan.tables.get(String(value.table)) as TransferTable;
      if (table !== batchTable || batch.length >= batchSize) {
        await flush(previous);
        batchTable = table;
        firstLine = number;
      }
      batch.push(decodeRow(number, table, value.row));
      previous = number;
    }
    await flush(previous);
    await checkReferences(file, plan);
    await continueSequences(plan);
  } catch (error) {
    // The database was empty before: empty it again rather than leave half a site.
    await wipeDatabase();
    throw error;
  }
  await analyzeDatabase();
  return done;
}
