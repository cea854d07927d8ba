/**
 * Looking after the database as a whole: migrations, readiness ping, wiping all rows, planner
 * statistics, closing. The driver-level pieces are in ./client.ts; here only the family matters.
 */
import path from "node:path";
import { and, eq, ne, sql } from "drizzle-orm";
import { htmlToText } from "@/lib/html/sanitize";
import { applyMigrations, db, family, rawRows, runScript, tables } from "./client";

export { closeDatabase, pingDatabase, withStartupLock } from "./client";

const migrationsRoot = path.join(process.cwd(), "db", "migrations");

/** Applies pending migrations, then fills derived columns that older rows lack; safe on every start. */
export async function migrateDatabase(): Promise<void> {
  await applyMigrations(path.join(migrationsRoot, family));
  await backfillBodyText();
}

/** Rows saved before `body_text` existed get it from their HTML (search and reading time need it). */
async function backfillBodyText(): Promise<void> {
  const { articles } = tables;
  const rows = await db
    .select({ id: articles.id, body: articles.body })
    .from(articles)
    .where(and(eq(articles.bodyText, ""), ne(articles.body, "")));
  for (const row of rows) {
    await db
      .update(articles)
      .set({ bodyText: htmlToText(row.body) })
      .where(eq(articles.id, row.id));
  }
}

/**
 * All application tables, children first, so deleting in this order respects foreign keys
 * (and loading in the reverse order does: db/transfer). A test checks that every table of the
 * schema is listed.
 */
export const tablesInDeleteOrder = [
  "outside_changes",
  "site_imports",
  "imported_stories",
  "article_presence",
  "comments",
  "article_read_counts",
  "preview_links",
  "audit_log",
  "account_tokens",
  "sign_in_throttles",
  "staff_sessions",
  "topic_redirects",
  "redirects",
  "article_return_notes",
  "article_revisions",
  "article_topics",
  "article_authors",
  "articles",
  "media",
  "topic_translations",
  "topics",
  "users",
  "settings",
];

/**
 * Deletes every row and restarts the id sequences (used by the demo reset and by tests); keeps
 * the schema. On PostgreSQL, TRUNCATE costs a fixed tenth of a second or more however few rows
 * there are; `fewRows` (the tests, which wipe before each test) deletes row by row instead,
 * which is some 50 times faster on nearly empty tables.
 */
export async function wipeDatabase(options: { fewRows?: boolean } = {}): Promise<void> {
  if (family === "sqlite") {
    await runScript([...tablesInDeleteOrder.map((t) => `DELETE FROM "${t}"`), "DELETE FROM sqlite_sequence"]);
    return;
  }
  await runScript(
    options.fewRows
      ? [
          ...tablesInDeleteOrder.map((t) => `DELETE FROM "${t}"`),
          `SELECT setval(c.oid, 1, false) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind = 'S' AND n.nspname = current_schema()`,
        ]
      : [`TRUNCATE ${tablesInDeleteOrder.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`],
  );
}

/**
 * Refreshes the query planner's statistics, e.g. after a bulk load, so plans fit the new size.
 * On SQLite a sampled ANALYZE (analysis_limit) keeps this quick on large tables, and
 * `PRAGMA optimize` then does whatever else SQLite finds worth doing.
 */
export async function analyzeDatabase(): Promise<void> {
  const statements = family === "sqlite" ? ["PRAGMA analysis_limit = 1000", "ANALYZE", "PRAGMA optimize"] : ["ANALYZE"];
  for (const statement of statements) await rawRows(sql.raw(statement));
}
