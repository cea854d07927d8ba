import { feedResponse } from "@/server/feeds";

// Never built at build time (the database is not there then); server/feeds.ts caches by tag.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/feed.xml">) {
  const { locale } = await params;
  return feedResponse({ kind: "site", locale, format: "rss" });
}
