import type { MetadataRoute } from "next";
import { locales } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { absoluteUrl } from "@/server/site-url";

// The sitemap's address comes from the public URL in the site settings, read at request time.
export const dynamic = "force-dynamic";

/**
 * Crawlers may read the reader site, but not the newsroom, the sign-in page, the API or search
 * results (endless, thin pages; the search page also says noindex), nor preview share links.
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/admin", "/login", "/api/", paths.previewPrefix, ...locales.map((locale) => paths.search(locale))],
    },
    sitemap: await absoluteUrl(paths.sitemapIndex),
  };
}
