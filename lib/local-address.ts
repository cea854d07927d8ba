/**
 * Whether a site address points at the machine itself (localhost, 127.x.x.x, ::1, 0.0.0.0): links
 * built on it (invitations, password resets, share links, feeds) work for nobody else.
 */
export function isLocalAddress(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  host = host.replace(/^\[|\]$/g, "");
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    host === "::1" ||
    host === "0.0.0.0"
  );
}
