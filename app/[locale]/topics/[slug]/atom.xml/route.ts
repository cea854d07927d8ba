import { feedResponse } from "@/server/feeds";

// Never built at build time (the database is not there then); server/feeds.ts caches by tag.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/topics/[slug]/atom.xml">) {
  const { locale, slug } = await params;
  return feedResponse({ kind: "topic", locale, slug, format: "atom" });
}
