"use client";
import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useEditorState, type Editor } from "@tiptap/react";

export type ToolDialog = "link" | "image" | "embed";

type Tool = {
  key: string;
  label: string;
  /** Shown in the tooltip and announced (aria-keyshortcuts). */
  shortcut?: string;
  icon: ReactNode;
  active?: boolean;
  run: () => void;
};

const iconClass = "text-sm font-semibold leading-none";

function Svg({ d }: { d: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={d} />
    </svg>
  );
}

const linkIcon = (
  <Svg d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
);
const imageIcon = <Svg d="M3 5h18v14H3zM3 16l5-5 4 4 3-3 6 6M15.5 9.5h.01" />;
const videoIcon = <Svg d="M3 5h18v14H3zM10 9l5 3-5 3z" />;

/**
 * A mouse click on a toolbar button must not take focus (and the selection) from the text:
 * TipTap hands focus back only on the next animation frame, and whatever is typed before then
 * would be lost.
 */
function keepEditorFocus(event: React.MouseEvent<HTMLButtonElement>): void {
  event.preventDefault();
}

/**
 * The formatting toolbar: one button per tool, each stating whether it applies at the cursor.
 * It is one tab stop (WAI-ARIA toolbar pattern): Left and Right move between the buttons that
 * can be used, Home and End go to the first and the last, and Tab leaves for the text.
 */
