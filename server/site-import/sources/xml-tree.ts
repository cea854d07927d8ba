/**
 * The small piece of XML a reader looks at once: one feed item or entry, or one element of the
 * channel's header, with its children and text, kept while it is read and then let go. Elements
 * are named by namespace URI and local name, never by prefix: one WordPress file may write
 * `wp:post_id` and another `wordpress:post_id`, and both mean the same.
 */

/** Namespaces the readers look for. WordPress's export namespace carries a version (1.0–1.2). */
export const ns = {
  none: "",
  xml: "http://www.w3.org/XML/1998/namespace",
  content: "http://purl.org/rss/1.0/modules/content/",
  dc: "http://purl.org/dc/elements/1.1/",
  atom: "http://www.w3.org/2005/Atom",
  media: "http://search.yahoo.com/mrss/",
  xhtml: "http://www.w3.org/1999/xhtml",
} as const;

const wordPressExportPrefixes = ["http://wordpress.org/export/", "https://wordpress.org/export/"];

/** `http://wordpress.org/export/1.2/` and its earlier versions (not the excerpt namespace). */
export function isWordPressNamespace(uri: string): boolean {
  return wordPressExportPrefixes.some((prefix) => uri.startsWith(prefix)) && !uri.endsWith("/excerpt/");
}

/** `http://wordpress.org/export/1.2/excerpt/` and its earlier versions. */
export function isWordPressExcerptNamespace(uri: string): boolean {
  return wordPressExportPrefixes.some((prefix) => uri.startsWith(prefix)) && uri.endsWith("/excerpt/");
}

export type XmlAttribute = { uri: string; local: string; value: string };

export type XmlElement = {
  uri: string;
  local: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
  /** Where the element starts in the file (1-based). */
  line: number;
  /** The xml:lang in effect for the element, inherited from its ancestors. */
  lang?: string;
};

export type XmlNode = XmlElement | string;

type NameTest = string | ((uri: string) => boolean);

function matches(element: XmlElement, uri: NameTest, local: string): boolean {
  if (element.local !== local) return false;
  return typeof uri === "string" ? element.uri === uri : uri(element.uri);
}

export function elementChildren(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== "string");
}

export function childrenNamed(element: XmlElement, uri: NameTest, local: string): XmlElement[] {
  return elementChildren(element).filter((child) => matches(child, uri, local));
}

export function firstChild(element: XmlElement, uri: NameTest, local: string): XmlElement | undefined {
  return elementChildren(element).find((child) => matches(child, uri, local));
}

/** All the text inside the element (CDATA included), as the file has it. */
export function textOf(element: XmlElement): string {
  return element.children.map((child) => (typeof child === "string" ? child : textOf(child))).join("");
}

/** The trimmed text of the first such child, or undefined when it is missing or blank. */
export function childText(element: XmlElement, uri: NameTest, local: string): string | undefined {
  const child = firstChild(element, uri, local);
  if (!child) return undefined;
  const text = textOf(child).trim();
  return text === "" ? undefined : text;
}

/** An attribute's value by namespace and local name (plain attributes have no namespace). */
export function attribute(element: XmlElement, local: string, uri: string = ns.none): string | undefined {
  return element.attributes.find((item) => item.local === local && item.uri === uri)?.value;
}

const voidElements = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/**
 * The children of an element written back as HTML: for Atom's `type="xhtml"` content, whose
 * markup arrives as XML elements rather than as text. Prefixes are dropped (the content is
 * XHTML); namespace declarations are not carried over.
 */
export function innerHtml(element: XmlElement): string {
  return element.children.map((child) => (typeof child === "string" ? escapeText(child) : outerHtml(child))).join("");
}

function outerHtml(element: XmlElement): string {
  const attributes = element.attributes
    .filter((item) => item.uri !== "http://www.w3.org/2000/xmlns/" && item.local !== "xmlns")
    .map((item) => ` ${item.uri === ns.xml ? `xml:${item.local}` : item.local}="${escapeAttribute(item.value)}"`)
    .join("");
  if (voidElements.has(element.local) && element.children.length === 0) return `<${element.local}${attributes}>`;
  return `<${element.local}${attributes}>${innerHtml(element)}</${element.local}>`;
}

export function escapeText(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

function escapeAttribute(text: string): string {
  return escapeText(text).replaceAll('"', "&quot;");
}
