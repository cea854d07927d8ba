/**
 * Article HTML for use away from the site (feeds): every link and image address made absolute,
 * since a feed reader resolves "/media/x.jpg" against its own origin, not ours.
 */
import sanitizeHtml from "sanitize-html";
import { articleHtmlAllowList } from "./sanitize";

/** `value` resolved against `base`, or null when it is not a usable URL. */
function resolve(value: string | undefined, base: string): string | null {
  if (!value) return null;
  try {
    return new URL(value, base).toString();
  } catch {
    return null;
  }
}

/**
 * Rewrites `href` and `src` against `base` (the article's own absolute URL, so "#notes" still
 * points into the article). Expects HTML that lib/html/sanitize.ts has already cleaned; this
 * pass applies the same allow-list, but lets images use http too: an image made absolute on a
 * plain-http origin (a local or test site) must not disappear.
 */
export function withAbsoluteUrls(html: string, base: string): string {
  const rewrite =
    (attribute: "href" | "src"): sanitizeHtml.Transformer =>
    (tagName, attribs) => {
      const next: Record<string, string> = { ...attribs };
      const absolute = resolve(attribs[attribute], base);
      if (absolute) next[attribute] = absolute;
      else delete next[attribute];
      return { tagName, attribs: next };
    };
  return sanitizeHtml(html, {
    ...articleHtmlAllowList,
    transformTags: { a: rewrite("href"), img: rewrite("src") },
  });
}
