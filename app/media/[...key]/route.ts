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
  const data = await getMediaStorage().get(key);
  if (!data) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": type,
      "Content-Length": String(data.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
