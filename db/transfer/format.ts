/**
 * Heraldo's export format: JSON Lines, UTF-8, one JSON object per line. Documented in the README
 * ("Export and import"); changing it means a new `exportFormatVersion`.
 *
 *   line 1      {"format":"heraldo-export","version":1,"schema":"0010_staff_sessions"}
 *   then        {"table":"users","row":{"created_at":"2026-…Z","email":"…",…}}   (one per row)
 *   last line   {"end":true,"rows":{"users":5,"articles":50,…}}
 *
 * Tables come parents first (each row's references are already loaded when it is read); rows
 * within a table in primary-key order. Columns are the database's own names, keys sorted; times
 * are ISO 8601 strings in UTC with milliseconds; JSON columns are objects with sorted keys.
 * Nothing in the file depends on the dialect it was written from: the same content exported from
 * SQLite and from PostgreSQL gives the same bytes. `schema` names the newest migration of the
 * database it came from; a file from a newer schema or format version is refused. The end line
 * is how a truncated file is told from a complete one.
 */
export const exportFormatName = "heraldo-export";
export const exportFormatVersion = 1;

export type ExportHeader = { format: typeof exportFormatName; version: number; schema: string };
export type ExportRow = { table: string; row: Record<string, unknown> };
export type ExportEnd = { end: true; rows: Record<string, number> };

/** JSON with object keys in sorted order at every depth: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
