"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { PickerImage } from "@/db/queries/media/picker";
import { ImageBrowser } from "@/app/(newsroom)/admin/media/_components/picker/image-browser.client";
import { DialogActions, EditorDialog } from "./editor-dialog.client";
import type { FigureAttributes } from "./extensions";

/**
 * The library's image picker (search, pages, upload) inside the editor: the chosen image, or one
 * just uploaded, goes into the body with alt text (in the article's language) and a caption.
 */
export function ImagePickerDialog({
  locale,
  onInsert,
  onClose,
}: {
  /** The article's language: the alt text offered is in it. */
  locale: string;
  onInsert: (figure: FigureAttributes) => void;
  onClose: () => void;
}) {
  const t = useTranslations("editor.image");
  const [chosen, setChosen] = useState<PickerImage | null>(null);
  const [alt, setAlt] = useState("");
  const [caption, setCaption] = useState("");
  const [needChoice, setNeedChoice] = useState(false);

  return (
    <EditorDialog
      open
      wide
      title={t("title")}
      onClose={onClose}
      onSubmit={() => {
        if (!chosen) return setNeedChoice(true);
        onInsert({
          src: chosen.src,
          alt: alt.trim(),
          width: chosen.width,
          height: chosen.height,
          caption: caption.trim(),
        });
      }}
    >
      <ImageBrowser
        idPrefix="editor-image"
        altLocale={locale}
        selectedId={chosen?.id ?? null}
        onChoose={(image) => {
          setChosen(image);
          setAlt(image.alt);
          setCaption(image.caption);
          setNeedChoice(false);
        }}
      />

      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          id="editor-image-alt"
          name="editor-image-alt"
          label={t("alt")}
          value={alt}
          onChange={(e) => setAlt(e.target.value)}
        />
        <TextField
          id="editor-image-caption"
          name="editor-image-caption"
          label={t("caption")}
          value={caption}
          onChange={(e) => setCaption(e.target.value)}
        />
      </div>
      {needChoice && (
        <Notice tone="error" inline>
          {t("chooseFirst")}
        </Notice>
      )}
      <DialogActions submit={t("insert")} cancel={t("cancel")} onCancel={onClose} />
    </EditorDialog>
  );
}
