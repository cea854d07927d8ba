/** HTTP responses for the machine-read documents (feeds, sitemaps): types and caching in one place. */
import "server-only";

/**
 * Documents are cached on the server by tag and are fresh on the next request after a publish;
 * a CDN may keep them for a few minutes only, so a story reaches feed readers and crawlers soon.
 */
const briefPublicCaching = "public, max-age=60, s-maxage=300, stale-while-revalidate=600";

/** `body` with its media type (UTF-8), or a short, plain 404 when there is no such document. */
export function documentResponse(body: string | null, mediaType: string): Response {
  if (body === null) {
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=60" },
    });
  }
  return new Response(body, {
    headers: { "Content-Type": `${mediaType}; charset=utf-8`, "Cache-Control": briefPublicCaching },
  });
}
