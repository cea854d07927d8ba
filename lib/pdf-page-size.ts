/** Paper sizes the article PDF comes in: A4 for most of the world, Letter for North America. */
export const pdfPageSizes = ["a4", "letter"] as const;
export type PdfPageSize = (typeof pdfPageSizes)[number];

/**
 * The `?size=` query value as a paper size: absent or empty means A4; anything unknown is null,
 * so the route can refuse it instead of caching a guess under a new URL.
 */
export function parsePdfPageSize(value: string | null | undefined): PdfPageSize | null {
  if (value === null || value === undefined || value === "") return "a4";
  const normalised = value.trim().toLowerCase();
  return (pdfPageSizes as readonly string[]).includes(normalised) ? (normalised as PdfPageSize) : null;
}
