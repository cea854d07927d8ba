import { currentStorageKey } from "@/db/queries/media/library";
import { mediaIdFromStorageKey } from "@/db/queries/media/usage";
import { mediaUrl } from "@/lib/media-url";
import { logger } from "@/server/logger";
import { getMediaStorage, isSafeMediaKey } from "@/server/media-storage";

const contentTypes: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
  gif: "image/gif",
};

/** Serves stored media. Keys carry a content hash, so a file never changes under its URL. */
export async function GET(_request: Request, { params }: RouteContext<"/media/[...key]">) {
  const { key: parts } = await params;
  const key = parts.join("/");
  const type = contentTypes[key.split(".").pop()?.toLowerCase() ?? ""];
  if (!type || !isSafeMediaKey(key)) return new Response("Not found", { status: 404 });
  let data: Buffer | null;
  try {
    data = await getMediaStorage().get(key);
  } catch (error) {
    // The store (a bucket, usually) is away: say so briefly, and let clients try again soon.
    logger.error({ err: error, key }, "media file could not be read from the media store");
    return new Response("The media store is not answering", {
      status: 503,
      headers: { "Retry-After": "5", "Cache-Control": "no-store" },
    });
  }
  if (!data) return previousAddress(key);
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": type,
      "Content-Length": String(data.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/**
 * A library image whose file was replaced keeps its id in its key: an old address (written into
 * an article body, say) leads to the current file. Briefly cacheable, since it may change again.
 */
async function previousAddress(key: string): Promise<Response> {
  const id = mediaIdFromStorageKey(key);
  const current = id === null ? null : await currentStorageKey(id);
  if (!current || current === key) return new Response("Not found", { status: 404 });
  return new Response(null, {
    status: 307,
    headers: { Location: mediaUrl(current), "Cache-Control": "public, max-age=60" },
  });
}
