import { sitemapResponse, topicSitemapDocument } from "@/server/sitemaps";

// Never built at build time (the database is not there then); server/sitemaps.ts caches by tag.
export const dynamic = "force-dynamic";

export async function GET() {
  return sitemapResponse(await topicSitemapDocument());
}
