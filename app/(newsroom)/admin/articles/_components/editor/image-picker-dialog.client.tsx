"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { searchMediaPickerAction, type MediaPickerResult } from "../../editor-actions";
import { buttonClass } from "@/components/ui/button";
import { controlClass, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { DialogActions, EditorDialog } from "./editor-dialog.client";
import type { PickerImage } from "@/db/queries/media/picker";
import type { FigureAttributes } from "./extensions";

/** Lists library images (search and pages); the chosen one goes in with alt text and a caption. */
export function ImagePickerDialog({
  locale,
  onInsert,
  onClose,
}: {
  locale: string;
  onInsert: (figure: FigureAttributes) => void;
  onClose: () => void;
}) {
  const t = useTranslations("editor.image");
  const [draftQuery, setDraftQuery] = useState("");
  const [request, setRequest] = useState({ query: "", page: 1 });
  const [result, setResult] = useState<MediaPickerResult | "loading" | "failed">("loading");
  const [chosen, setChosen] = useState<PickerImage | null>(null);
  const [alt, setAlt] = useState("");
  const [caption, setCaption] = useState("");
  const [needChoice, setNeedChoice] = useState(false);

  useEffect(() => {
    let current = true;
    searchMediaPickerAction({ ...request, locale }).then(
      (answer) => current && setResult(answer),
      () => current && setResult("failed"),
    );
    return () => {
      current = false;
    };
  }, [request, locale]);

  const search = () => {
    setResult("loading");
    setRequest({ query: draftQuery, page: 1 });
  };
  const goTo = (page: number) => {
    setResult("loading");
    setRequest((r) => ({ ...r, page }));
  };
  const images = typeof result === "object" && result.status === "ok" ? result.images : null;

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
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 grow">
          <label htmlFor="editor-image-search" className="mb-1 block text-sm font-semibold">
            {t("search")}
          </label>
          <input
            id="editor-image-search"
            type="search"
            value={draftQuery}
            onChange={(event) => setDraftQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                search();
              }
            }}
            className={`w-full ${controlClass}`}
          />
        </div>
        <button type="button" onClick={search} className={buttonClass("secondary", "sm")}>
          {t("searchButton")}
        </button>
      </div>

      <div aria-live="polite" aria-busy={result === "loading"}>
        {result === "loading" && <p className="text-sm text-ink-muted">{t("loading")}</p>}
        {(result === "failed" || (typeof result === "object" && result.status === "refused")) && (
          <Notice tone="error" inline>
            {t("loadError")}
          </Notice>
        )}
        {images && images.items.length === 0 && <p className="text-sm text-ink-muted">{t("none")}</p>}
        {images && images.items.length > 0 && (
          <ul className="grid max-h-[45vh] grid-cols-2 gap-3 overflow-y-auto sm:grid-cols-4">
            {images.items.map((image) => (
              <li key={image.id}>
                <button
                  type="button"
                  aria-pressed={chosen?.id === image.id}
                  aria-label={t("choose", { name: image.alt || image.name })}
                  onClick={() => {
                    setChosen(image);
                    setAlt(image.alt);
                    setCaption(image.caption);
                    setNeedChoice(false);
                  }}
                  className="block w-full rounded-sm border-2 border-transparent p-1 text-left text-xs aria-pressed:border-accent"
                >
                  {/* Library thumbnails: plain img, the media route serves them. */}
                  {/* eslint-disable-next-line @next/next/no-img-element */}
                  <img src={image.src} alt="" loading="lazy" className="aspect-[4/3] w-full rounded-sm object-cover" />
                  <span className="mt-1 block truncate">{image.alt || image.name}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {images && images.pageCount > 1 && (
          <div className="mt-3 flex items-center gap-3 text-sm">
            <button
              type="button"
              disabled={images.page <= 1}
              onClick={() => goTo(images.page - 1)}
              className={buttonClass("secondary", "sm")}
            >
              {t("previous")}
            </button>
            <span>{t("pageOf", { page: images.page, count: images.pageCount })}</span>
            <button
              type="button"
              disabled={images.page >= images.pageCount}
              onClick={() => goTo(images.page + 1)}
              className={buttonClass("secondary", "sm")}
            >
              {t("next")}
            </button>
          </div>
        )}
      </div>

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
