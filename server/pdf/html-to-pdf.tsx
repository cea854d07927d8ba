/**
 * Article body blocks (html-blocks.ts) as react-pdf elements. Links stay links, and on paper
 * their address is printed after the text; images come from the assets loaded beforehand, and
 * one that could not be loaded is named by its alt text instead of leaving a hole or a path.
 */
/* eslint-disable jsx-a11y/alt-text -- react-pdf's <Image> draws into the PDF; it has no alt attribute. */
import "server-only";
import type { ReactNode } from "react";
import { Image, Link, Text, View, type Styles } from "@react-pdf/renderer";
import { drawableText } from "./drawable-text";
import type { Block, Inline, Marks } from "./html-blocks";
import type { PdfImageAsset } from "./images";
import { bodyFontSize, leadingFor, styles } from "./styles";

type PdfStyle = Styles[string];

export type BodyRenderContext = {
  /** Loaded images by absolute address. */
  images: Map<string, PdfImageAsset>;
  /** Width of the text column in points. */
  columnWidth: number;
  /** "Image: {alt}" and the wording for an image without alt text, in the article's language. */
  imagePattern: string;
  imageWithoutAlt: string;
};

/** The tallest an image may be drawn, so a portrait photo never fills a page on its own. */
const maxImageHeight = 360;

export function renderBlocks(blocks: Block[], context: BodyRenderContext): ReactNode[] {
  return blocks.map((block, index) => renderBlock(block, context, index));
}

/** `tight`: inside a list item, where paragraphs and nested lists sit closer together. */
function renderBlock(block: Block, context: BodyRenderContext, key: number, tight = false): ReactNode {
  switch (block.kind) {
    case "paragraph":
      return (
        <Text
          key={key}
          style={[tight ? styles.listParagraph : styles.paragraph, leadingFor(plainText(block.inlines), bodyFontSize)]}
        >
          {renderInlines(block.inlines)}
        </Text>
      );
    case "heading": {
      const style = { 2: styles.heading2, 3: styles.heading3, 4: styles.heading4 }[block.level];
      // minPresenceAhead keeps a heading from being stranded at the foot of a page.
      return (
        <Text
          key={key}
          style={[style, leadingFor(plainText(block.inlines), style.fontSize as number)]}
          minPresenceAhead={36}
        >
          {renderInlines(block.inlines)}
        </Text>
      );
    }
    case "list":
      return (
        <View key={key} style={tight ? styles.nestedList : styles.list}>
          {block.items.map((item, index) => (
            <View key={index} style={styles.listItem} wrap={item.length > 1}>
              <Text style={styles.listMarker}>{block.ordered ? `${block.start + index}.` : "•"}</Text>
              <View style={styles.listBody}>{renderListItem(item, context)}</View>
            </View>
          ))}
        </View>
      );
    case "quote":
      return (
        <View key={key} style={styles.quote}>
          {renderBlocks(block.blocks, context)}
        </View>
      );
    case "image":
      return renderImage(block, context, key);
    case "code":
      return (
        <View key={key} style={styles.code}>
          <Text>{keepCodeSpacing(block.text)}</Text>
        </View>
      );
    case "rule":
      return <View key={key} style={styles.rule} />;
  }
}

/**
 * react-pdf drops spaces at the start of a line and is free to squeeze runs of them, which
 * flattens indented code; non-breaking spaces keep the indentation while single spaces still
 * let a long line wrap.
 */
export function keepCodeSpacing(text: string): string {
  return text
    .replace(/^ +/gm, (indent) => "\u00a0".repeat(indent.length))
    .replace(/ {2,}/g, (run) => ` ${"\u00a0".repeat(run.length - 1)}`);
}

/** The last paragraph of a list item needs no space below: the item's own margin spaces it. */
function renderListItem(item: Block[], context: BodyRenderContext): ReactNode[] {
  return item.map((block, index) =>
    block.kind === "paragraph" && index === item.length - 1 ? (
      <Text key={index}>{renderInlines(block.inlines)}</Text>
    ) : (
      renderBlock(block, context, index, true)
    ),
  );
}

