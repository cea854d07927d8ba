/**
 * X-Forwarded-Host, X-Forwarded-Proto and X-Forwarded-Port say which address the browser used
 * when a reverse proxy stands in between. Anyone can send them, so they are believed only from
 * the proxies TRUST_PROXY counts, exactly like X-Forwarded-For (lib/client-address.ts).
 *
 * server/http-server.ts calls this first thing for every request, so nothing after it sees an
 * untrusted value: the reader cache's key (server/response-cache/policy.ts), Next (which fills
 * in the missing ones from the connection, `??=` in its base server), next-auth (trustHost: the
 * sign-in URLs and whether its cookies are Secure and `__Secure-` named come from these
 * headers), and route handlers such as the media upload's same-origin check.
 */
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";

const forwardedNames = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"] as const;

const validValue: Record<(typeof forwardedNames)[number], RegExp> = {
  // A host name or an IPv4/IPv6 literal, with an optional port: nothing else is a host.
  "x-forwarded-host":
    /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i,
  "x-forwarded-proto": /^https?$/i,
  "x-forwarded-port": /^\d{1,5}$/,
};

/**
 * Keeps the forwarded headers only when `trustedProxyHops` proxies are trusted, reduced to the
 * value the outermost trusted proxy wrote. A proxy that appends (rather than replaces) leaves a
 * list whose left part the client wrote; with N trusted proxies the entry N places from the
 * right is the first one a trusted proxy wrote. Malformed values are dropped. The RFC 7239
 * `Forwarded` header is no proxy's job here (nginx does not send it), so it is always dropped.
 */
export function trustForwardedHeaders(headers: IncomingHttpHeaders, trustedProxyHops: number): void {
  delete headers.forwarded;
  for (const name of forwardedNames) {
    const value = headers[name];
    if (value === undefined) continue;
    delete headers[name];
    if (trustedProxyHops <= 0) continue;
    const entries = (Array.isArray(value) ? value.join(",") : value)
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    const chosen = entries[Math.max(0, entries.length - trustedProxyHops)];
    if (chosen !== undefined && validValue[name].test(chosen)) headers[name] = chosen.toLowerCase();
  }
}

/**
 * Whether the browser reached the site over https: a TLS socket of our own, or a trusted proxy
 * saying so (after `trustForwardedHeaders`). This is the one meaning of "the public address is
 * https" on the server: HSTS follows it, and next-auth reads the same header to decide that its
 * cookies are Secure. SITE_URL and the public-URL setting only name the address in links.
 */
export function isHttpsRequest(request: IncomingMessage): boolean {
  const socket = request.socket as { encrypted?: boolean };
  return socket.encrypted === true || request.headers["x-forwarded-proto"] === "https";
}
