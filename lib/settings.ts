/**
 * Site settings: what each one may hold, and the defaults used until an admin changes them
 * (from the configuration, which the server passes in). Stored per key in the `settings` table.
 */
import { z } from "zod";
import { defaultLocale, locales, type Locale } from "./locales";

export const settingSchemas = {
  siteName: z.record(z.string(), z.string().trim().min(1).max(80)),
  publicUrl: z.string().url().max(300),
  /** Media library image used as the logo; null means the built-in logo. */
  logoMediaId: z.number().int().positive().nullable(),
  defaultLocale: z.enum(locales),
  commentsEnabled: z.boolean(),
  /** When comments are closed (site-wide or on one article): keep approved ones on show, or hide them. */
  closedCommentsVisible: z.boolean(),
  /** A site-wide announcement strip on every reader page (text per language, optional link). */
  announcement: z.object({
    enabled: z.boolean(),
    text: z.record(z.string(), z.string().trim().max(200)),
    /** A path on this site ("/es/...") or an absolute http(s) URL; null for no link. */
    link: z
      .string()
      .trim()
      .max(500)
      .regex(/^(\/(?![/\\])\S*|https?:\/\/\S+)$/)
      .nullable(),
  }),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type SiteSettings = { [K in SettingKey]: z.infer<(typeof settingSchemas)[K]> };

/** The settings before any admin change: the configured site name in every language, and its address. */
export function defaultSettings(site: { name: string; url: string }): SiteSettings {
  return {
    siteName: Object.fromEntries(locales.map((locale) => [locale, site.name])),
    publicUrl: site.url.replace(/\/+$/, ""),
    logoMediaId: null,
    defaultLocale,
    commentsEnabled: true,
    closedCommentsVisible: true,
    announcement: { enabled: false, text: {}, link: null },
  };
}

/** Stored values over the defaults; a stored value that no longer validates is ignored. */
export function mergeSettings(stored: { key: string; value: unknown }[], defaults: SiteSettings): SiteSettings {
  const merged: SiteSettings = { ...defaults };
  for (const { key, value } of stored) {
    if (!(key in settingSchemas)) continue;
    const parsed = settingSchemas[key as SettingKey].safeParse(value);
    if (parsed.success) Object.assign(merged, { [key]: parsed.data });
  }
  return merged;
}

export function siteNameIn(settings: SiteSettings, locale: Locale): string {
  return settings.siteName[locale] || settings.siteName[defaultLocale] || "Heraldo";
}

/** The announcement to show readers of one language, or null when it is off or has no text. */
export function announcementIn(settings: SiteSettings, locale: Locale): { text: string; link: string | null } | null {
  const { enabled, text, link } = settings.announcement;
  const line = text[locale]?.trim();
  return enabled && line ? { text: line, link } : null;
}
