/**
 * Which address a request came from. The HTTP server (server/http-server.ts) works it out once
 * per request and passes it to the app in `clientAddressHeader`, replacing whatever a client
 * sent under that name, so pages and server actions never parse X-Forwarded-For themselves.
 */
export const clientAddressHeader = "x-heraldo-client-address";

/**
 * The client's address. `trustedProxyHops` is how many reverse proxies in front of the server
 * append to X-Forwarded-For (TRUST_PROXY); with 0 the header is ignored, since anyone can send
 * it. With N, the address N hops from the socket is taken: entries further left were written by
 * the client and could be anything.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxyHops: number,
): string {
  const socket = normaliseAddress(socketAddress ?? "") || "unknown";
  if (trustedProxyHops <= 0 || forwardedFor === undefined) return socket;
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor)
    .split(",")
    .map((entry) => normaliseAddress(entry))
    .filter(Boolean);
  const chain = [...forwarded, socket];
  return chain[Math.max(0, chain.length - 1 - trustedProxyHops)] ?? socket;
}

/** "::ffff:127.0.0.1" and "127.0.0.1" are one client; the value is bounded for storage. */
function normaliseAddress(value: string): string {
  const trimmed = value.trim().toLowerCase();
  const mapped = trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
  return /^[0-9a-f:.]{2,45}$/.test(mapped) ? mapped : "";
}
