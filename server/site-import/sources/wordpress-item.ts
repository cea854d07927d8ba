/**
 * Reading the pieces of one WordPress `<item>`: its `wp:` fields, its post meta (custom fields
 * such as `_thumbnail_id` or WPML's language) and its terms (categories, tags, and the language
 * and translation terms Polylang adds).
 */
import {
  childText,
  childrenNamed,
  isWordPressExcerptNamespace,
  isWordPressNamespace,
  attribute,
  textOf,
  type XmlElement,
} from "./xml-tree";

/** A `wp:` field of the item, trimmed; undefined when missing or blank. */
export function wpText(item: XmlElement, local: string): string | undefined {
  return childText(item, isWordPressNamespace, local);
}

/** `excerpt:encoded`, untrimmed HTML as written; undefined when blank. */
export function excerptText(item: XmlElement): string | undefined {
  const excerpt = childrenNamed(item, isWordPressExcerptNamespace, "encoded")[0];
  const text = excerpt ? textOf(excerpt) : "";
  return text.trim() === "" ? undefined : text;
}

/** The item's post meta, key → value (the first value when a key repeats). */
export function postMeta(item: XmlElement): Map<string, string> {
  const meta = new Map<string, string>();
  for (const entry of childrenNamed(item, isWordPressNamespace, "postmeta")) {
    const key = childText(entry, isWordPressNamespace, "meta_key");
    const value = childText(entry, isWordPressNamespace, "meta_value");
    if (key !== undefined && value !== undefined && !meta.has(key)) meta.set(key, value);
  }
  return meta;
}

export type WordPressTerm = { domain: string; nicename?: string; name: string };

/** The item's `<category domain="…" nicename="…">Name</category>` terms. */
export function itemTerms(item: XmlElement): WordPressTerm[] {
  return childrenNamed(item, "", "category").map((category) => ({
    domain: attribute(category, "domain") ?? "category",
    nicename: attribute(category, "nicename"),
    name: textOf(category).trim(),
  }));
}
