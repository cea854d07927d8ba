/**
 * The one allow-list for article HTML. Applied when an article is saved and again when it is
 * rendered, so stored content is never trusted as-is.
 */
import sanitizeHtml from "sanitize-html";

const options: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "blockquote",
    "a",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "s",
    "br",
    "hr",
    "figure",
    "figcaption",
    "img",
    "code",
    "pre",
    "sub",
    "sup",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel", "target"],
    img: ["src", "alt", "width", "height", "loading"],
    ol: ["start"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["https"] },
  allowProtocolRelative: false,
  // Drop the content of elements that are never text (scripts, styles, embeds).
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed", "template"],
  transformTags: {
    h1: "h2",
    a: (tagName, attribs) => {
      // Web links leave the site: they must not leak the opener or the referrer, however the
      // address is spelled (browsers ignore spaces and control characters before the scheme).
      // Other schemes than http(s) and mailto are removed by the scheme filter afterwards.
      const next: Record<string, string> = { ...attribs };
      if (next.target && next.target !== "_blank") delete next.target;
      const web = /^https?:/i.test((attribs.href ?? "").replace(/[\u0000-\u0020]/g, ""));
      if (web || next.target) next.rel = "noopener noreferrer";
      return { tagName, attribs: next };
    },
  },
  exclusiveFilter: (frame) => frame.tag === "img" && !frame.attribs.src,
};

export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, options).trim();
}

/** Text content of article HTML, for validation ("is the body empty?") and reading time. */
export function htmlToText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, " ").trim();
}

/** The tags and attributes article HTML may keep, for later passes over sanitised HTML. */
export const articleHtmlAllowList = {
  allowedTags: options.allowedTags,
  allowedAttributes: options.allowedAttributes,
  allowedSchemes: options.allowedSchemes,
};
