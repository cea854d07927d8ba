/** URL slugs: lowercase ASCII words joined by hyphens, accents folded ("Educación" -> "educacion"). */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugMaxLength = 120;

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ñ/g, "n")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, slugMaxLength)
    .replace(/-+$/g, "");
}

/**
 * A slug as someone typed it, put in slug form rather than refused: "Nueva Ley  de Aguas" becomes
 * "nueva-ley-de-aguas", accents folded as slugify does. Empty stays empty (the caller derives one
 * from the headline or name); text with nothing to keep ("¿?") stays as typed, so the pattern
 * check refuses it with a message instead of the address silently coming from elsewhere.
 */
export function normalizeSlug(typed: string): string {
  const trimmed = typed.trim();
  if (!trimmed) return "";
  return slugify(trimmed) || trimmed;
}

/** `base` when no one has it, otherwise the first of `base-2`, `base-3`… that is free. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
