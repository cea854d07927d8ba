/**
 * Article HTML as plain data for the PDF: a list of blocks (paragraphs, headings, lists, quotes,
 * images, code, rules) holding runs of styled text. The HTML is parsed with htmlparser2 and the
 * tree walked; nothing is ever passed through as markup. Whitespace is collapsed the way a
 * browser would, so the PDF reads like the page. Input is the sanitised article body, but
 * anything unexpected still degrades to its text.
 */
import { parseDocument } from "htmlparser2";
import { isTag, isText, type ChildNode, type Element } from "domhandler";

export type Marks = {
  bold?: true;
  italic?: true;
  underline?: true;
  strike?: true;
  code?: true;
  sub?: true;
  sup?: true;
  /** Absolute http(s) or mailto address of the link the text sits in. */
  href?: string;
};

export type Inline = { kind: "text"; text: string; marks: Marks } | { kind: "break" };

export type Block =
  | { kind: "paragraph"; inlines: Inline[] }
  | { kind: "heading"; level: 2 | 3 | 4; inlines: Inline[] }
  | { kind: "list"; ordered: boolean; start: number; items: Block[][] }
  | { kind: "quote"; blocks: Block[] }
  /** `src` is absolute; `caption` comes from the figure's figcaption. */
  | { kind: "image"; src: string; alt: string; caption: Inline[] }
  | { kind: "code"; text: string }
  | { kind: "rule" };

/** While walking inline content, images are collected in place and split out afterwards. */
type InlineOrImage = Inline | { kind: "image"; src: string; alt: string };

export type BlockOptions = {
  /** Where relative links and image addresses point: the site's public URL. */
  baseUrl: string;
};

const blockTags = new Set(["p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "figure", "figcaption", "pre", "hr"]);

const markOfTag: Record<string, keyof Omit<Marks, "href">> = {
  strong: "bold",
  b: "bold",
  em: "italic",
  i: "italic",
  u: "underline",
  s: "strike",
  code: "code",
  sub: "sub",
  sup: "sup",
};

export function htmlToBlocks(html: string, options: BlockOptions): Block[] {
  return flow(parseDocument(html).children, options, (inlines) => ({ kind: "paragraph", inlines }));
}

/** An absolute address for a link or image, or null for schemes a PDF reader should not follow. */
export function resolveAddress(raw: string | undefined, baseUrl: string, schemes: string[]): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim(), baseUrl);
    return schemes.includes(url.protocol) ? url.toString() : null;
  } catch {
    return null;
  }
}

/**
 * Block-level children become blocks; runs of inline children between them are wrapped by
 * `wrap` (a paragraph, or a heading for the inline content of h2-h4).
 */
function flow(nodes: ChildNode[], options: BlockOptions, wrap: (inlines: Inline[]) => Block): Block[] {
  const blocks: Block[] = [];
  let pending: ChildNode[] = [];
  const flush = () => {
    const run = pending.flatMap((node) => inlineContent(node, {}, options));
    blocks.push(...splitOutImages(run, wrap));
    pending = [];
  };
  for (const node of nodes) {
    if (isTag(node) && blockTags.has(node.name)) {
      flush();
      blocks.push(...blockOf(node, options));
    } else {
      pending.push(node);
    }
  }
  flush();
  return blocks;
}

function blockOf(element: Element, options: BlockOptions): Block[] {
  const paragraph = (inlines: Inline[]): Block => ({ kind: "paragraph", inlines });
  switch (element.name) {
    case "h2":
    case "h3":
    case "h4": {
      const level = Number(element.name[1]) as 2 | 3 | 4;
      return flow(element.children, options, (inlines) => ({ kind: "heading", level, inlines }));
    }
    case "ul":
    case "ol": {
      const items = element.children
        .filter((child) => !(isText(child) && child.data.trim() === ""))
        .map((child) => (isTag(child) && child.name === "li" ? child.children : [child]))
        .map((children) => flow(children, options, paragraph))
        .filter((item) => item.length > 0);
      const start = Number.parseInt(element.attribs.start ?? "1", 10);
      return items.length === 0
        ? []
        : [{ kind: "list", ordered: element.name === "ol", start: Number.isFinite(start) ? start : 1, items }];
    }
    case "blockquote": {
      const blocks = flow(element.children, options, paragraph);
      return blocks.length === 0 ? [] : [{ kind: "quote", blocks }];
    }
    case "figure":
      return figureBlocks(element, options);
    case "pre": {
      // Whitespace is the content here; only the newline right after <pre> is dropped, as in HTML.
      const text = textContent(element)
        .replace(/^\r?\n/, "")
        .replace(/\t/g, "    ")
        .replace(/\s+$/, "");
      return text === "" ? [] : [{ kind: "code", text }];
    }
    case "hr":
      return [{ kind: "rule" }];
    default:
      // p, li or figcaption outside their usual parents: plain paragraphs.
      return flow(element.children, options, paragraph);
  }
}