function renderImage(block: Extract<Block, { kind: "image" }>, context: BodyRenderContext, key: number): ReactNode {
  const asset = context.images.get(block.src);
  const caption = block.caption.length > 0 ? <Text style={styles.caption}>{renderInlines(block.caption)}</Text> : null;
  if (!asset) {
    const label = drawableText(block.alt ? context.imagePattern.replace("{alt}", block.alt) : context.imageWithoutAlt);
    return (
      <View key={key} style={styles.imageNote} wrap={false}>
        <Text>
          {label}{" "}
          <Link src={block.src} style={styles.linkAddress}>
            ({block.src})
          </Link>
        </Text>
        {caption}
      </View>
    );
  }
  const size = fitImage(asset, context.columnWidth);
  return (
    <View key={key} style={styles.figure} wrap={false}>
      <Image src={{ data: asset.data, format: asset.format }} style={size} />
      {caption}
    </View>
  );
}

/**
 * Page size for an image: never wider than the column, never taller than maxImageHeight, and
 * small images (icons, charts) not blown up past about 144 dpi.
 */
export function fitImage(asset: { width: number; height: number }, columnWidth: number) {
  const ratio = asset.height / Math.max(1, asset.width);
  let width = Math.min(columnWidth, asset.width / 2);
  if (width * ratio > maxImageHeight) width = maxImageHeight / ratio;
  return { width, height: width * ratio };
}

const markStyles: Record<keyof Omit<Marks, "href">, PdfStyle> = {
  bold: { fontWeight: 700 },
  italic: { fontStyle: "italic" },
  underline: { textDecoration: "underline" },
  strike: { textDecoration: "line-through" },
  code: { fontFamily: styles.code.fontFamily, fontSize: bodyFontSize * 0.92 },
  sub: { verticalAlign: "sub", fontSize: bodyFontSize * 0.7 },
  sup: { verticalAlign: "super", fontSize: bodyFontSize * 0.7 },
};

function styleOf(marks: Marks): PdfStyle | undefined {
  const applied = (Object.keys(markStyles) as (keyof typeof markStyles)[]).filter((mark) => marks[mark]);
  if (applied.length === 0) return undefined;
  const style: PdfStyle = Object.assign({}, ...applied.map((mark) => markStyles[mark]));
  if (marks.underline && marks.strike) style.textDecoration = "underline line-through";
  return style;
}

/** Text runs, with consecutive runs of one link grouped so its address is printed once. */
export function renderInlines(inlines: Inline[]): ReactNode[] {
  const nodes: ReactNode[] = [];
  let index = 0;
  while (index < inlines.length) {
    const first = inlines[index];
    const href = first?.kind === "text" ? first.marks.href : undefined;
    let end = index + 1;
    while (href && end < inlines.length) {
      const next = inlines[end];
      if (next?.kind !== "text" || next.marks.href !== href) break;
      end += 1;
    }
    const group = inlines.slice(index, end);
    const runs = group.map((inline, offset) => renderRun(inline, index + offset));
    if (href) {
      nodes.push(
        <Link key={`link-${index}`} src={href} style={styles.link}>
          {runs}
        </Link>,
      );
      const shown = printedAddress(href, group);
      if (shown) nodes.push(<Text key={`address-${index}`} style={styles.linkAddress}>{` (${shown})`}</Text>);
    } else {
      nodes.push(...runs);
    }
    index = end;
  }
  return nodes;
}

function renderRun(inline: Inline, key: number): ReactNode {
  if (inline.kind === "break") return "\n";
  const style = styleOf(inline.marks);
  const text = drawableText(inline.text);
  return style ? (
    <Text key={key} style={style}>
      {text}
    </Text>
  ) : (
    text
  );
}

function plainText(inlines: Inline[]): string {
  return inlines.map((inline) => (inline.kind === "text" ? inline.text : " ")).join("");
}

/** The address to print after a link, unless the link text already is that address. */
export function printedAddress(href: string, group: Inline[]): string | null {
  const shown = href.startsWith("mailto:") ? href.slice("mailto:".length) : href;
  const text = group
    .map((inline) => (inline.kind === "text" ? inline.text : " "))
    .join("")
    .trim();
  const bare = (value: string) => value.replace(/^https?:\/\//, "").replace(/\/$/, "");
  return bare(text) === bare(shown) ? null : shown;
}
