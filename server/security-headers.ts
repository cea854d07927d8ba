/**
 * The site's security headers, in one place: the Content-Security-Policy of each kind of page,
 * HSTS, Permissions-Policy and the small fixed headers. server/http-server.ts applies them to
 * every response, before the reader cache answers or Next runs.
 *
 * Why the HTTP server rather than the proxy (proxy.ts) or next.config.ts headers(): the server
 * sees every request, including the ones the proxy's matcher skips (reader pages, /login, account
 * links, files) and the reader cache's hits, which never reach Next at all. And it is the one
 * place that can hand Next a nonce: Next reads it from the request's `content-security-policy`
 * header while rendering (server/route-modules/app-page/parse-request-headers.js) and puts it on
 * every script tag of that render.
 *
 * Two policies:
 * - Nonce pages (the newsroom, sign-in, account links, share-link previews) are rendered per
 *   request and run Next's client runtime, so each response gets a fresh nonce and
 *   'strict-dynamic' (scripts those scripts load are trusted, others are not).
 * - Everything else, above all reader pages, feeds, sitemaps and PDFs, is cached (here and by
 *   Next), so it cannot carry a per-request nonce. Reader documents are served without Next's
 *   client runtime (server/reader-html.ts), leaving only same-origin script files (the read
 *   beacon) and JSON-LD, which is data and never executed: `script-src 'self'` allows no inline
 *   script at all.
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { embedHosts } from "@/lib/html/embeds";

/** Pages that get a nonce: rendered on every request, with Next's client runtime. */
const noncePage = /^\/(?:(?:admin|login)(?:[/?#]|$)|(?:invite|reset-password|preview)\/)/;

export function isNoncePage(url: string): boolean {
  return noncePage.test(url);
}

/** 128 random bits, in the base64 alphabet Next accepts for a nonce. */
export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

/** The video players an article may embed (lib/html/embeds.ts): the only frames a page may show. */
export const frameSources = embedHosts.map((host) => `https://${host}`).join(" ");

function policy(directives: Record<string, string>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");
}

/**
 * Shared by both policies. Styles may be inline: next/image writes `style` attributes on every
 * image and the rich-text editor injects its own <style>; a style cannot run script, and a
 * nonce would not cover attributes anyway.
 */
const commonDirectives = {
  "default-src": "'self'",
  "style-src": "'self' 'unsafe-inline'",
  "font-src": "'self'",
  "connect-src": "'self'",
  "frame-src": frameSources,
  "object-src": "'none'",
  "base-uri": "'none'",
  "frame-ancestors": "'self'",
  "form-action": "'self'",
};

/**
 * Newsroom pages. `dev` adds 'unsafe-eval', which `next dev` needs for its fast refresh; images
 * include blob: and data: for the previews of files about to be uploaded.
 */
export function noncePolicy(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  return policy({
    ...commonDirectives,
    // The staff preview shows the article in a phone-wide frame of its own page.
    "frame-src": `'self' ${frameSources}`,
    "script-src": `'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "img-src": "'self' blob: data:",
  });
}

/**
 * Reader pages and every other response. Images are all same-origin: media files (/media/…)
 * and their resized copies (/_next/image), including the logo; article bodies keep only library
 * images (lib/html/sanitize.ts).
 */
export const readerPolicy = policy({ ...commonDirectives, "script-src": "'self'", "img-src": "'self'" });

/** Two years, the preload list's minimum; subdomains too, since cookies reach them. */
export const strictTransportSecurity = "max-age=63072000; includeSubDomains";

/**
 * Powerful features nothing on the site uses, off for the site and every frame it embeds
 * (players keep what their `allow` attribute asks for: fullscreen, picture-in-picture…), and
 * no interest-based advertising cohorts.
 */
export const permissionsPolicy = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "hid=()",
  "display-capture=()",
  "interest-cohort=()",
  "browsing-topics=()",
].join(", ");

/**
 * The headers every response carries, whatever its kind. HSTS only when the request reached
 * the site over https (see `isHttpsRequest` in server/forwarded-headers.ts): over plain http a
 * browser ignores it anyway, and sending it from a site not yet served over https would lock
 * its readers out once it is.
 */
export function fixedHeaders({ https }: { https: boolean }): [string, string][] {
  return [
    ["Permissions-Policy", permissionsPolicy],
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    // For browsers older than frame-ancestors; the policy says the same.
    ["X-Frame-Options", "SAMEORIGIN"],
    ...(https ? [["Strict-Transport-Security", strictTransportSecurity] as [string, string]] : []),
  ];
}

/**
 * Sets the response's security headers and, on nonce pages, tells Next the nonce through the
 * request. A policy a client sent as a request header is dropped first: Next would take its
 * nonce for the render.
 */
export function applySecurityHeaders(
  request: IncomingMessage,
  response: ServerResponse,
  options: { https: boolean; dev?: boolean },
): void {
  delete request.headers["content-security-policy"];
  delete request.headers["content-security-policy-report-only"];
  for (const [name, value] of fixedHeaders(options)) response.setHeader(name, value);
  if (isNoncePage(request.url ?? "/")) {
    const csp = noncePolicy(createNonce(), options);
    request.headers["content-security-policy"] = csp;
    response.setHeader("Content-Security-Policy", csp);
  } else {
    response.setHeader("Content-Security-Policy", readerPolicy);
  }
}