/** A figure's caption belongs to its (last) image; without an image it is a paragraph. */
function figureBlocks(figure: Element, options: BlockOptions): Block[] {
  const captionElement = figure.children.find((child): child is Element => isTag(child) && child.name === "figcaption");
  const rest = figure.children.filter((child) => child !== captionElement);
  const blocks = flow(rest, options, (inlines) => ({ kind: "paragraph", inlines }));
  if (!captionElement) return blocks;
  const caption = normalise(
    captionElement.children.flatMap((node) => inlineContent(node, {}, options)).filter(isInline),
  );
  const lastImage = blocks.findLast((block) => block.kind === "image");
  if (lastImage && lastImage.kind === "image") lastImage.caption = caption;
  else if (caption.length > 0) blocks.push({ kind: "paragraph", inlines: caption });
  return blocks;
}

function inlineContent(node: ChildNode, marks: Marks, options: BlockOptions): InlineOrImage[] {
  if (isText(node)) return [{ kind: "text", text: node.data, marks }];
  if (!isTag(node)) return [];
  const name = node.name;
  if (name === "br") return [{ kind: "break" }];
  if (name === "img") {
    const src = resolveAddress(node.attribs.src, options.baseUrl, ["https:", "http:"]);
    return src ? [{ kind: "image", src, alt: (node.attribs.alt ?? "").trim() }] : [];
  }
  let inner: Marks = marks;
  const mark = markOfTag[name];
  if (mark) inner = { ...marks, [mark]: true };
  if (name === "a") {
    const href = resolveAddress(node.attribs.href, options.baseUrl, ["https:", "http:", "mailto:"]);
    inner = href ? { ...marks, href } : marks;
  }
  // Block elements nested in inline ones (invalid HTML) keep their text: nothing is lost.
  return node.children.flatMap((child) => inlineContent(child, inner, options));
}

function isInline(item: InlineOrImage): item is Inline {
  return item.kind !== "image";
}

/** Images inside a run of text become blocks of their own, splitting the text around them. */
function splitOutImages(run: InlineOrImage[], wrap: (inlines: Inline[]) => Block): Block[] {
  const blocks: Block[] = [];
  let segment: Inline[] = [];
  const flushText = () => {
    const inlines = normalise(segment);
    if (inlines.length > 0) blocks.push(wrap(inlines));
    segment = [];
  };
  for (const item of run) {
    if (item.kind === "image") {
      flushText();
      blocks.push({ kind: "image", src: item.src, alt: item.alt, caption: [] });
    } else {
      segment.push(item);
    }
  }
  flushText();
  return blocks;
}

const sameMarks = (a: Marks, b: Marks) =>
  (Object.keys(a) as (keyof Marks)[]).length === (Object.keys(b) as (keyof Marks)[]).length &&
  (Object.keys(a) as (keyof Marks)[]).every((key) => a[key] === b[key]);

/**
 * Browser-like whitespace: runs of spaces and newlines become one space, none at the start or
 * end of a line, and adjacent text with the same style is merged.
 */
export function normalise(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  let atLineStart = true;
  for (const inline of inlines) {
    if (inline.kind === "break") {
      trimTrailingSpace(out);
      out.push(inline);
      atLineStart = true;
      continue;
    }
    let text = inline.text.replace(/[ \t\n\r\f]+/g, " ");
    if (atLineStart || endsWithSpace(out)) text = text.replace(/^ /, "");
    if (text === "") continue;
    const previous = out.at(-1);
    if (previous?.kind === "text" && sameMarks(previous.marks, inline.marks)) previous.text += text;
    else out.push({ kind: "text", text, marks: inline.marks });
    atLineStart = false;
  }
  trimTrailingSpace(out);
  while (out[0]?.kind === "break") out.shift();
  while (out.at(-1)?.kind === "break") out.pop();
  return out;
}

function endsWithSpace(out: Inline[]): boolean {
  const last = out.at(-1);
  return last?.kind === "text" && last.text.endsWith(" ");
}

function trimTrailingSpace(out: Inline[]): void {
  const last = out.at(-1);
  if (last?.kind !== "text") return;
  last.text = last.text.replace(/ $/, "");
  if (last.text === "") out.pop();
}

function textContent(node: ChildNode): string {
  if (isText(node)) return node.data;
  if (isTag(node)) return node.name === "br" ? "\n" : node.children.map(textContent).join("");
  return "";
}

/** Every image address in the blocks, for loading the files before layout. */
export function imageSources(blocks: Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.kind) {
      case "image":
        return [block.src];
      case "quote":
        return imageSources(block.blocks);
      case "list":
        return block.items.flatMap(imageSources);
      default:
        return [];
    }
  });
}
