/**
 * XML checks shared by the unit and end-to-end tests: a strict, namespace-aware parser (saxes)
 * for well-formedness, and fast-xml-parser to read documents as plain objects.
 */
import { XMLParser } from "fast-xml-parser";
import { SaxesParser } from "saxes";

/** What a strict XML parser objects to; empty for a well-formed document. */
export function xmlErrors(xml: string): string[] {
  const parser = new SaxesParser({ xmlns: true });
  const errors: string[] = [];
  parser.on("error", (error) => errors.push(error.message));
  parser.write(xml).close();
  return errors;
}

/**
 * A document as nested objects: attributes prefixed "@_", text of elements with attributes in
 * "#text", elements named in `arrays` always as arrays. Values stay strings. The caller names
 * the shape it expects; the assertions that follow check it.
 */
export function parseXml<Shape>(xml: string, arrays: string[] = []): Shape {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    // Without it, character references such as &#9; stay undecoded (XML requires decoding them).
    htmlEntities: true,
    isArray: (name) => arrays.includes(name),
  });
  return parser.parse(xml) as Shape;
}

/** Entity references of HTML carried as text (Atom `type="html"`, RSS descriptions), decoded. */
export function decodeHtmlText(html: string): string {
  return html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
