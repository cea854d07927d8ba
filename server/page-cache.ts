/**
 * The build's on-disk cache of rendered pages and cached data. Cleared before serving, so a
 * changed setting (SITE_URL, SITE_NAME) or a reset database never shows through old pages.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { env } from "./env";

export async function clearPageCache(): Promise<void> {
  // The same build directory as next.config.ts (NEXT_DIST_DIR, used by `npm test`).
  const distDir = env.NEXT_DIST_DIR;
  await rm(path.join(distDir, "server", "route-cache"), { recursive: true, force: true });
  await rm(path.join(distDir, "cache", "fetch-cache"), { recursive: true, force: true });
}
