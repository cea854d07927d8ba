import type { NextRequest } from "next/server";
import { isLocale } from "@/lib/locales";
import { parsePdfPageSize } from "@/lib/pdf-page-size";
import { logger } from "@/server/logger";
import { articlePdf, articlePdfVersion } from "@/server/pdf/article-pdf";
import { buildPrintableArticle } from "@/server/print/printable-article";
import { cachedArticle } from "@/server/reader-data";

// Every request checks the article's current version; the PDF itself is cached on disk.
export const dynamic = "force-dynamic";

/**
 * A CDN may keep a PDF for a minute, as long as the article page (an edit shows there after at
 * most that); browsers revalidate every time, which costs a 304 thanks to the version tag.
 */
const cacheControl = "public, max-age=0, s-maxage=60, must-revalidate";

/**
 * An empty HTML 404: server/http-server.ts fills such responses with the language's not-found
 * page, so a reader who follows a stale PDF link gets a page to read, not a blank one.
 */
function notFoundPage(): Response {
  return new Response(null, {
    status: 404,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-cache, no-store" },
  });
}

/** The article as a PDF: A4, or Letter with ?size=letter. Drafts and unknown slugs are 404. */
export async function GET(request: NextRequest, { params }: RouteContext<"/[locale]/news/[slug]/pdf">) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return notFoundPage();
  const size = parsePdfPageSize(request.nextUrl.searchParams.get("size"));
  if (!size) {
    return new Response("Unknown paper size: use size=a4 or size=letter.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const article = await cachedArticle(locale, slug);
  if (!article) return notFoundPage();

  const printable = await buildPrintableArticle(article, locale);
  const version = articlePdfVersion(printable, size);
  const headers = {
    "Cache-Control": cacheControl,
    ETag: version.etag,
    // The article page is the one to index; the PDF is a copy of it.
    "X-Robots-Tag": "noindex",
  };
  if (request.headers.get("if-none-match") === version.etag) return new Response(null, { status: 304, headers });

  try {
    const bytes = await articlePdf(printable, version);
    return new Response(new Uint8Array(bytes), {
      headers: {
        ...headers,
        "Content-Type": "application/pdf",
        "Content-Length": String(bytes.length),
        "Content-Disposition": `inline; filename="${article.slug}${size === "letter" ? "-letter" : ""}.pdf"`,
      },
    });
  } catch (error) {
    // The reader gets a plain apology; the details go to the log only.
    logger.error({ err: error, articleId: article.id, size }, "PDF: rendering failed");
    return new Response("The PDF could not be generated. Please try again later.\n", {
      status: 500,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
}
