/**
 * Generated PDFs on disk, one file per article version and paper size. The version is the
 * article's `updatedAt` plus a hash of everything the PDF shows (the PrintableArticle, which
 * includes the site name, URL and logo) and of the build that drew it, so an edit, a settings
 * change or a new release each give a new file and a stale one can never be served. Older
 * versions of an article are removed when a new one is written.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PdfPageSize } from "@/lib/pdf-page-size";
import { env } from "../env";

export type PdfCacheKey = {
  articleId: number;
  /** `<updatedAt ms>-<content hash>`: one article version as drawn by one build. */
  version: string;
  size: PdfPageSize;
};

export type PdfCacheInput = {
  articleId: number;
  updatedAt: string;
  size: PdfPageSize;
  /** Everything the document shows; hashed as JSON. */
  content: unknown;
  /** Identifies the code that draws the PDF (the Next build id). */
  renderer: string;
};

export function pdfCacheKey(input: PdfCacheInput): PdfCacheKey {
  const hash = createHash("sha256")
    .update(JSON.stringify({ renderer: input.renderer, content: input.content }))
    .digest("hex")
    .slice(0, 20);
  const updated = new Date(input.updatedAt).getTime();
  if (!Number.isInteger(input.articleId) || input.articleId <= 0 || !Number.isFinite(updated)) {
    throw new Error("PDF cache key needs a positive article id and a valid updatedAt");
  }
  return { articleId: input.articleId, version: `${updated}-${hash}`, size: input.size };
}

/** An HTTP entity tag for one cached PDF: the same bytes always carry the same tag. */
export function pdfEtag(key: PdfCacheKey): string {
  return `"pdf-${key.articleId}-${key.version}-${key.size}"`;
}

export function pdfCacheDir(directory: string = env.PDF_CACHE_DIR): string {
  return path.resolve(/*turbopackIgnore: true*/ directory);
}

export class PdfDiskCache {
  constructor(private readonly root: string) {}

  private articleDir(key: PdfCacheKey): string {
    return path.join(this.root, String(key.articleId));
  }

  fileOf(key: PdfCacheKey): string {
    return path.join(this.articleDir(key), `${key.version}-${key.size}.pdf`);
  }

  async read(key: PdfCacheKey): Promise<Buffer | null> {
    try {
      return await readFile(this.fileOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  /**
   * Writes through a temporary file and a rename, so a reader never sees half a PDF, then drops
   * the article's other versions (the other paper size of this version stays).
   */
  async write(key: PdfCacheKey, bytes: Buffer): Promise<void> {
    const dir = this.articleDir(key);
    await mkdir(dir, { recursive: true });
    const file = this.fileOf(key);
    const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, file);
    await this.removeOtherVersions(key);
  }

  private async removeOtherVersions(key: PdfCacheKey): Promise<void> {
    const dir = this.articleDir(key);
    const names = await readdir(dir).catch(() => [] as string[]);
    const stale = names.filter((name) => name.endsWith(".pdf") && !name.startsWith(`${key.version}-`));
    await Promise.all(stale.map((name) => rm(path.join(dir, name), { force: true })));
  }
}
