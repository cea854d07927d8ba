/**
 * Runs of the site importer (/admin/import), one row each in `site_imports`. Access rule: every
 * function a person calls needs `site.import` (admins); the run's own writes (progress, the end)
 * come from the importer on the server and take the run's id only.
 *
 * A row is created once an uploaded file has passed its dry run (`checked`); starting it makes it
 * `queued`, the importer `running` and then `done` or `failed`. Only one import holds the
 * importer at a time: a start is refused while another is queued or running, unless that one
 * has shown no sign of life for `staleAfterMs` (its server stopped under it), in which case it is
 * marked failed first.
 */
import { and, desc, eq, inArray, lt } from "drizzle-orm";
import { DomainError } from "@/lib/domain-error";
import { assertCan } from "@/lib/permissions";
import { activeSiteImportStatuses, type SiteImportStatus } from "@/lib/site-import-statuses";
import type { SiteImportOptions, SiteImportProgress, SiteImportSummary } from "@/server/site-import/summary";
import { db, tables, type Executor } from "../../client";
import { lockKeys, selectForUpdate, writeTransaction } from "../../dialect";
import { recordAudit } from "../audit/record";
import type { StaffUser } from "../types";

const { siteImports, users } = tables;

/** A running import that has not written for this long is taken to have stopped with its server. */
export const staleAfterMs = 10 * 60 * 1000;

/** The message a run cut short by a restart ends with (the screen shows its own words for it). */
export const interruptedError = "interrupted";

export type StoredImportOptions = Omit<SiteImportOptions, "dryRun">;

export type SiteImportRun = {
  id: number;
  status: SiteImportStatus;
  fileName: string;
  filePath: string;
  /** The server holding the file (host name and port); null for runs recorded before it was kept. */
  fileHost: string | null;
  options: StoredImportOptions;
  progress: { done: number; total: number | null };
  summary: SiteImportSummary | null;
  error: string | null;
  createdBy: { id: number; name: string } | null;
  createdAt: Date;
  startedAt: Date | null;
  updatedAt: Date;
  finishedAt: Date | null;
};

const columns = {
  id: siteImports.id,
  status: siteImports.status,
  fileName: siteImports.fileName,
  filePath: siteImports.filePath,
  fileHost: siteImports.fileHost,
  options: siteImports.options,
  progressDone: siteImports.progressDone,
  progressTotal: siteImports.progressTotal,
  summary: siteImports.summary,
  error: siteImports.error,
  createdById: siteImports.createdById,
  createdByName: users.name,
  createdAt: siteImports.createdAt,
  startedAt: siteImports.startedAt,
  updatedAt: siteImports.updatedAt,
  finishedAt: siteImports.finishedAt,
};

type Row = Awaited<ReturnType<typeof selectRuns>>[number];

function selectRuns() {
  return db.select(columns).from(siteImports).leftJoin(users, eq(users.id, siteImports.createdById));
}

function toRun(row: Row): SiteImportRun {
  return {
    id: row.id,
    status: row.status,
    fileName: row.fileName,
    filePath: row.filePath,
    fileHost: row.fileHost,
    options: row.options,
    progress: { done: row.progressDone, total: row.progressTotal },
    summary: row.summary ?? null,
    error: row.error,
    createdBy: row.createdById === null ? null : { id: row.createdById, name: row.createdByName ?? "" },
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    updatedAt: row.updatedAt,
    finishedAt: row.finishedAt,
  };
}

/** Records a file whose dry run went through, ready to be imported. */
export async function recordCheckedImport(
  actor: StaffUser,
  file: {
    fileName: string;
    filePath: string;
    fileHost: string;
    options: StoredImportOptions;
    summary: SiteImportSummary;
  },
): Promise<number> {
  assertCan(actor, "site.import");
  const [row] = await db
    .insert(siteImports)
    .values({
      status: "checked",
      fileName: file.fileName.slice(0, 255),
      filePath: file.filePath,
      fileHost: file.fileHost,
      options: file.options,
      summary: file.summary,
      createdById: actor.id,
    })
    .returning({ id: siteImports.id });
  if (!row) throw new Error("site import insert returned no row");
  return row.id;
}

export async function getSiteImport(actor: StaffUser, id: number): Promise<SiteImportRun | null> {
  assertCan(actor, "site.import");
  const [row] = await selectRuns().where(eq(siteImports.id, id)).limit(1);
  return row ? toRun(row) : null;
}

/** The latest runs, newest first, for the screen's list of earlier imports. */
export async function listSiteImports(actor: StaffUser, limit = 10): Promise<SiteImportRun[]> {
  assertCan(actor, "site.import");
  const rows = await selectRuns().orderBy(desc(siteImports.createdAt), desc(siteImports.id)).limit(limit);
  return rows.map(toRun);
}

/** The import that holds the importer now (queued or running), if any. */
export async function activeSiteImport(actor: StaffUser): Promise<SiteImportRun | null> {
  assertCan(actor, "site.import");
  const [row] = await selectRuns()
    .where(inArray(siteImports.status, activeSiteImportStatuses))
    .orderBy(desc(siteImports.id))
    .limit(1);
  return row ? toRun(row) : null;
}

