import { notFound, permanentRedirect } from "next/navigation";
import { paths, safeDecode } from "@/lib/paths";
import { cachedOldAddress } from "@/server/reader-data";

// Rendered per request: unknown addresses (what crawlers probe) must not fill the page cache.
export const dynamic = "force-dynamic";

/**
 * Addresses whose first segment is not a language (proxy.ts sends them here): a story's address
 * on the site Heraldo replaced answers with a 308 to the article it became
 * (server/site-import); anything else is the language's not-found page.
 */
export default async function OldAddress({ params }: PageProps<"/[locale]/--old-address--/[...path]">) {
  const { path } = await params;
  const target = await cachedOldAddress(`/${path.map(safeDecode).join("/")}`);
  if (target) permanentRedirect(paths.article(target.locale, target.slug));
  notFound();
}
