/**
 * Writes the whole site's content and configuration as an export file (./format.ts), a batch of
 * rows at a time: 100,000 articles never sit in memory at once, and each batch is written out
 * (respecting the stream's backpressure) before the next is read.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { count, gt, type Column } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { db, type Executor } from "../client";
import { canonicalJson, exportFormatName, exportFormatVersion, type ExportEnd, type ExportHeader } from "./format";
import { currentSchemaTag, keyOrder, transferTables, type TransferTable } from "./tables";

const batchSize = 1000;

export type ExportProgress = { table: string; done: number; total: number };

/** The table's rows as export values: database column names, times as ISO strings. */
function exportRow(table: TransferTable, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of table.columns.keys()) {
    const value = row[name];
    out[name] = value instanceof Date ? value.toISOString() : (value ?? null);
  }
  return out;
}

/**
 * Reads one table a batch at a time. A single integer key is read by "after the last id" (each
 * batch an index range); other keys page by offset, which only small tables have.
 */
async function* tableRows(table: TransferTable, executor: Executor): AsyncGenerator<Record<string, unknown>[]> {
  const selection: Record<string, SQLiteColumn> = Object.fromEntries(table.columns);
  const [idColumn] = table.key;
  const byId = table.key.length === 1 && idColumn?.dataType === "number";
  let after: number | null = null;
  for (let offset = 0; ; offset += batchSize) {
    const query = executor.select(selection).from(table.table).$dynamic();
    if (byId && after !== null) query.where(gt(idColumn as Column, after));
    query.orderBy(...keyOrder(table.key)).limit(batchSize);
    if (!byId) query.offset(offset);
    const rows = (await query) as Record<string, unknown>[];
    if (!rows.length) return;
    yield rows;
    if (rows.length < batchSize) return;
    if (byId) after = Number(rows.at(-1)?.[idColumn.name]);
  }
}

/**
 * Streams the export to `file`. `onProgress` hears after each batch. Answers the row count per
 * table, which is also the file's end line. Read through `executor`: a backup passes a
 * read-only snapshot transaction, so the file is one consistent moment of a site that serves on.
 */
export async function exportSite(
  file: string,
  onProgress: (progress: ExportProgress) => void = () => undefined,
  executor: Executor = db,
): Promise<Record<string, number>> {
  const out = createWriteStream(file, { flags: "wx" });
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, "drain");
  };
  const failed = new Promise<never>((_, reject) => out.once("error", reject));
  const work = (async () => {
    const header: ExportHeader = { format: exportFormatName, version: exportFormatVersion, schema: currentSchemaTag() };
    await write(canonicalJson(header));
    const counts: Record<string, number> = {};
    for (const table of transferTables()) {
      const [total] = await executor.select({ n: count() }).from(table.table);
      let done = 0;
      for await (const rows of tableRows(table, executor)) {
        for (const row of rows) await write(canonicalJson({ table: table.name, row: exportRow(table, row) }));
        done += rows.length;
        onProgress({ table: table.name, done, total: total?.n ?? done });
      }
      counts[table.name] = done;
    }
    const end: ExportEnd = { end: true, rows: counts };
    await write(canonicalJson(end));
    out.end();
    await once(out, "finish");
    return counts;
  })();
  return Promise.race([work, failed]);
}
