import { parseArticleSitemapFile } from "@/lib/paths";
import { articleSitemapDocument, sitemapResponse } from "@/server/sitemaps";

// Never built at build time (the database is not there then); server/sitemaps.ts caches by tag.
export const dynamic = "force-dynamic";

/** The numbered article sitemaps, /sitemaps/articles-1.xml and on; any other name is a 404. */
export async function GET(_request: Request, { params }: RouteContext<"/sitemaps/[file]">) {
  const { file } = await params;
  const n = parseArticleSitemapFile(file);
  return sitemapResponse(n === null ? null : await articleSitemapDocument(n));
}
