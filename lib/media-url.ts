/** Public URL of a stored media file; the route app/media/[...key] serves it. */
export function mediaUrl(storageKey: string): string {
  return `/media/${storageKey.split("/").map(encodeURIComponent).join("/")}`;
}