/**
 * Starts the import of a checked file: the row becomes `queued` and the start is audited, in one
 * transaction. Refused ("conflict") while another import holds the importer;
 * "notFound" for an unknown run, "badTransition" for one that is not waiting to start.
 */
export async function startSiteImport(actor: StaffUser, id: number, now = new Date()): Promise<SiteImportRun> {
  assertCan(actor, "site.import");
  await writeTransaction(async (tx) => {
    await lockKeys(tx, ["site-import"]);
    await failStaleSiteImports(now, tx);
    const [active] = await tx
      .select({ id: siteImports.id })
      .from(siteImports)
      .where(inArray(siteImports.status, activeSiteImportStatuses))
      .limit(1);
    if (active) throw new DomainError("conflict");
    const [run] = await selectForUpdate(
      tx
        .select({ status: siteImports.status, fileName: siteImports.fileName, summary: siteImports.summary })
        .from(siteImports)
        .where(eq(siteImports.id, id)),
    );
    if (!run) throw new DomainError("notFound");
    if (run.status !== "checked") throw new DomainError("badTransition");
    await tx
      .update(siteImports)
      .set({ status: "queued", startedAt: now, updatedAt: now, progressDone: 0, progressTotal: null, error: null })
      .where(eq(siteImports.id, id));
    const stories = run.summary ? run.summary.stories.created + run.summary.stories.updated : null;
    await recordAudit(
      {
        action: "site.import",
        actor,
        target: { type: "siteImport", id },
        summary: `Started the import of “${run.fileName}”`,
        details: { fileName: run.fileName, format: run.summary?.format ?? null, stories },
      },
      tx,
    );
  });
  const started = await getSiteImport(actor, id);
  if (!started) throw new DomainError("notFound");
  return started;
}

// ---------------------------------------------------------------------------------------------
// The run's own writes, from the importer on the server (server/site-import/run.ts).

/**
 * The importer picks the run up: true for the one caller that moved it from queued to running
 * (the server that started it and its scheduler pass may both try).
 */
export async function markSiteImportRunning(id: number, now = new Date()): Promise<boolean> {
  const claimed = await db
    .update(siteImports)
    .set({ status: "running", updatedAt: now })
    .where(and(eq(siteImports.id, id), eq(siteImports.status, "queued")))
    .returning({ id: siteImports.id });
  return claimed.length === 1;
}

/**
 * Runs that hold the importer but have shown no sign of life for `staleAfterMs` end as
 * interrupted: their server stopped under them, or no server holds a queued run's file. Checked
 * at each start and at every scheduler pass, so the screen stops waiting for them.
 */
export async function failStaleSiteImports(now = new Date(), executor: Executor = db): Promise<number> {
  const stale = new Date(now.getTime() - staleAfterMs);
  const ended = await executor
    .update(siteImports)
    .set({ status: "failed", error: interruptedError, finishedAt: now, updatedAt: now })
    .where(and(inArray(siteImports.status, activeSiteImportStatuses), lt(siteImports.updatedAt, stale)))
    .returning({ id: siteImports.id });
  return ended.length;
}

/**
 * For a server's scheduler pass: the oldest started import whose file is on `host`'s disk.
 * Started on another instance, it waits here for the one that holds its file.
 */
export async function queuedSiteImportOn(host: string): Promise<SiteImportRun | null> {
  const [row] = await selectRuns()
    .where(and(eq(siteImports.status, "queued"), eq(siteImports.fileHost, host)))
    .orderBy(siteImports.id)
    .limit(1);
  return row ? toRun(row) : null;
}

/** How far the run has got; also its sign of life. Only while it runs. */
export async function recordSiteImportProgress(
  id: number,
  progress: SiteImportProgress | null,
  now = new Date(),
): Promise<void> {
  const change = progress ? { progressDone: progress.done, progressTotal: progress.total } : {};
  await db
    .update(siteImports)
    .set({ ...change, updatedAt: now })
    .where(and(eq(siteImports.id, id), inArray(siteImports.status, activeSiteImportStatuses)));
}

/** The run ended with its summary. Only a run that holds the importer ends (not a late retry). */
export async function finishSiteImport(id: number, summary: SiteImportSummary, now = new Date()): Promise<void> {
  const { created, updated, unchanged, skipped } = summary.stories;
  const handled = created + updated + unchanged + skipped.length;
  await db
    .update(siteImports)
    .set({
      status: "done",
      summary,
      progressDone: handled,
      progressTotal: handled,
      error: null,
      updatedAt: now,
      finishedAt: now,
    })
    .where(and(eq(siteImports.id, id), inArray(siteImports.status, activeSiteImportStatuses)));
}

/** The run ended with an error (a run that holds the importer only). */
export async function failSiteImport(id: number, error: string, now = new Date()): Promise<void> {
  await db
    .update(siteImports)
    .set({ status: "failed", error: error.slice(0, 2000), updatedAt: now, finishedAt: now })
    .where(and(eq(siteImports.id, id), inArray(siteImports.status, activeSiteImportStatuses)));
}
