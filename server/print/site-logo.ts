/**
 * The logo printed on the print view and the PDF: the media library image chosen in settings,
 * else the built-in mark in public/. The print view shows `src`; the PDF reads the file itself
 * (from media storage by `storageKey`, or the built-in PNG), never through a URL.
 */
import "server-only";
import { mediaUrl } from "@/lib/media-url";
import { cachedMediaFile, cachedSiteSettings } from "@/server/reader-data";

export type SiteLogo = {
  src: string;
  width: number;
  height: number;
  /** Media storage key of a library logo; null for the built-in one. */
  storageKey: string | null;
};

/** The built-in logo: an SVG for the browser, the same mark as public/logo.png for the PDF. */
export const builtInLogo: SiteLogo = { src: "/logo.svg", width: 512, height: 512, storageKey: null };

export async function siteLogo(): Promise<SiteLogo> {
  const { logoMediaId } = await cachedSiteSettings();
  if (logoMediaId === null) return builtInLogo;
  const file = await cachedMediaFile(logoMediaId);
  // A logo setting that points at a deleted image falls back rather than printing nothing.
  if (!file) return builtInLogo;
  return { src: mediaUrl(file.storageKey), width: file.width, height: file.height, storageKey: file.storageKey };
}
