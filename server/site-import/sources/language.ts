/**
 * Language codes as sources write them ("es", "es_ES", "en-US", "pt-br", Polylang's "es" slug)
 * reduced to the primary language subtag Heraldo keys stories by ("es", "en", "pt").
 */
export function languageCode(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}
