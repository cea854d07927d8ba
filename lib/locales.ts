/**
 * The one list of reader languages. Adding a language: add it here, add
 * `messages/<code>.json`, and give topics a name and slug in it.
 */
export const locales = ["es", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "es";

/** Human names of each language, written in that language (for the language switcher). */
export const localeNames: Record<Locale, string> = { es: "Español", en: "English" };

/** BCP 47 tags used for dates, numbers, `hreflang` and `og:locale`. */
export const localeTags: Record<Locale, string> = { es: "es-ES", en: "en-GB" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
