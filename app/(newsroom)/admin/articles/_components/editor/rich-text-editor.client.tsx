"use client";
/**
 * The article body editor. The server renders a plain HTML textarea (the field the server action
 * reads), so the form works without JavaScript; once TipTap is running it takes the textarea's
 * place and writes its HTML back into it on every change. "Edit as HTML" shows the textarea again.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { EditorContent, useEditor } from "@tiptap/react";
import { articleBodyClass } from "@/components/article/article-body-class";
import { cleanPastedHtml } from "@/lib/html/paste";
import { countWords } from "@/lib/reading-time";
import { EmbedDialog } from "./embed-dialog.client";
import { editorExtensions } from "./extensions";
import { ImagePickerDialog } from "./image-picker-dialog.client";
import { LinkDialog } from "./link-dialog.client";
import { EditorToolbar, type ToolDialog } from "./toolbar.client";

export function RichTextEditor({
  id,
  name,
  defaultValue,
  label,
  sourceLabel,
  describedBy,
  invalid,
  disabled,
  articleLocale,
  onChange,
  onWordsChange,
}: {
  id: string;
  name: string;
  defaultValue: string;
  label: string;
  sourceLabel: string;
  describedBy?: string;
  invalid: boolean;
  disabled: boolean;
  articleLocale: string;
  onChange: () => void;
  /** Told the body's word count whenever the text changes. */
  onWordsChange?: (words: number) => void;
}) {
  const t = useTranslations("editor.toolbar");
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [source, setSource] = useState(false);
  // Read by the editor's update handler: while the HTML is shown, the textarea is the source.
  const sourceShown = useRef(false);
  const [dialog, setDialog] = useState<ToolDialog | null>(null);
  const openLinkDialog = useCallback(() => setDialog("link"), []);
  const labelId = `${id}-label`;

  const editor = useEditor({
    immediatelyRender: false,
    extensions: editorExtensions(openLinkDialog),
    content: defaultValue,
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(invalid ? { "aria-invalid": "true" } : {}),
        class: `${articleBodyClass} min-h-[18rem] rounded-b-sm border border-t-0 border-rule bg-paper-raised px-4 py-3 [&_.ProseMirror-selectednode]:outline-3 [&_.ProseMirror-selectednode]:outline-link`,
      },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: ({ editor: current }) => {
      if (textarea.current && !sourceShown.current) textarea.current.value = current.getHTML();
      onWordsChange?.(countWords(current.getText({ blockSeparator: "\n" })));
      onChange();
    },
  });

  useEffect(() => {
    // No update event: nothing in the document changed.
    editor?.setEditable(!disabled, false);
  }, [editor, disabled]);

  const enhanced = editor !== null;
  const richMode = enhanced && !source;

  const toggleSource = () => {
    if (!editor || !textarea.current) return;
    if (source) editor.commands.setContent(textarea.current.value, { emitUpdate: false });
    else textarea.current.value = editor.getHTML();
    sourceShown.current = !source;
    setSource(!source);
  };

  // A dialog closed without a change gives the caret back to the text.
  const closeDialog = () => {
    setDialog(null);
    editor?.commands.focus();
  };
  // A block from a dialog (image, video) goes in with a paragraph after it, so writing goes on below.
  const insertBlock = (type: "libraryFigure" | "videoEmbed", attrs: Record<string, unknown>) => {
    setDialog(null);
    editor
      ?.chain()
      .focus()
      .insertContent([{ type, attrs }, { type: "paragraph" }])
      .run();
  };

  return (
    <div>
      <label id={labelId} htmlFor={id} className="mb-1 block text-sm font-semibold">
        {richMode ? label : sourceLabel}
      </label>
      {enhanced && (
        <EditorToolbar
          editor={editor}
          disabled={disabled}
          source={source}
          onToggleSource={toggleSource}
          onOpen={setDialog}
          label={t("label")}
        />
      )}
      {enhanced && <EditorContent editor={editor} className={richMode ? "" : "hidden"} />}
      <textarea
        ref={textarea}
        id={id}
        name={name}
        rows={16}
        defaultValue={defaultValue}
        onInput={(event) => {
          onWordsChange?.(countWords(textOfHtml(event.currentTarget.value)));
          onChange();
        }}
        hidden={richMode}
        className={`w-full border border-rule bg-paper-raised px-3 py-2 font-mono text-sm aria-[invalid=true]:border-accent ${enhanced ? "rounded-b-sm border-t-0" : "rounded-sm"}`}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
      />
      {editor && dialog === "link" && (
        <LinkDialog
          initialHref={(editor.getAttributes("link").href as string | undefined) ?? ""}
          onClose={closeDialog}
          onApply={(href) => {
            setDialog(null);
            // The caret goes after the link, so the next keystroke cannot replace the linked text.
            editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
            editor.commands.setTextSelection(editor.state.selection.to);
          }}
          onRemove={() => {
            setDialog(null);
            editor.chain().focus().extendMarkRange("link").unsetLink().run();
          }}
        />
      )}
      {editor && dialog === "image" && (
        <ImagePickerDialog
          locale={articleLocale}
          onClose={closeDialog}
          onInsert={(figure) => insertBlock("libraryFigure", figure)}
        />
      )}
      {editor && dialog === "embed" && (
        <EmbedDialog onClose={closeDialog} onInsert={(video) => insertBlock("videoEmbed", video)} />
      )}
    </div>
  );
}

/** The text of an HTML fragment for counting words: block tags separate words, inline ones do not. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<\/?(?:p|h[1-6]|li|ul|ol|blockquote|figure|figcaption|br|div|hr|table|tr|td|th)\b[^>]*>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;|&#160;/g, " ");
}
