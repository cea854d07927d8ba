/**
 * Receives an export of another site for the importer (/admin/import), as the raw bytes of one
 * file so the browser can report upload progress, with the options in the query string:
 * `format`, `language`, `siteUrl`, `mediaDir`. `?check=1` (no body) only checks the options, so
 * a mistyped folder is reported before a large file is sent.
 *
 * A public POST endpoint like a server action: it checks the origin, the session and
 * `site.import` itself, refuses a body over the limit before reading it (Content-Length) or as
 * soon as it grows past it, and writes the file to disk as it arrives. Then it runs the
 * importer's dry run and records the checked file; the answer is the run's id, or a refusal with
 * a message key of `import.upload.errors` (and, for a file that cannot be read, the reader's
 * own message, which says where it stopped).
 */
import { getStaffUser } from "@/auth-session";
import type { StaffUser } from "@/db/queries/types";
import { activeSiteImport, recordCheckedImport } from "@/db/queries/site-imports/runs";
import { can } from "@/lib/permissions";
import { logger } from "@/server/logger";
import { isSameOriginUpload } from "@/server/same-origin-upload";
import { importSite } from "@/server/site-import/engine";
import { ImportFileError } from "@/server/site-import/sources/import-file-error";
import {
  checkImportOptions,
  maxImportBytes,
  removeImportUpload,
  removeStaleUploads,
  saveImportUpload,
  thisServerName,
  type ImportOptionErrors,
} from "@/server/site-import/upload";

export type ImportUploadAnswer =
  | { ok: true; id?: number }
  | { ok: false; error: "invalid"; fields: ImportOptionErrors }
  | { ok: false; error: "importFile"; message: string }
  | { ok: false; error: "signedOut" | "forbidden" | "empty" | "tooLarge" };

function answer(status: number, body: ImportUploadAnswer): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/** Files checked a day ago and never imported go as a new one comes (the import under way's stays). */
async function removeUploadsLeftBehind(user: StaffUser): Promise<void> {
  try {
    const active = await activeSiteImport(user);
    const removed = await removeStaleUploads(active ? [active.filePath] : []);
    if (removed > 0) logger.info({ removed }, "site import: uploads left behind removed");
  } catch (error) {
    logger.warn({ err: error }, "site import: uploads left behind could not be removed");
  }
}

export async function POST(request: Request): Promise<Response> {
  if (!isSameOriginUpload(request, "heraldo-import")) return answer(403, { ok: false, error: "forbidden" });
  const user = await getStaffUser();
  if (!user) return answer(401, { ok: false, error: "signedOut" });
  if (!can(user.role, "site.import")) return answer(403, { ok: false, error: "forbidden" });

  const query = new URL(request.url).searchParams;
  const checked = await checkImportOptions({
    format: query.get("format") ?? "auto",
    language: query.get("language") ?? "",
    siteUrl: query.get("siteUrl") ?? "",
    mediaDir: query.get("mediaDir") ?? "",
  });
  if (!checked.ok) return answer(422, { ok: false, error: "invalid", fields: checked.errors });
  if (query.get("check") === "1") return answer(200, { ok: true });

  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxImportBytes) return answer(413, { ok: false, error: "tooLarge" });
  if (declared !== null && Number(declared) === 0) return answer(400, { ok: false, error: "empty" });

  let fileName = "";
  try {
    fileName = decodeURIComponent(request.headers.get("x-file-name") ?? "");
  } catch {
    fileName = "";
  }
  const saved = await saveImportUpload(request.body, fileName);
  if (!saved.ok) return answer(saved.error === "tooLarge" ? 413 : 400, { ok: false, error: saved.error });

  try {
    const summary = await importSite(user, saved.filePath, { ...checked.options, dryRun: true });
    const id = await recordCheckedImport(user, {
      fileName: fileName.trim().slice(0, 255) || "export",
      filePath: saved.filePath,
      fileHost: thisServerName(),
      options: checked.options,
      summary,
    });
    logger.info({ importId: id, userId: user.id, bytes: saved.size }, "site import: file checked");
    await removeUploadsLeftBehind(user);
    return answer(201, { ok: true, id });
  } catch (error) {
    await removeImportUpload(saved.filePath);
    if (error instanceof ImportFileError) {
      logger.info({ userId: user.id, reason: error.message }, "site import: file refused");
      return answer(422, { ok: false, error: "importFile", message: error.message });
    }
    throw error;
  }
}
