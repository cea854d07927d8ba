/**
 * Share images cost 15-40 ms to draw, so each is kept per article version (id + last update)
 * in memory; an edit changes the version and so the image. Bounded: oldest entries go first.
 */
import { renderShareImage } from "./share-image";

const maxEntries = 300;
const images = new Map<string, Buffer>();

export async function shareImagePng(
  version: { id: number; updatedAt: string },
  input: Parameters<typeof renderShareImage>[0],
): Promise<Buffer> {
  // The photo's storage key too: replacing a library image changes it without editing the article.
  const key = `${version.id}:${version.updatedAt}:${input.siteName}:${input.storageKey ?? ""}`;
  const hit = images.get(key);
  if (hit) return hit;
  const png = Buffer.from(await (await renderShareImage(input)).arrayBuffer());
  images.set(key, png);
  if (images.size > maxEntries) images.delete(images.keys().next().value ?? key);
  return png;
}
