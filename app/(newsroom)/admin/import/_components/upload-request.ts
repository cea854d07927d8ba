/**
 * The export file sent to the importer's upload route (../upload/route.ts) as raw bytes, so the
 * browser can report progress, with the options in the query string. `checkImportOptions` asks
 * the same route to check the options alone first, so a mistyped folder is reported before a
 * large file travels.
 */
import type { ImportUploadAnswer } from "../upload/route";

export type ImportOptionsSent = { format: string; language: string; siteUrl: string; mediaDir: string };

/** What the upload island may get back: the route's answer, or a network/server failure. */
export type UploadOutcome = ImportUploadAnswer | { ok: false; error: "network" | "server" };

/** What the file input takes (the route reads the file itself to tell its format). */
export const acceptedImportFiles = ".xml,.json,.rss,.atom,application/xml,text/xml,application/json";

function uploadUrl(options: ImportOptionsSent, check = false): string {
  const query = new URLSearchParams({ format: options.format });
  if (options.language) query.set("language", options.language);
  if (options.siteUrl.trim()) query.set("siteUrl", options.siteUrl.trim());
  if (options.mediaDir.trim()) query.set("mediaDir", options.mediaDir.trim());
  if (check) query.set("check", "1");
  return `/admin/import/upload?${query.toString()}`;
}

function parse(text: string): UploadOutcome {
  try {
    return JSON.parse(text) as ImportUploadAnswer;
  } catch {
    return { ok: false, error: "server" };
  }
}

export async function checkImportOptions(options: ImportOptionsSent): Promise<UploadOutcome> {
  try {
    const response = await fetch(uploadUrl(options, true), {
      method: "POST",
      headers: { "X-Requested-With": "heraldo-import" },
    });
    return parse(await response.text());
  } catch {
    return { ok: false, error: "network" };
  }
}

/** Sends the file; resolves with the route's answer once the dry run is done. */
export function sendImportFile(
  file: File,
  options: ImportOptionsSent,
  onProgress: (percent: number) => void,
  onSent: () => void,
): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", uploadUrl(options));
    request.setRequestHeader("X-Requested-With", "heraldo-import");
    request.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.floor((event.loaded / event.total) * 100));
    };
    request.upload.onload = onSent;
    request.onload = () => resolve(parse(request.responseText));
    request.onerror = () => resolve({ ok: false, error: "network" });
    request.send(file);
  });
}
