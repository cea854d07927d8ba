/**
 * One image file sent to the library's upload route (./upload/route.ts) as raw bytes, so the
 * browser can report progress. Shared by the library's uploader and the image picker, so both
 * go through the same checks (size, type, session, permission, origin).
 */

/** What the route answers: the new image, or a message key of `media.upload.errors`. */
export type UploadAnswer =
  { ok: true; id: number; src: string; name: string; width: number; height: number } | { ok: false; error: string };

/** The types the route accepts (the route checks the bytes themselves). */
export const acceptedImageTypes = "image/jpeg,image/png,image/webp,image/avif,image/gif";

const knownErrors = new Set([
  "empty",
  "tooLarge",
  "svg",
  "notAnImage",
  "tooManyPixels",
  "corrupt",
  "signedOut",
  "forbidden",
  "notFound",
  "badRequest",
  "storageUnavailable",
  "network",
  "server",
]);

/** The message key for a refusal: one the interface has words for, else "server". */
export function uploadErrorKey(error: string): string {
  return knownErrors.has(error) ? error : "server";
}

/** Sends one file; resolves with the server's answer (or a network/server error key). */
export function sendImageFile(
  file: File,
  url: string,
  onProgress: (percent: number) => void = () => {},
  onSent: () => void = () => {},
): Promise<UploadAnswer> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("X-Requested-With", "heraldo-media");
    request.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.upload.onload = onSent;
    request.onload = () => {
      try {
        resolve(JSON.parse(request.responseText) as UploadAnswer);
      } catch {
        resolve({ ok: false, error: "server" });
      }
    };
    request.onerror = () => resolve({ ok: false, error: "network" });
    request.send(file);
  });
}
