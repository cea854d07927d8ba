import { newsSitemapDocument, sitemapResponse } from "@/server/sitemaps";

// Never built at build time (the database is not there then); server/sitemaps.ts caches by tag.
export const dynamic = "force-dynamic";

/** Google News: the last 48 hours' articles. */
export async function GET() {
  return sitemapResponse(await newsSitemapDocument());
}
