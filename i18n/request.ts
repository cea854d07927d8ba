/**
 * Messages and formats for each request. Reader pages name their locale from the URL
 * (setRequestLocale); newsroom pages, outside [locale], speak the language the signed-in person
 * chose in their profile, else the browser's.
 */
import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { isLocale, localeFromAcceptLanguage, type Locale } from "@/lib/locales";
import { messagesFor } from "@/messages";
import { env } from "@/server/env";
import { staffNewsroomLocale } from "@/auth-session";

async function newsroomLocale(): Promise<Locale> {
  const stored = await staffNewsroomLocale();
  if (stored) return stored;
  const chosen = (await cookies()).get("NEWSROOM_LOCALE")?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = isLocale(requested) ? requested : await newsroomLocale();
  return {
    locale,
    messages: messagesFor(locale),
    timeZone: env.SITE_TIME_ZONE,
  };
});
