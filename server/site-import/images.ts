/**
 * The old site's images, brought into the media library from a local copy of its uploads folder
 * (`--media DIR`), through the library's own checks (type sniffed from the bytes, size and pixel
 * limits, metadata stripped). An image is found by its address's path, tried from the longest
 * tail to the file name alone (`/wp-content/uploads/2019/05/a.jpg`, then `uploads/2019/05/a.jpg`,
 * `2019/05/a.jpg`, `a.jpg`), never outside the folder. The same picture met again, in this run
 * or an earlier one, is the image already in the library. Without a folder, nothing is brought
 * in and every image is listed as not imported.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { createLibraryImage, findLibraryImageByContent, updateImageDetails } from "@/db/queries/media/library";
import type { StaffUser } from "@/db/queries/types";
import { isDomainError } from "@/lib/domain-error";
import { getMediaStorage } from "@/server/media-storage";
import { maxUploadBytes, processUploadedImage } from "@/server/media/image-upload";
import type { Locale } from "@/lib/locales";

export type BroughtImage = { mediaId: number | null; storageKey: string | null } | { refused: string };

const refusalWords: Record<string, string> = {
  empty: "the file is empty",
  tooLarge: "the file is over the upload limit",
  svg: "SVG images are not accepted",
  notAnImage: "the file is not a JPEG, PNG, WebP, AVIF or GIF image",
  tooManyPixels: "the image has too many pixels",
  corrupt: "the image is damaged",
};

function candidatePaths(folder: string, url: string): string[] {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, "http://relative.invalid").pathname);
  } catch {
    return [];
  }
  const segments = pathname.split("/").filter((s) => s !== "" && s !== "." && s !== "..");
  const root = path.resolve(folder);
  return segments
    .map((_, start) => path.resolve(root, ...segments.slice(start)))
    .filter((candidate) => candidate.startsWith(root + path.sep));
}

export class ImageBridge {
  /** address → what became of it, for this run. */
  private readonly seen = new Map<string, BroughtImage>();
  /** Images this run added to the library, by id (removed again if their story fails). */
  readonly created = new Set<number>();
  imported = 0;

  constructor(
    private readonly actor: StaffUser,
    private readonly folder: string | undefined,
    private readonly dryRun: boolean,
  ) {}

  /** A story that failed took its new images with it: they must not be offered to the next. */
  forget(mediaId: number): void {
    this.created.delete(mediaId);
    this.imported -= 1;
    for (const [url, image] of this.seen) if ("mediaId" in image && image.mediaId === mediaId) this.seen.delete(url);
  }

  async bring(url: string, alt: string | undefined, locale: Locale): Promise<BroughtImage> {
    const known = this.seen.get(url);
    if (known) return known;
    const result = await this.load(url, alt, locale);
    this.seen.set(url, result);
    return result;
  }

  private async load(url: string, alt: string | undefined, locale: Locale): Promise<BroughtImage> {
    if (!this.folder) return { refused: "no folder of the old site's images was given" };
    let file: string | undefined;
    for (const candidate of candidatePaths(this.folder, url)) {
      const info = await stat(candidate).catch(() => null);
      if (info?.isFile()) {
        file = candidate;
        break;
      }
    }
    if (!file) return { refused: "not found in the media folder" };
    const limit = maxUploadBytes();
    if ((await stat(file)).size > limit) return { refused: refusalWords.tooLarge ?? "too large" };
    const bytes = await readFile(file);
    let processed;
    try {
      processed = await processUploadedImage(bytes, limit);
    } catch (error) {
      if (isDomainError(error)) return { refused: refusalWords[error.code] ?? error.code };
      throw error;
    }
    const existing = await findLibraryImageByContent(processed.data);
    if (existing) return { mediaId: existing.id, storageKey: existing.storageKey };
    this.imported += 1;
    if (this.dryRun) return { mediaId: null, storageKey: null };
    const created = await createLibraryImage(
      this.actor,
      { ...processed, originalName: path.basename(file) },
      getMediaStorage(),
    );
    this.created.add(created.id);
    const text = alt?.trim();
    if (text) await updateImageDetails(this.actor, created.id, { alt: { [locale]: text }, caption: "", credit: "" });
    return { mediaId: created.id, storageKey: created.storageKey };
  }
}
