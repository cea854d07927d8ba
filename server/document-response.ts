/** HTTP responses for the machine-read documents (feeds, sitemaps): types and caching in one place. */
import "server-only";

/**
 * Documents are cached on the server by tag and are fresh on the next request after a publish;
 * a CDN does not hear about publications, so it may keep them for a minute only, like pages.
 */
const briefPublicCaching = "public, max-age=60, s-maxage=60, stale-while-revalidate=300";

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
