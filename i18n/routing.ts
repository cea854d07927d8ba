import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "@/lib/locales";

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  // The reader's choice is the URL; no cookie, so pages stay cacheable by a CDN.
  localeCookie: false,
});
