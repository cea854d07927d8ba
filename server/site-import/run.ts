/**
 * Runs a started import in the background of this server, so the request that started it
 * answers at once. The run writes how far it has got to its `site_imports` row at most once a
 * second (and a sign of life every half minute when the engine is busy elsewhere), so a browser
 * polling any instance reads the same state; at the end it stores the summary or the error,
 * removes the uploaded file and expires this server's reader caches (what was imported, even by
 * a run that stopped half-way, is public at once).
 *
 * The uploaded file is on the disk of the server that received it. With several instances the
 * start may reach another one: the run then waits, queued, until the scheduler pass of the
 * server holding the file picks it up (pickUpQueuedImport).
 */
import "server-only";
import type { StaffUser } from "@/db/queries/types";
import { findImportingAdmin } from "@/db/queries/site-import/lookups";
import {
  failSiteImport,
  failStaleSiteImports,
  finishSiteImport,
  markSiteImportRunning,
  queuedSiteImportOn,
  recordSiteImportProgress,
  type SiteImportRun,
} from "@/db/queries/site-imports/runs";
import { env } from "@/server/env";
import { logger } from "@/server/logger";
import { expireAllReaderCaches } from "@/server/scheduler-loop";
import { importSite } from "@/server/site-import/engine";
import type { SiteImportProgress } from "./summary";
import { importUploadExists, removeImportUpload, thisServerName } from "./upload";

const progressEveryMs = 1000;
const heartbeatEveryMs = 30_000;

/** The error stored for a run whose file is not on the disk of the server that runs it. */
export const fileMissingError = "fileMissing";

/** Starts the run and returns at once; whatever happens is written to the run's row. */
export function launchSiteImport(actor: StaffUser, run: SiteImportRun): void {
  void runSiteImport(actor, run).catch((error: unknown) =>
    logger.error({ err: error, importId: run.id }, "site import: the run could not record its end"),
  );
}

/**
 * For the scheduler pass: ends imports that stopped being heard from, then starts the import
 * waiting for this server's file, if there is one. True when one was started.
 */
export async function pickUpQueuedImport(): Promise<boolean> {
  await failStaleSiteImports();
  const queued = await queuedSiteImportOn(thisServerName());
  if (!queued) return false;
  // As the admin who uploaded the file, while still one.
  const uploader = queued.createdBy ? await findImportingAdmin({ id: queued.createdBy.id }) : null;
  const runAs = uploader ?? (await findImportingAdmin());
  if (!runAs) {
    await failSiteImport(queued.id, "the site has no active admin to import as");
    return false;
  }
  launchSiteImport(runAs, queued);
  return true;
}

async function runSiteImport(actor: StaffUser, run: SiteImportRun): Promise<void> {
  // Only one caller runs it: the server that was asked, or its own scheduler pass.
  if (!(await markSiteImportRunning(run.id))) return;
  if (!(await importUploadExists(run.filePath))) {
    await failSiteImport(run.id, fileMissingError);
    return;
  }
  let latest: SiteImportProgress | null = null;
  let writtenAt = 0;
  let writing: Promise<void> | null = null;
  const write = (progress: SiteImportProgress | null) => {
    if (writing) return;
    writtenAt = Date.now();
    writing = recordSiteImportProgress(run.id, progress)
      .catch((error: unknown) => logger.warn({ err: error, importId: run.id }, "site import: progress not written"))
      .finally(() => {
        writing = null;
      });
  };
  const heartbeat = setInterval(() => {
    if (Date.now() - writtenAt >= heartbeatEveryMs) write(latest);
  }, heartbeatEveryMs);
  heartbeat.unref();
  try {
    const summary = await importSite(
      actor,
      run.filePath,
      { ...run.options, dryRun: false },
      (progress: SiteImportProgress) => {
        latest = { done: progress.done, total: progress.total };
        if (Date.now() - writtenAt >= progressEveryMs) write(latest);
      },
    );
    clearInterval(heartbeat);
    await writing;
    await finishSiteImport(run.id, summary);
    const { created, updated, unchanged, skipped } = summary.stories;
    logger.info({ importId: run.id, created, updated, unchanged, skipped: skipped.length }, "site import finished");
  } catch (error) {
    clearInterval(heartbeat);
    await writing;
    logger.error({ err: error, importId: run.id }, "site import failed");
    await failSiteImport(run.id, error instanceof Error ? error.message : String(error));
  } finally {
    await removeImportUpload(run.filePath).catch(() => undefined);
    // Outside a request: the server's own internal route expires the caches (false in tests).
    await expireAllReaderCaches(`http://127.0.0.1:${env.PORT}`);
  }
}
