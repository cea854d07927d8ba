/**
 * Receives one image file per request (the raw bytes, so the browser can report upload
 * progress): `POST /admin/media/upload` adds it to the library, `?replace=ID` puts it behind an
 * existing image. A public POST endpoint like a server action: it checks the session, the
 * permission and the origin itself, stops reading at the size limit, and answers JSON with a
 * message key of the `media` namespace on refusal.
 */
import { getStaffUser } from "@/auth-session";
import { createLibraryImage, replaceLibraryImage, type CleanImageFile } from "@/db/queries/media/library";
import { isDomainError } from "@/lib/domain-error";
import { can } from "@/lib/permissions";
import { mediaUrl } from "@/lib/media-url";
import { logger } from "@/server/logger";
import { isSameOriginUpload } from "@/server/same-origin-upload";
import { invalidateMediaUsage } from "@/server/invalidate";
import { readLimited } from "@/server/limited-body";
import { getMediaStorage } from "@/server/media-storage";
import {
  cleanOriginalName,
  maxUploadBytes,
  processUploadedImage,
  uploadRefusals,
  type UploadRefusal,
} from "@/server/media/image-upload";

type Refusal = UploadRefusal | "signedOut" | "forbidden" | "notFound" | "badRequest" | "storageUnavailable";

function refuse(status: number, error: Refusal): Response {
  return Response.json({ ok: false, error }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function POST(request: Request): Promise<Response> {
  if (!isSameOriginUpload(request, "heraldo-media")) return refuse(403, "forbidden");
  const user = await getStaffUser();
  if (!user) return refuse(401, "signedOut");
  if (!can(user.role, "media.upload")) return refuse(403, "forbidden");

  const replace = new URL(request.url).searchParams.get("replace");
  const replaceId = replace === null ? null : Number(replace);
  if (replaceId !== null && !(Number.isInteger(replaceId) && replaceId > 0)) return refuse(400, "badRequest");

  const limit = maxUploadBytes();
  if (Number(request.headers.get("content-length") ?? 0) > limit) return refuse(413, "tooLarge");
  const bytes = await readLimited(request, limit);
  if (bytes === null) return refuse(413, "tooLarge");

  let name = "";
  try {
    name = cleanOriginalName(decodeURIComponent(request.headers.get("x-file-name") ?? ""));
  } catch {
    name = "";
  }

  let file: CleanImageFile;
  try {
    file = { ...(await processUploadedImage(bytes, limit)), originalName: name };
  } catch (error) {
    const reason = isDomainError(error) ? uploadRefusals.find((r) => r === error.code) : undefined;
    if (reason) {
      logger.info({ reason, userId: user.id }, "media upload refused");
      return refuse(422, reason);
    }
    throw error;
  }

  try {
    const storage = getMediaStorage();
    if (replaceId === null) {
      const created = await createLibraryImage(user, file, storage);
      // Enough for a picker to show and choose the new image at once.
      const image = { width: file.width, height: file.height, name: name || created.storageKey.split("/").pop() };
      return Response.json({ ok: true, id: created.id, src: mediaUrl(created.storageKey), ...image }, { status: 201 });
    }
    const replaced = await replaceLibraryImage(user, replaceId, file, storage);
    await invalidateMediaUsage(replaced.usage, "route");
    return Response.json({ ok: true, id: replaceId, src: mediaUrl(replaced.storageKey) });
  } catch (error) {
    if (isDomainError(error, "forbidden")) return refuse(403, "forbidden");
    if (isDomainError(error, "notFound")) return refuse(404, "notFound");
    if (isDomainError(error, "storageUnavailable")) {
      logger.error({ err: error.cause, userId: user.id }, "media upload failed: the media store did not take the file");
      return refuse(503, "storageUnavailable");
    }
    throw error;
  }
}
