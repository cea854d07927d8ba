/**
 * The dialect-specific operations: migrations, readiness ping, wiping all rows, closing.
 * Everything else goes through the shared query code.
 */
import path from "node:path";
import { migrate as migrateLibsql } from "drizzle-orm/libsql/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { and, eq, ne } from "drizzle-orm";
import { htmlToText } from "@/lib/html/sanitize";
import { db, forgetHandle, rawHandle, tables } from "./client";

const migrationsRoot = path.join(process.cwd(), "db", "migrations");

/** Applies pending migrations, then fills derived columns that older rows lack; safe on every start. */
export async function migrateDatabase(): Promise<void> {
  await applyMigrations();
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

async function applyMigrations(): Promise<void> {
  const handle = rawHandle();
  if (handle.dialect === "sqlite") {
    // WAL lets readers go on while the newsroom writes; the setting persists in the file.
    // `synchronous` stays at libsql's default, FULL: a commit is fsynced to the WAL before it
    // returns, so an answered save survives the process being killed and a power cut (the first
    // is what db/crash-durability.test.ts checks).
    await handle.client.execute("PRAGMA journal_mode = WAL");
    await handle.client.execute("PRAGMA busy_timeout = 5000");
    await migrateLibsql(handle.db, { migrationsFolder: path.join(migrationsRoot, "sqlite") });
    return;
  }
  const migrationsFolder = path.join(migrationsRoot, "pg");
  if (handle.dialect === "postgres") await migratePostgres(handle.native, { migrationsFolder });
  else await migratePglite(handle.native, { migrationsFolder });
}

/** Readiness: true when the database answers a trivial query. */
export async function pingDatabase(): Promise<boolean> {
  const handle = rawHandle();
  try {
    if (handle.dialect === "sqlite") await handle.client.execute("select 1");
    else if (handle.dialect === "postgres") await handle.sql`select 1`;
    else await handle.pglite.query("select 1");
    return true;
  } catch {
    return false;
  }
}

/** All application tables, children first, so deleting in this order respects foreign keys. */
const tablesInDeleteOrder = [
  "article_read_counts",
  "preview_links",
  "audit_log",
  "account_tokens",
  "sign_in_throttles",
  "staff_sessions",
  "topic_redirects",
  "redirects",
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
  const handle = rawHandle();
  if (handle.dialect === "sqlite") {
    await handle.client.batch(
      [...tablesInDeleteOrder.map((t) => `DELETE FROM "${t}"`), "DELETE FROM sqlite_sequence"],
      "write",
    );
    return;
  }
  const statement = options.fewRows
    ? [
        ...tablesInDeleteOrder.map((t) => `DELETE FROM "${t}";`),
        `SELECT setval(c.oid, 1, false) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind = 'S' AND n.nspname = current_schema();`,
      ].join("\n")
    : `TRUNCATE ${tablesInDeleteOrder.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`;
  if (handle.dialect === "postgres") await handle.sql.unsafe(statement).simple();
  else await handle.pglite.exec(statement);
}

export async function closeDatabase(): Promise<void> {
  const handle = rawHandle();
  forgetHandle();
  if (handle.dialect === "sqlite") handle.client.close();
  else if (handle.dialect === "postgres") await handle.sql.end({ timeout: 5 });
  else await handle.pglite.close();
}

/**
 * Refreshes the query planner's statistics, e.g. after a bulk load, so plans fit the new size.
 * On SQLite a sampled ANALYZE (analysis_limit) keeps this quick on large tables, and
 * `PRAGMA optimize` then does whatever else SQLite finds worth doing.
 */
export async function analyzeDatabase(): Promise<void> {
  const handle = rawHandle();
  if (handle.dialect === "sqlite") {
    await handle.client.execute("PRAGMA analysis_limit = 1000");
    await handle.client.execute("ANALYZE");
    await handle.client.execute("PRAGMA optimize");
    return;
  }
  if (handle.dialect === "postgres") await handle.sql`ANALYZE`;
  else await handle.pglite.exec("ANALYZE");
}
