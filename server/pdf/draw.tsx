/**
 * Draws an article's PDF: loads the logo and images from storage, then lays the document out.
 * Runs on the PDF thread (server/pdf/worker), never on the one serving requests; the tests call
 * it directly.
 */
import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import type { PdfPageSize } from "@/lib/pdf-page-size";
import type { PrintableArticle } from "@/server/print/printable-article";
import { ArticleDocument } from "./article-document";
import { registerPdfFonts } from "./fonts";
import { htmlToBlocks, imageSources } from "./html-blocks";
import { imageWidths, loadBodyImages, loadLogo, loadMediaImage } from "./images";

export async function renderArticlePdf(article: PrintableArticle, size: PdfPageSize): Promise<Buffer> {
  registerPdfFonts();
  const body = htmlToBlocks(article.bodyHtml, { baseUrl: article.siteUrl });
  const [logo, leadImage, bodyImages] = await Promise.all([
    loadLogo(article.logo),
    article.image?.storageKey ? loadMediaImage(article.image.storageKey, imageWidths.lead) : Promise.resolve(null),
    loadBodyImages(imageSources(body), article.siteUrl),
  ]);
  return renderToBuffer(
    <ArticleDocument article={article} size={size} assets={{ body, logo, leadImage, bodyImages }} />,
  );
}
