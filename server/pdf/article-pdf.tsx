/**
 * The PDF of one article version: from the disk cache when it was drawn before, else drawn
 * once (concurrent requests for the same version share one rendering) and stored.
 */
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { PdfPageSize } from "@/lib/pdf-page-size";
import { logger } from "@/server/logger";
import type { PrintableArticle } from "@/server/print/printable-article";
import { PdfDiskCache, pdfCacheDir, pdfCacheKey, pdfEtag, type PdfCacheKey } from "./cache";
import { drawInWorker } from "./worker/pool";
import { env } from "../env";

/**
 * The build that draws the PDF is part of the cache key, so a release that changes the layout
 * never serves PDFs drawn by the previous one. `next dev` has no stable build id: no caching.
 */
let buildId: string | null | undefined;
function currentBuildId(): string | null {
  if (buildId !== undefined) return buildId;
  if (env.NODE_ENV === "development") return (buildId = null);
  try {
    buildId = readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    buildId = null;
  }
  return buildId;
}

let cache: PdfDiskCache | undefined;
const inFlight = new Map<string, Promise<Buffer>>();

export type ArticlePdfVersion = { key: PdfCacheKey; etag: string; cacheable: boolean };

/** Which file this article version is, without drawing it (enough to answer If-None-Match). */
export function articlePdfVersion(article: PrintableArticle, size: PdfPageSize): ArticlePdfVersion {
  const renderer = currentBuildId();
  const key = pdfCacheKey({
    articleId: article.articleId,
    updatedAt: article.updatedAt,
    size,
    content: article,
    renderer: renderer ?? "development",
  });
  return { key, etag: pdfEtag(key), cacheable: renderer !== null };
}

export async function articlePdf(article: PrintableArticle, version: ArticlePdfVersion): Promise<Buffer> {
  if (!version.cacheable) return drawInWorker(article, version.key.size);
  cache ??= new PdfDiskCache(pdfCacheDir());
  const store = cache;
  const running = inFlight.get(version.etag);
  if (running) return running;
  const work = (async () => {
    const cached = await store.read(version.key);
    if (cached) return cached;
    const bytes = await drawInWorker(article, version.key.size);
    // A full disk must not cost the reader the PDF: serve it and try again next time.
    await store.write(version.key, bytes).catch((error: unknown) => {
      logger.error({ err: error }, "PDF: could not store the generated file in the cache");
    });
    return bytes;
  })().finally(() => inFlight.delete(version.etag));
  inFlight.set(version.etag, work);
  return work;
}
