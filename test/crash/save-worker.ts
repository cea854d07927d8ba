/**
 * The child process of the crash test (db/crash-durability.test.ts), run as
 * `node --import tsx test/crash/save-worker.ts MODE` with DATABASE_URL set. It saves through the
 * path the newsroom's save action takes (app/(newsroom)/admin/articles/actions.ts): the form
 * read into strings, validated by the article form schema, then createArticle / updateArticle.
 *
 * Modes:
 * - `loop`: migrates, wipes, creates an editor (`editor {...}`), then saves until killed,
 *   printing `ack {...}` after each save has committed, i.e. once the save action would have
 *   answered.
 * - `recover EDITOR_JSON COUNT`: a process starting after the crash. Reports what it finds
 *   (`report {...}`: every article, its revisions and the consistency checks' findings) before
 *   writing anything, saves COUNT times with acks, and reports again.
 */
import { asc, count, eq, notExists, sql } from "drizzle-orm";
import { db, family, rawRows, tables } from "@/db/client";
import { closeDatabase, migrateDatabase, wipeDatabase } from "@/db/maintenance";
import { createArticle, updateArticle } from "@/db/queries/articles/saves";
import type { StaffUser } from "@/db/queries/types";
import { insertUser } from "@/db/queries/accounts/users";
import { articleFormSchema, readArticleForm } from "@/lib/validation/article-form";

export type Ack = { kind: "create" | "save"; id: number; version: number; title: string; body: string };

export type Report = {
  articles: { id: number; version: number; title: string; body: string }[];
  revisions: { articleId: number; revision: number; title: string; body: string }[];
  /** Consistency problems found; empty when the database is sound. */
  problems: string[];
};

/** The form an editor posts, as the browser sends it. */
function articleForm(n: number, pid: number, locale: string): { form: FormData; title: string } {
  const title = `Crash test save ${pid}-${n}`;
  const form = new FormData();
  form.set("locale", locale);
  form.set("title", title);
  form.set("slug", `crash-test-${pid}-${n}`);
  form.set("summary", `Summary of save ${n}.`);
  form.set("body", `<p>Body of save ${n} by process ${pid}, ${"with some text ".repeat(20)}</p>`);
  form.set("commentsEnabled", "on");
  return { form, title };
}

async function prepare(): Promise<StaffUser> {
  await migrateDatabase();
  await wipeDatabase({ fewRows: true });
  const user = { email: "crash@test.example", name: "Crash Editor", role: "editor" as const };
  const id = await insertUser({ ...user, slug: "crash-editor", passwordHash: "not-a-real-hash" });
  return { id, ...user };
}

/** Saves `count` times, or until killed when 0. */
async function saveLoop(editor: StaffUser, count: number): Promise<void> {
  // Articles already there (from before a crash) are edited too, from their stored version.
  const mine = await db
    .select({ id: tables.articles.id, version: tables.articles.version, locale: tables.articles.locale })
    .from(tables.articles)
    .orderBy(asc(tables.articles.id));
  for (let n = 0; count === 0 || n < count; n += 1) {
    const target = n % 4 === 0 || mine.length === 0 ? null : mine[n % mine.length];
    const { form, title } = articleForm(n, process.pid, target?.locale ?? (n % 8 ? "en" : "es"));
    const input = articleFormSchema.parse(readArticleForm(form));
    let ack: Ack;
    if (!target) {
      const { id } = await createArticle(editor, input);
      mine.push({ id, version: 1, locale: input.locale });
      ack = { kind: "create", id, version: 1, title, body: input.body };
    } else {
      const saved = await updateArticle(editor, target.id, target.version, input);
      target.version = saved.version;
      ack = { kind: "save", id: target.id, version: saved.version, title, body: input.body };
    }
    print("ack", ack);
  }
}

async function verify(): Promise<Report> {
  const { articles, articleRevisions } = tables;
  const problems: string[] = [];
  if (family === "sqlite") {
    const integrity = await rawRows<{ integrity_check: string }>(sql`PRAGMA integrity_check`);
    const verdict = integrity.map((row) => String(row.integrity_check)).join("; ");
    if (verdict !== "ok") problems.push(`integrity_check: ${verdict}`);
    const foreignKeys = await rawRows(sql`PRAGMA foreign_key_check`);
    if (foreignKeys.length) problems.push(`foreign_key_check: ${foreignKeys.length} rows`);
    const [journal] = await rawRows<{ journal_mode: string }>(sql`PRAGMA journal_mode`);
    if (String(journal?.journal_mode) !== "wal") problems.push(`journal_mode is ${String(journal?.journal_mode)}`);
  }
  // Both dialects: every save wrote the article and its numbered revision in one transaction,
  // so revisions run 1..version without a gap and the article holds what the last one says.
  const { articleAuthors, articleTopics } = tables;
  for (const [name, table, articleId] of [
    ["article_revisions", articleRevisions, articleRevisions.articleId],
    ["article_authors", articleAuthors, articleAuthors.articleId],
    ["article_topics", articleTopics, articleTopics.articleId],
  ] as const) {
    const parent = db
      .select({ one: sql`1` })
      .from(articles)
      .where(eq(articles.id, articleId));
    const [orphans] = await db.select({ n: count() }).from(table).where(notExists(parent));
    if (orphans?.n) problems.push(`${name}: ${orphans.n} rows without their article`);
  }
  const articleRows = await db
    .select({ id: articles.id, version: articles.version, title: articles.title, body: articles.body })
    .from(articles)
    .orderBy(asc(articles.id));
  const revisionRows = await db
    .select({
      articleId: articleRevisions.articleId,
      revision: articleRevisions.revision,
      snapshot: articleRevisions.snapshot,
    })
    .from(articleRevisions)
    .orderBy(asc(articleRevisions.articleId), asc(articleRevisions.revision));
  const revisions = revisionRows.map((row) => ({
    articleId: row.articleId,
    revision: row.revision,
    title: row.snapshot.title,
    body: row.snapshot.body,
  }));
  for (const article of articleRows) {
    const own = revisions.filter((r) => r.articleId === article.id).map((r) => r.revision);
    const expected = Array.from({ length: article.version }, (_, i) => i + 1);
    if (JSON.stringify(own) !== JSON.stringify(expected)) {
      problems.push(`article ${article.id} at version ${article.version} has revisions ${own.join(",")}`);
    }
    const latest = revisions.find((r) => r.articleId === article.id && r.revision === article.version);
    if (latest && (latest.title !== article.title || latest.body !== article.body)) {
      problems.push(`article ${article.id} differs from its revision ${article.version}`);
    }
  }
  return { articles: articleRows, revisions, problems };
}

function print(kind: "editor" | "ack" | "report", value: unknown): void {
  // Written synchronously to the pipe (stdout is synchronous for pipes on Linux), so the
  // parent hears of every save that committed before the kill.
  process.stdout.write(`${kind} ${JSON.stringify(value)}\n`);
}

const [mode = "", editorJson = "{}", countText = "0"] = process.argv.slice(2);
if (mode === "loop") {
  const editor = await prepare();
  print("editor", editor);
  await saveLoop(editor, 0);
} else if (mode === "recover") {
  print("report", await verify());
  await saveLoop(JSON.parse(editorJson) as StaffUser, Number(countText));
  print("report", await verify());
} else throw new Error(`unknown mode ${mode}`);
await closeDatabase();
