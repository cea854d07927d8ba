/**
 * The editor's document model: StarterKit (its own link turned off), a separately configured
 * Link that accepts only http(s) and mailto, a figure for library images with a caption, and a
 * figure for players of the allowed video hosts. What these render is exactly what
 * lib/html/sanitize.ts keeps.
 */
import { Extension, Node } from "@tiptap/core";
import Link from "@tiptap/extension-link";
import StarterKit from "@tiptap/starter-kit";
import { embedFrameAttributes, embedFromUrl } from "@/lib/html/embeds";
import { isAllowedLinkHref } from "@/lib/html/link-href";
import { isMediaLibrarySrc } from "@/lib/media-url";

export type FigureAttributes = {
  src: string;
  alt: string;
  width: number | null;
  height: number | null;
  caption: string;
};
export type VideoAttributes = { src: string; title: string };

function size(value: string | null): number | null {
  return value && /^\d{1,5}$/.test(value) ? Number(value) : null;
}

function figureFrom(element: HTMLElement): FigureAttributes | false {
  const img = element.tagName === "IMG" ? element : element.querySelector("img");
  const src = img?.getAttribute("src") ?? "";
  if (!img || !isMediaLibrarySrc(src)) return false;
  return {
    src,
    alt: img.getAttribute("alt") ?? "",
    width: size(img.getAttribute("width")),
    height: size(img.getAttribute("height")),
    caption: element.querySelector("figcaption")?.textContent?.trim() ?? "",
  };
}

export const LibraryFigure = Node.create({
  name: "libraryFigure",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      src: { default: "" },
      alt: { default: "" },
      width: { default: null },
      height: { default: null },
      caption: { default: "" },
    };
  },
  parseHTML() {
    return [
      { tag: "figure", getAttrs: (element) => figureFrom(element) },
      { tag: "img[src]", getAttrs: (element) => figureFrom(element) },
    ];
  },
  renderHTML({ node }) {
    const attrs = node.attrs as FigureAttributes;
    const img = [
      "img",
      {
        src: attrs.src,
        alt: attrs.alt,
        ...(attrs.width ? { width: String(attrs.width) } : {}),
        ...(attrs.height ? { height: String(attrs.height) } : {}),
        loading: "lazy",
      },
    ] as const;
    return attrs.caption ? ["figure", {}, img, ["figcaption", {}, attrs.caption]] : ["figure", {}, img];
  },
});

function videoFrom(element: HTMLElement): VideoAttributes | false {
  const frame = element.tagName === "IFRAME" ? element : element.querySelector("iframe");
  const embed = embedFromUrl(frame?.getAttribute("src") ?? "");
  if (!frame || !embed) return false;
  return { src: embed.src, title: frame.getAttribute("title") ?? "" };
}

export const VideoEmbed = Node.create({
  name: "videoEmbed",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,
  // Before the image figure, so a figure holding a player is read as one.
  priority: 60,
  addAttributes() {
    return { src: { default: "" }, title: { default: "" } };
  },
  parseHTML() {
    return [
      { tag: "figure", getAttrs: (element) => videoFrom(element) },
      { tag: "iframe[src]", getAttrs: (element) => videoFrom(element) },
    ];
  },
  renderHTML({ node }) {
    const attrs = node.attrs as VideoAttributes;
    return [
      "figure",
      {},
      ["iframe", { src: attrs.src, ...(attrs.title ? { title: attrs.title } : {}), ...embedFrameAttributes }],
    ];
  },
});

/** Ctrl/Cmd+K opens the link dialog (the toolbar's handler). */
export const LinkShortcut = Extension.create<{ openLinkDialog: () => void }>({
  name: "linkShortcut",
  addOptions() {
    return { openLinkDialog: () => undefined };
  },
  addKeyboardShortcuts() {
    return {
      "Mod-k": () => {
        this.options.openLinkDialog();
        return true;
      },
    };
  },
});

export function editorExtensions(openLinkDialog: () => void) {
  return [
    StarterKit.configure({
      link: false,
      heading: { levels: [2, 3] },
      code: false,
      codeBlock: false,
      underline: false,
    }),
    // Not inclusive: what is typed right after a link (the full stop that ends the sentence)
    // is plain text. Autolinked addresses still grow as they are typed (autolink re-detects).
    Link.extend({ inclusive: () => false }).configure({
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      defaultProtocol: "https",
      isAllowedUri: (url) => isAllowedLinkHref(url),
      shouldAutoLink: (url) => isAllowedLinkHref(url),
      HTMLAttributes: { rel: null, target: null, class: null },
    }),
    LibraryFigure,
    VideoEmbed,
    LinkShortcut.configure({ openLinkDialog }),
  ];
}
