/**
 * The home address for a reader whose browser prefers none of the site's languages (the proxy
 * rewrites "/" here): the default language chosen in the site settings.
 */
import { paths } from "@/lib/paths";
import { siteDefaultLocale } from "@/server/site-url";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const target = new URL(paths.home(await siteDefaultLocale()), request.url);
  return new Response(null, {
    status: 307,
    headers: { Location: target.pathname, "Cache-Control": "private, no-store", Vary: "Accept-Language" },
  });
}
