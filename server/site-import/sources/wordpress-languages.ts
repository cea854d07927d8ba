/**
 * Which language a WordPress post is in, and which posts are translations of each other, as the
 * two common multilingual plugins leave it in a standard WordPress export:
 *
 * Polylang stores both as taxonomy terms on the post, exported as categories:
 *   - `<category domain="language" nicename="es">Español</category>`: the language, by its slug;
 *   - `<category domain="post_translations" nicename="pll_5f…">pll_5f…</category>`: the group,
 *     one term shared by a post and its translations.
 *
 * WPML keeps them in tables of its own that WordPress's exporter does not see; what reaches the
 * file is post meta, written by WPML's "Export and Import" add-on or by other migration tools:
 *   - language: `_wpml_import_language_code`, then `_wpml_language`, then `wpml_language`;
 *   - group: `_wpml_import_translation_group`, then `_wpml_trid`, then `wpml_trid`, then `trid`.
 *
 * Groups are prefixed with the plugin ("polylang:", "wpml:") so that keys of the two kinds never
 * meet by accident. When a post says nothing, the caller falls back to the channel's language.
 */
import { languageCode } from "./language";
import type { WordPressTerm } from "./wordpress-item";

export const wpmlLanguageKeys = ["_wpml_import_language_code", "_wpml_language", "wpml_language"];
export const wpmlGroupKeys = ["_wpml_import_translation_group", "_wpml_trid", "wpml_trid", "trid"];

export type PostTranslation = { language?: string; translationGroup?: string };

export function postTranslation(terms: WordPressTerm[], meta: Map<string, string>): PostTranslation {
  const languageTerm = terms.find((term) => term.domain === "language");
  const groupTerm = terms.find((term) => term.domain === "post_translations");
  const wpmlLanguage = firstMeta(meta, wpmlLanguageKeys);
  const wpmlGroup = firstMeta(meta, wpmlGroupKeys);

  const language = languageCode(languageTerm?.nicename ?? languageTerm?.name) ?? languageCode(wpmlLanguage);
  const polylangGroup = groupTerm?.nicename ?? (groupTerm?.name || undefined);
  const translationGroup = polylangGroup
    ? `polylang:${polylangGroup}`
    : wpmlGroup !== undefined
      ? `wpml:${wpmlGroup}`
      : undefined;
  return { language, translationGroup };
}

function firstMeta(meta: Map<string, string>, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = meta.get(key);
    if (value !== undefined && value !== "") return value;
  }
  return undefined;
}
