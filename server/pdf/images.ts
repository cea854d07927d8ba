/**
 * Images for the PDF, read from our own storage and never fetched over the network (the
 * Drupal site printed "DOMPDF_ENABLE_REMOTE is set to FALSE" and a path where its images should
 * have been). react-pdf embeds PNG and JPEG only, so every image goes through sharp: turned
 * upright, scaled down to what print needs, JPEG for photos and PNG where there is transparency.
 * An image that cannot be read is left out (and logged); its path never reaches the document.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { mediaKeyFromUrl } from "@/lib/media-url";
import { logger } from "@/server/logger";
import { getMediaStorage } from "@/server/media-storage";
import type { SiteLogo } from "@/server/print/site-logo";

export type PdfImageAsset = {
  data: Buffer;
  format: "png" | "jpg";
  /** Pixel size after scaling, for the aspect ratio on the page. */
  width: number;
  height: number;
};

/**
 * Pixel widths: the text column is about 6.5 inches wide, so 1400 px prints a full-width photo
 * at over 200 dpi while keeping the file small; the logo is drawn under half an inch wide.
 */
export const imageWidths = { lead: 1400, inline: 1200, logo: 192 } as const;

export async function toPdfImage(bytes: Buffer, maxWidth: number): Promise<PdfImageAsset | null> {
  try {
    const source = sharp(bytes, { failOn: "error" }).rotate();
    const { hasAlpha } = await source.metadata();
    const resized = source.resize({ width: maxWidth, withoutEnlargement: true });
    const encoded = hasAlpha
      ? resized.png({ compressionLevel: 9 })
      : resized.flatten({ background: "#ffffff" }).jpeg({ quality: 82, mozjpeg: true });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { data, format: hasAlpha ? "png" : "jpg", width: info.width, height: info.height };
  } catch (error) {
    logger.warn({ err: error }, "PDF: an image could not be decoded and was left out");
    return null;
  }
}

export async function loadMediaImage(storageKey: string, maxWidth: number): Promise<PdfImageAsset | null> {
  const bytes = await getMediaStorage().get(storageKey);
  if (!bytes) {
    logger.warn({ storageKey }, "PDF: a media file is missing and was left out");
    return null;
  }
  return toPdfImage(bytes, maxWidth);
}

/** The PNG twin of the built-in SVG logo; react-pdf does not draw SVG files. */
const builtInLogoPng = () => path.join(/*turbopackIgnore: true*/ process.cwd(), "public", "logo.png");

export async function loadLogo(logo: SiteLogo): Promise<PdfImageAsset | null> {
  if (logo.storageKey) {
    const fromLibrary = await loadMediaImage(logo.storageKey, imageWidths.logo);
    if (fromLibrary) return fromLibrary;
  }
  try {
    return await toPdfImage(await readFile(builtInLogoPng()), imageWidths.logo);
  } catch (error) {
    logger.error({ err: error }, "PDF: the built-in logo could not be read");
    return null;
  }
}

/**
 * Images in the body, by address. Only files in our media storage are loaded; images hosted
 * elsewhere are named in the text instead (fetching arbitrary URLs from the server is how
 * request-forgery bugs start, and a slow host would stall the PDF).
 */
export async function loadBodyImages(sources: string[], siteUrl: string): Promise<Map<string, PdfImageAsset>> {
  const assets = new Map<string, PdfImageAsset>();
  for (const src of new Set(sources)) {
    const key = mediaKeyFromUrl(src, siteUrl);
    if (!key) continue;
    const asset = await loadMediaImage(key, imageWidths.inline);
    if (asset) assets.set(src, asset);
  }
  return assets;
}
