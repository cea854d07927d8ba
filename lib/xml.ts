/**
 * The small part of XML that the sitemaps and feeds need to get right: text that can never
 * break the document, whatever a headline contains (markup characters, quotes, emoji,
 * right-to-left marks, stray control characters pasted from a word processor).
 */

// Characters XML 1.0 forbids anywhere in a document, even escaped: C0 controls other than
// tab, newline and carriage return, lone UTF-16 surrogates, and U+FFFE/U+FFFF.
const forbiddenInXml =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters an XML document may not contain at all. */
export function stripForbiddenXmlChars(text: string): string {
  return text.replace(forbiddenInXml, "");
}

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text for an XML element or a quoted attribute value. */
export function escapeXml(text: string): string {
  return stripForbiddenXmlChars(text).replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

const htmlEntities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Plain text as HTML, for feed fields whose content is HTML (Atom `type="html"`, RSS
 * `description`): a headline such as "Salud <y> economía" must read as text, not as a tag.
 */
export function escapeHtmlText(text: string): string {
  return stripForbiddenXmlChars(text).replace(/[&<>"']/g, (char) => htmlEntities[char] ?? char);
}

export type XmlNode = { name: string; attributes?: Record<string, string>; children?: (XmlNode | string)[] };

/** A quoted attribute value; tabs and line breaks as references, or parsers turn them into spaces. */
function escapeAttribute(value: string): string {
  return escapeXml(value).replace(/[\t\n\r]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Serialises a tree of elements; strings are text. Every name is written by the code, never by users. */
export function renderXmlNode(node: XmlNode, indent = ""): string {
  const attributes = Object.entries(node.attributes ?? {})
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join("");
  const children = node.children ?? [];
  if (children.length === 0) return `${indent}<${node.name}${attributes}/>`;
  if (children.every((child) => typeof child === "string")) {
    return `${indent}<${node.name}${attributes}>${children.map((text) => escapeXml(text)).join("")}</${node.name}>`;
  }
  const inner = children
    .map((child) =>
      typeof child === "string" ? `${indent}  ${escapeXml(child)}` : renderXmlNode(child, `${indent}  `),
    )
    .join("\n");
  return `${indent}<${node.name}${attributes}>\n${inner}\n${indent}</${node.name}>`;
}

/** A whole document: the declaration, then the root element. */
export function renderXmlDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderXmlNode(root)}\n`;
}
