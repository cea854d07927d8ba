/** Public URL of a stored media file; the route app/media/[...key] serves it. */
export function mediaUrl(storageKey: string): string {
  return `/media/${storageKey.split("/").map(encodeURIComponent).join("/")}`;
}

/**
 * The storage key behind a media URL, the inverse of mediaUrl: for `/media/...` paths and for
 * absolute URLs on the site's own origin (`siteOrigin`). Anything else is not ours and gives null,
 * so callers never read a file a URL merely claims to be. The key still has to pass the storage's
 * own safety check.
 */
export function mediaKeyFromUrl(url: string, siteOrigin?: string): string | null {
  let pathname: string;
  try {
    const parsed = new URL(url, "http://relative.invalid");
    const local = parsed.origin === "http://relative.invalid" && url.startsWith("/");
    const sameSite = siteOrigin !== undefined && parsed.origin === new URL(siteOrigin).origin;
    if (!local && !sameSite) return null;
    if (parsed.search || parsed.hash) return null;
    pathname = parsed.pathname;
  } catch {
    return null;
  }
  if (!pathname.startsWith("/media/")) return null;
  try {
    const key = pathname.slice("/media/".length).split("/").map(decodeURIComponent).join("/");
    return key === "" ? null : key;
  } catch {
    return null;
  }
}

/** Media library files only: a `/media/...` path of plain segments (no "..", no query). */
const mediaPath =
  /^\/media\/(?:[A-Za-z0-9._~!*'()-]|%[0-9A-Fa-f]{2})+(?:\/(?:[A-Za-z0-9._~!*'()-]|%[0-9A-Fa-f]{2})+)*$/;

export function isMediaLibrarySrc(src: string | undefined): boolean {
  if (!src || !mediaPath.test(src)) return false;
  return !src.split("/").some((segment) => segment === "." || segment === "..");
}
