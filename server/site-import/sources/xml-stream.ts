/**
 * Streams an XML export (a WordPress WXR file, an RSS or Atom feed) as a series of small
 * records: first the root element (its name and namespaces, without children), then each child
 * of the root, or of the RSS `channel`, as a complete little tree (xml-tree.ts) — a feed item, an
 * Atom entry, a channel's `wp:author` or `language`. Only one record is held at a time, however
 * large the file.
 *
 * The parser is saxes: it checks that the file is well-formed XML and resolves namespaces, and it
 * never expands entities that a file declares for itself. A file with its own DTD declarations is
 * refused outright (see `refuseDeclarations`), which is what stops "billion laughs" files.
 * Malformed or cut-short XML ends the reading with an ImportFileError naming the line and column.
 */
import { SaxesParser, type SaxesTagNS } from "saxes";
import { ImportFileError } from "./import-file-error";
import { readHead, readTextBlocks } from "./text-file";
import { ns, type XmlAttribute, type XmlElement } from "./xml-tree";

export type XmlRecordEvent =
  /** The root element, without children; `namespaces` lists the URIs it declares. */
  { kind: "root"; element: XmlElement; namespaces: string[] } | { kind: "record"; element: XmlElement };

type Frame = {
  /** Null for the root and the RSS channel: their children are records, not kept in a tree. */
  element: XmlElement | null;
  lang?: string;
  isRecord: boolean;
};

type XmlParser = SaxesParser<{ xmlns: true; position: true }>;

const refusedDeclarations = "the file declares its own entities (DOCTYPE), which imports refuse";

export async function* readXmlRecords(file: string): AsyncGenerator<XmlRecordEvent> {
  const encoding = await sniffEncoding(file);
  const parser: XmlParser = new SaxesParser({ xmlns: true, position: true });
  const ready: XmlRecordEvent[] = [];
  const frames: Frame[] = [];
  let startLine = 1;
  let sawRoot = false;

  parser.on("doctype", (doctype) => refuseDeclarations(parser, doctype));
  parser.on("opentagstart", () => {
    startLine = parser.line;
  });
  parser.on("opentag", (tag) => {
    const parent = frames.at(-1);
    const lang = tag.attributes["xml:lang"]?.value ?? parent?.lang;
    const element = toElement(tag, startLine, lang);
    if (!parent) {
      sawRoot = true;
      ready.push({ kind: "root", element, namespaces: Object.values(tag.ns) });
      frames.push({ element: null, lang, isRecord: false });
    } else if (parent.element) {
      parent.element.children.push(element);
      frames.push({ element, lang, isRecord: false });
    } else if (frames.length === 1 && element.local === "channel" && element.uri === ns.none) {
      frames.push({ element: null, lang, isRecord: false });
    } else {
      frames.push({ element, lang, isRecord: true });
    }
  });
  parser.on("closetag", () => {
    const frame = frames.pop();
    if (frame?.isRecord && frame.element) ready.push({ kind: "record", element: frame.element });
  });
  const addText = (text: string) => {
    const element = frames.at(-1)?.element;
    if (!element) return;
    const last = element.children.length - 1;
    if (typeof element.children[last] === "string") element.children[last] += text;
    else element.children.push(text);
  };
  parser.on("text", addText);
  parser.on("cdata", addText);

  for await (const text of readTextBlocks(file, encoding)) {
    feed(parser, () => parser.write(text));
    yield* ready.splice(0);
  }
  feed(parser, () => parser.close());
  yield* ready.splice(0);
  if (!sawRoot) throw new ImportFileError("the file is empty or holds no XML element");
}

function toElement(tag: SaxesTagNS, line: number, lang: string | undefined): XmlElement {
  const attributes: XmlAttribute[] = Object.values(tag.attributes).map(({ uri, local, value }) => ({
    uri,
    local,
    value,
  }));
  return { uri: tag.uri, local: tag.local, attributes, children: [], line, lang };
}

/**
 * A DOCTYPE with an internal subset can declare entities that expand to gigabytes ("billion
 * laughs") or point at other files. saxes would not expand them, but an export never needs them,
 * so the file is refused as soon as its DOCTYPE is read, before any of its text.
 */
function refuseDeclarations(parser: XmlParser, doctype: string) {
  if (doctype.includes("[")) throw new ImportFileError(refusedDeclarations, { line: parser.line });
}

/** Runs one step of the parser and turns its errors into an ImportFileError with the place. */
function feed(parser: XmlParser, step: () => void) {
  try {
    step();
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const raw = error instanceof Error ? error.message : String(error);
    // saxes prefixes its messages with "line:column: "; the place is given separately here.
    const reason = raw.replace(/^\d+:\d+: /, "");
    throw new ImportFileError(explain(reason), { line: parser.line, column: parser.column + 1 });
  }
}

function explain(reason: string): string {
  if (reason.startsWith("unclosed tag:") || reason === "unexpected end.") {
    return `the file ends before its XML is complete, it may have been cut short (${reason.replace(/\.$/, "")})`;
  }
  if (reason === "undefined entity.") {
    return "the text uses an entity XML does not define (such as &nbsp;); exports may only use &amp; &lt; &gt; &quot; &apos; and numeric references";
  }
  return `the file is not well-formed XML (${reason.replace(/\.$/, "")})`;
}

/**
 * The encoding the file says it is in. A UTF-16 byte-order mark decides; otherwise the XML
 * declaration's `encoding` (read with saxes from the first bytes, which are ASCII in every
 * encoding an XML declaration can be written in), and UTF-8 when there is none.
 */
export async function sniffEncoding(file: string): Promise<string> {
  const head = await readHead(file, 1024);
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  const parser = new SaxesParser();
  let encoding: string | undefined;
  let done = false;
  parser.on("xmldecl", (decl) => {
    encoding = decl.encoding;
    done = true;
  });
  parser.on("opentagstart", () => {
    done = true;
  });
  parser.on("error", () => {
    done = true;
  });
  const utf8Mark = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  const text = head.subarray(utf8Mark ? 3 : 0).toString("latin1");
  for (let index = 0; index < text.length && !done; index += 64) parser.write(text.slice(index, index + 64));
  return encoding?.toLowerCase() ?? "utf-8";
}