export function EditorToolbar({
  editor,
  disabled,
  source,
  onToggleSource,
  onOpen,
  label,
}: {
  editor: Editor;
  disabled: boolean;
  source: boolean;
  onToggleSource: () => void;
  onOpen: (dialog: ToolDialog) => void;
  label: string;
}) {
  const t = useTranslations("editor.toolbar");
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      paragraph: e.isActive("paragraph"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      link: e.isActive("link"),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
      blockquote: e.isActive("blockquote"),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const toolbar = useRef<HTMLDivElement>(null);
  // The button that takes the toolbar's tab stop: the one last focused.
  const [current, setCurrent] = useState("paragraph");
  const groups: Tool[][] = [
    [
      {
        key: "paragraph",
        label: t("paragraph"),
        shortcut: "Control+Alt+0",
        icon: "¶",
        active: state.paragraph,
        run: () => chain().setParagraph().run(),
      },
      {
        key: "h2",
        label: t("heading2"),
        shortcut: "Control+Alt+2",
        icon: "H2",
        active: state.h2,
        run: () => chain().toggleHeading({ level: 2 }).run(),
      },
      {
        key: "h3",
        label: t("heading3"),
        shortcut: "Control+Alt+3",
        icon: "H3",
        active: state.h3,
        run: () => chain().toggleHeading({ level: 3 }).run(),
      },
    ],
    [
      {
        key: "bold",
        label: t("bold"),
        shortcut: "Control+B",
        icon: <b>B</b>,
        active: state.bold,
        run: () => chain().toggleBold().run(),
      },
      {
        key: "italic",
        label: t("italic"),
        shortcut: "Control+I",
        icon: <i className="font-serif">I</i>,
        active: state.italic,
        run: () => chain().toggleItalic().run(),
      },
      {
        key: "link",
        label: t("link"),
        shortcut: "Control+K",
        icon: linkIcon,
        active: state.link,
        run: () => onOpen("link"),
      },
    ],
    [
      {
        key: "bulletList",
        label: t("bulletList"),
        shortcut: "Control+Shift+8",
        icon: "•≡",
        active: state.bulletList,
        run: () => chain().toggleBulletList().run(),
      },
      {
        key: "orderedList",
        label: t("orderedList"),
        shortcut: "Control+Shift+7",
        icon: "1≡",
        active: state.orderedList,
        run: () => chain().toggleOrderedList().run(),
      },
      {
        key: "blockquote",
        label: t("quote"),
        shortcut: "Control+Shift+B",
        icon: "❝",
        active: state.blockquote,
        run: () => chain().toggleBlockquote().run(),
      },
    ],
    [
      { key: "image", label: t("image"), icon: imageIcon, run: () => onOpen("image") },
      { key: "embed", label: t("embed"), icon: videoIcon, run: () => onOpen("embed") },
    ],
  ];

  const undoDisabled = disabled || source || !state.canUndo;
  const redoDisabled = disabled || source || !state.canRedo;
  const usable = [
    ...groups.flat().map((tool) => ({ key: tool.key, disabled: disabled || source })),
    { key: "undo", disabled: undoDisabled },
    { key: "redo", disabled: redoDisabled },
    { key: "source", disabled },
  ]
    .filter((item) => !item.disabled)
    .map((item) => item.key);
  // When the last focused button cannot be used now (Undo with nothing to undo), the first can.
  const tabStop = usable.includes(current) ? current : usable[0];
  const roving = (key: string) => ({
    "data-tool": key,
    tabIndex: key === tabStop ? 0 : -1,
    onFocus: () => setCurrent(key),
  });

  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, (index: number, last: number) => number> = {
      ArrowRight: (index, last) => (index >= last ? 0 : index + 1),
      ArrowLeft: (index, last) => (index <= 0 ? last : index - 1),
      Home: () => 0,
      End: (_index, last) => last,
    };
    const step = keys[event.key];
    if (!step || usable.length === 0) return;
    const focused = (event.target as HTMLElement).closest<HTMLElement>("[data-tool]")?.dataset.tool;
    if (!focused) return;
    event.preventDefault();
    const next = usable[step(usable.indexOf(focused), usable.length - 1)];
    toolbar.current?.querySelector<HTMLButtonElement>(`[data-tool="${next}"]`)?.focus();
  };

  const button = (tool: Tool) => (
    <button
      key={tool.key}
      {...roving(tool.key)}
      type="button"
      onMouseDown={keepEditorFocus}
      onClick={tool.run}
      disabled={disabled || source}
      aria-pressed={tool.active === undefined ? undefined : tool.active}
      aria-keyshortcuts={tool.shortcut}
      title={tool.shortcut ? `${tool.label} (${tool.shortcut.replace("Control", "Ctrl")})` : tool.label}
      className="inline-flex min-h-10 min-w-10 items-center justify-center gap-1 rounded-sm px-2 hover:bg-rule/50 disabled:opacity-40 aria-pressed:bg-ink aria-pressed:text-paper"
    >
      <span aria-hidden="true" className={iconClass}>
        {tool.icon}
      </span>
      <span className="sr-only">{tool.label}</span>
    </button>
  );

  return (
    <div
      ref={toolbar}
      role="toolbar"
      aria-label={label}
      onKeyDown={moveFocus}
      className="flex flex-wrap items-center gap-1 rounded-t-sm border border-rule bg-paper px-1 py-1"
    >
      {groups.map((group, index) => (
        <div key={index} className="flex items-center gap-0.5 border-r border-rule pr-1 last:border-r-0">
          {group.map(button)}
        </div>
      ))}
      <div className="ml-auto flex items-center gap-0.5">
        <button
          {...roving("undo")}
          type="button"
          onMouseDown={keepEditorFocus}
          onClick={() => chain().undo().run()}
          disabled={undoDisabled}
          aria-keyshortcuts="Control+Z"
          title={`${t("undo")} (Ctrl+Z)`}
          className="inline-flex min-h-10 min-w-10 items-center justify-center rounded-sm hover:bg-rule/50 disabled:opacity-40"
        >
          <span aria-hidden="true">↶</span>
          <span className="sr-only">{t("undo")}</span>
        </button>
        <button
          {...roving("redo")}
          type="button"
          onMouseDown={keepEditorFocus}
          onClick={() => chain().redo().run()}
          disabled={redoDisabled}
          aria-keyshortcuts="Control+Shift+Z"
          title={`${t("redo")} (Ctrl+Shift+Z)`}
          className="inline-flex min-h-10 min-w-10 items-center justify-center rounded-sm hover:bg-rule/50 disabled:opacity-40"
        >
          <span aria-hidden="true">↷</span>
          <span className="sr-only">{t("redo")}</span>
        </button>
        <button
          {...roving("source")}
          type="button"
          onClick={onToggleSource}
          disabled={disabled}
          aria-pressed={source}
          className="min-h-10 rounded-sm px-2 text-xs font-semibold hover:bg-rule/50 aria-pressed:bg-ink aria-pressed:text-paper"
        >
          {t("source")}
        </button>
      </div>
    </div>
  );
}
