/**
 * Reads a PDF the way a reader's software would (pdfjs, Firefox's PDF engine): its text, page
 * sizes, link targets and document information, plus what the raw file says about embedded
 * images and fonts. Shared by the unit tests and the end-to-end tests.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export type PdfInspection = {
  /** All text, pages joined by newlines, with whitespace collapsed. */
  text: string;
  pages: { width: number; height: number }[];
  links: string[];
  info: { title?: string; author?: string; subject?: string; creator?: string; producer?: string };
  /** The catalog's /Lang entry (the document language). */
  language: string | null;
  imageCount: number;
  embeddedFontCount: number;
};

function infoString(info: unknown, key: string): string | undefined {
  if (typeof info !== "object" || info === null) return undefined;
  const value = (info as Record<string, unknown>)[key];
  return typeof value === "string" ? value : undefined;
}

export async function inspectPdf(bytes: Uint8Array): Promise<PdfInspection> {
  // pdfjs takes ownership of the buffer it is given: hand it a copy.
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pageTexts: string[] = [];
    const pages: PdfInspection["pages"] = [];
    const links: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const [, , width = 0, height = 0] = page.view;
      pages.push({ width: Math.round(width), height: Math.round(height) });
      const content = await page.getTextContent();
      pageTexts.push(
        content.items
          .map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : ""))
          .join("")
          .replace(/[ \t]+/g, " "),
      );
      for (const annotation of (await page.getAnnotations()) as { subtype?: string; url?: string }[]) {
        if (annotation.subtype === "Link" && annotation.url) links.push(annotation.url);
      }
    }
    const { info } = await document.getMetadata();
    const raw = Buffer.from(bytes).toString("latin1");
    const language = /\/Lang\s*\(([^)]*)\)/.exec(raw)?.[1] ?? null;
    return {
      text: pageTexts.join("\n"),
      pages,
      links,
      info: {
        title: infoString(info, "Title"),
        author: infoString(info, "Author"),
        subject: infoString(info, "Subject"),
        creator: infoString(info, "Creator"),
        producer: infoString(info, "Producer"),
      },
      language,
      // Image XObjects, less the soft masks that carry PNG transparency (images themselves).
      imageCount: (raw.match(/\/Subtype\s*\/Image/g) ?? []).length - (raw.match(/\/SMask\s+\d+\s+0\s+R/g) ?? []).length,
      embeddedFontCount: (raw.match(/\/FontFile[23]?\b/g) ?? []).length,
    };
  } finally {
    await document.destroy();
  }
}

/**
 * Text with line breaks turned into spaces, for "does it contain this sentence" checks. Control
 * characters are dropped: pdfjs reports glyphs that map to no character (such as the joining
 * glyphs of shaped Arabic) as their raw codes, which other readers leave out. So are zero-width
 * spaces, which the PDF puts between adjacent emoji (server/pdf/drawable-text.ts).
 */
export function flatText(inspection: PdfInspection): string {
  return inspection.text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u200b]/g, "").replace(/\s+/g, " ");
}
