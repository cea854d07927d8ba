/**
 * Upload routes take raw bytes from the newsroom's own scripts, not form posts, so Next's
 * server-action origin check does not cover them: each checks here that the request carries its
 * uploader's marker header (a plain cross-site form cannot set one) and, when the browser names
 * an Origin, that it is this site.
 */
export function isSameOriginUpload(request: Request, marker: string): boolean {
  if (request.headers.get("x-requested-with") !== marker) return false;
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
