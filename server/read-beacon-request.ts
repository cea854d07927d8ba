/**
 * Which posts to the read beacon (app/api/reads/route.ts) may count as a read. A browser's
 * beacon from our own article page says so: `Sec-Fetch-Site: same-origin` (every current
 * browser) and an `Origin` naming this site. Anything else is refused: a foreign page could
 * otherwise make each of its visitors' browsers post reads, each from its own address, which
 * per-address counting (server/recent-reads.ts) cannot tell from readers.
 *
 * A script can send any header it likes, so this is not what stops a script: that is one read
 * per address and day, and only published articles counting. The User-Agent filter is a
 * courtesy to crawlers and link previews that run scripts, not a defence.
 */
import { readLimited } from "./limited-body";
import { env } from "./env";

// Crawlers, link previews and monitoring: not readers.
const botPattern = /bot|crawl|spider|slurp|preview|facebookexternalhit|embedly|monitor|curl|wget|python/i;

function isPrefetch(headers: Headers): boolean {
  return (
    /prefetch|prerender/i.test(headers.get("sec-purpose") ?? "") ||
    /prefetch/i.test(headers.get("purpose") ?? "") ||
    headers.has("next-router-prefetch")
  );
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * True when `Origin` names this site: the host the request was sent to (behind a proxy, the
 * `Host` it passes on, as deploy/nginx/heraldo.conf does) or the host of SITE_URL. The scheme is
 * not compared, since behind a TLS proxy the app itself is reached over plain HTTP.
 */
function isOwnOrigin(origin: string, headers: Headers, siteUrl: string | undefined): boolean {
  if (origin === "null") return false;
  const host = hostOf(origin);
  if (!host) return false;
  return host === headers.get("host")?.toLowerCase() || host === hostOf(siteUrl);
}

/** Whether a beacon post with these headers may count as a read (see the module comment). */
export function isCountableRead(headers: Headers, siteUrl: string | undefined = env.SITE_URL): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  const origin = headers.get("origin");
  // Older browsers send only Origin; a post with neither did not come from a current browser.
  if (fetchSite === null && origin === null) return false;
  if (fetchSite !== null && fetchSite.toLowerCase() !== "same-origin") return false;
  if (origin !== null && !isOwnOrigin(origin, headers, siteUrl)) return false;
  const agent = headers.get("user-agent") ?? "";
  return agent !== "" && !botPattern.test(agent) && !isPrefetch(headers);
}

/** Longest body worth reading: an article id is at most ten digits. */
const maxBodyBytes = 32;

/**
 * The article id a beacon posts, or null. The body is read only up to a few bytes, so a large
 * post costs no memory.
 */
export async function beaconArticleId(request: Request): Promise<number | null> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (!request.body || declared > maxBodyBytes) return null;
  const bytes = await readLimited(request, maxBodyBytes);
  if (!bytes) return null;
  const body = bytes.toString("utf8").trim();
  if (!/^[1-9]\d{0,9}$/.test(body)) return null;
  const id = Number(body);
  return id <= 2_147_483_647 ? id : null;
}
