/**
 * The language of an imported story: what the file says (WPML, Polylang, Ghost's locale, a
 * feed's language), else the language the person importing chose, else detected from the text
 * (franc, trained on the Universal Declaration of Human Rights in many languages, asked to choose
 * between the site's two).
 */
import { franc } from "franc-min";
import { isLocale, type Locale } from "@/lib/locales";
import { htmlToText } from "@/lib/html/sanitize";

const francCodes: Record<string, Locale> = { spa: "es", eng: "en" };

export function detectLanguage(text: string): Locale | null {
  const code = franc(text.slice(0, 5000), { only: Object.keys(francCodes), minLength: 20 });
  return francCodes[code] ?? null;
}

export function storyLanguage(
  story: { language?: string; title: string; html: string },
  chosen: Locale | undefined,
): Locale | null {
  const said = story.language?.toLowerCase().slice(0, 2);
  if (isLocale(said)) return said;
  if (chosen) return chosen;
  return detectLanguage(`${story.title}. ${htmlToText(story.html)}`);
}
