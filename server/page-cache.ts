/**
 * The build's on-disk cache of rendered pages and cached data. Cleared before serving, so a
 * changed setting (SITE_URL, SITE_NAME) or a reset database never shows through old pages.
 */
import { rm } from "node:fs/promises";

export async function clearPageCache(): Promise<void> {
  await rm(".next/server/route-cache", { recursive: true, force: true });
  await rm(".next/cache/fetch-cache", { recursive: true, force: true });
}
