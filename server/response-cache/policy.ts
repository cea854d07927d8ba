/**
 * Which requests the in-memory reader cache may answer, what it keys them on, and which
 * responses it may keep. Pure functions over headers, so every rule has a unit test.
 *
 * The rules, and why:
 * - Only GET and HEAD of reader addresses (inside a language, the sitemaps, robots.txt): the
 *   newsroom, sign-in and account links, previews, /api, media files and Next's own assets
 *   never go through it.
 * - Never for a request that carries a staff session cookie: staff always get a fresh render and
 *   nothing rendered for them can reach a reader (no "poisoning").
 * - Never for client-router requests (RSC payloads, prefetches), nor for range or
 *   ETag-less conditional requests other than If-None-Match.
 * - A response is kept only when it is a plain document (200, 404, or a permanent redirect), sets
 *   no cookie, and does not say private or no-store, except where a reader page is dynamic
 *   by nature rather than personal (search results), which Next always marks private.
 */
import type { IncomingHttpHeaders } from "node:http";
import { isLocale } from "@/lib/locales";

/**
 * Reader addresses: those inside a language, and the sitemaps and robots.txt. Anything else
 * (the newsroom, /api, previews, media, Next's files, "/" which picks a language per reader, or
 * an unknown language, answered with a not-found page in the reader's own language) is not.
 */
const rootDocuments = /^\/(?:robots\.txt|sitemap\.xml|sitemaps\/[\w.-]+)(?:\?|$)/;
const firstSegment = /^\/([^/?#]*)/;

export function isReaderAddress(url: string): boolean {
  if (rootDocuments.test(url)) return true;
  return isLocale(firstSegment.exec(url)?.[1]);
}

/** Headers that Next's client router sends for RSC payloads and prefetches. */
const routerHeaders = [
  "rsc",
  "next-router-prefetch",
  "next-router-state-tree",
  "next-router-segment-prefetch",
  "next-url",
];

/** next-auth's session cookie, also when chunked (`authjs.session-token.0`) or `__Secure-`. */
const sessionCookie = /(?:^|;\s*)(?:__Secure-|__Host-)?authjs\.session-token/;

/** Reader search: dynamic (it reads the query) but the same for every reader. */
const searchPath = /^\/[a-z]{2}\/search(?:\/|\?|$)/;

export function isCacheableRequest(method: string | undefined, url: string, headers: IncomingHttpHeaders): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  if (!isReaderAddress(url)) return false;
  if (url.includes("_rsc=")) return false;
  for (const name of routerHeaders) if (headers[name] !== undefined) return false;
  if (headers.range !== undefined) return false;
  const cookie = headers.cookie;
  if (cookie !== undefined && sessionCookie.test(cookie)) return false;
  return true;
}

/**
 * Everything that changes a reader response: the scheme and host it was asked of (absolute URLs in feeds
 * come from settings, but a different virtual host must never be served another's page) and the
 * path with its query. The forwarded headers are only there when a trusted proxy sent them
 * (server/forwarded-headers.ts runs before the cache). Encodings are variants of one entry; HEAD is answered from GET's entry.
 */
export function cacheKey(url: string, headers: IncomingHttpHeaders): string {
  const host = headers["x-forwarded-host"] ?? headers.host ?? "";
  const proto = headers["x-forwarded-proto"] ?? "";
  return `${String(proto).toLowerCase()} ${String(host).toLowerCase()} ${url}`;
}

const keptStatuses = new Set([200, 301, 308, 404, 410]);

export function isStorableResponse(url: string, status: number, headers: IncomingHttpHeaders): boolean {
  if (!keptStatuses.has(status)) return false;
  if (headers["set-cookie"] !== undefined) return false;
  if (headers["content-encoding"] !== undefined && headers["content-encoding"] !== "identity") return false;
  const cacheControl = String(headers["cache-control"] ?? "").toLowerCase();
  const personal = /\b(private|no-store)\b/.test(cacheControl);
  if (personal && !searchPath.test(url)) return false;
  return true;
}
