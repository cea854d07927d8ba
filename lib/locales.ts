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

/** The best supported language for an Accept-Language header, by quality, else the default. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  return preferredLocale(header) ?? defaultLocale;
}

/** The best supported language an Accept-Language header asks for, or null when it names none. */
export function preferredLocale(header: string | null | undefined): Locale | null {
  const ranked = (header ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { language: tag.trim().slice(0, 2).toLowerCase(), quality: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.language).find(isLocale) ?? null;
}
