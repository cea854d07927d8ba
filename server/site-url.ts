/** The site's public identity from settings (cached): absolute URLs and the name per language. */
import "server-only";
import { siteNameIn } from "@/lib/settings";
import type { Locale } from "@/lib/locales";
import { cachedSiteSettings } from "./reader-data";

export async function siteOrigin(): Promise<URL> {
  return new URL((await cachedSiteSettings()).publicUrl);
}

/** An absolute URL for a site path such as /es/news/slug. */
export async function absoluteUrl(path: string): Promise<string> {
  return new URL(path, await siteOrigin()).toString();
}

export async function siteName(locale: Locale): Promise<string> {
  return siteNameIn(await cachedSiteSettings(), locale);
}

/** The language chosen in settings as the site's default (x-default, the home address fallback). */
export async function siteDefaultLocale(): Promise<Locale> {
  return (await cachedSiteSettings()).defaultLocale;
}
