import type { PdfPageSize } from "./pdf-page-size";

/** Reader URLs, built in one place so links, canonicals and tests agree. */
export const paths = {
  home: (locale: string) => `/${locale}`,
  article: (locale: string, slug: string) => `/${locale}/news/${slug}`,
  /** The printer-friendly view of an article (no navigation; noindex). */
  articlePrint: (locale: string, slug: string) => `/${locale}/news/${slug}/print`,
  /** The article as a PDF; A4 unless Letter is asked for. */
  articlePdf: (locale: string, slug: string, size: PdfPageSize = "a4") =>
    `/${locale}/news/${slug}/pdf${size === "letter" ? "?size=letter" : ""}`,
  topic: (locale: string, slug: string) => `/${locale}/topics/${slug}`,
  author: (locale: string, slug: string) => `/${locale}/authors/${slug}`,
  /** Page n of a listing; page 1 is the listing itself. */
  paged: (base: string, page: number) => (page <= 1 ? base : `${base}?page=${page}`),
};

/** Reading a page number from a route segment: only canonical positive integers count. */
export function parsePageSegment(segment: string[] | undefined): number | null {
  if (segment === undefined || segment.length === 0) return 1;
  if (segment.length !== 1) return null;
  const [raw = ""] = segment;
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  return Number(raw);
}

/** hreflang alternates plus x-default (the default language's version, else the first). */
export function languageAlternates(
  byLocale: Partial<Record<string, string>>,
  defaultLocale: string,
): Record<string, string> {
  const entries = Object.entries(byLocale).filter((entry): entry is [string, string] => typeof entry[1] === "string");
  const fallback = byLocale[defaultLocale] ?? entries[0]?.[1];
  return Object.fromEntries(fallback ? [...entries, ["x-default", fallback]] : entries);
}
