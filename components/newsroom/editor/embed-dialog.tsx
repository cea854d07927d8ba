"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { embedFromUrl } from "@/lib/html/embeds";
import { dialogInputClass, EditorDialog, primaryButtonClass, secondaryButtonClass } from "./editor-dialog";
import type { VideoAttributes } from "./extensions";

/** Asks for a video address; hosts outside the allow-list are refused with a message. */
export function EmbedDialog({
  onInsert,
  onClose,
}: {
  onInsert: (video: VideoAttributes) => void;
  onClose: () => void;
}) {
  const t = useTranslations("editor.embed");
  const [url, setUrl] = useState("");
  const [title, setTitle] = useState("");
  const [refused, setRefused] = useState(false);
  return (
    <EditorDialog
      open
      title={t("title")}
      onClose={onClose}
      onSubmit={() => {
        const embed = embedFromUrl(url);
        if (!embed) setRefused(true);
        else onInsert({ src: embed.src, title: title.trim() || t("defaultTitle") });
      }}
    >
      <div>
        <label htmlFor="editor-embed-url" className="mb-1 block text-sm font-semibold">
          {t("url")}
        </label>
        <input
          id="editor-embed-url"
          type="url"
          inputMode="url"
          autoFocus
          value={url}
          onChange={(event) => {
            setUrl(event.target.value);
            setRefused(false);
          }}
          className={dialogInputClass}
          aria-describedby={refused ? "editor-embed-help editor-embed-error" : "editor-embed-help"}
          aria-invalid={refused || undefined}
        />
        <p id="editor-embed-help" className="mt-1 text-xs text-ink-muted">
          {t("help")}
        </p>
        {refused && (
          <p id="editor-embed-error" role="alert" className="mt-1 text-sm font-medium text-accent">
            {t("refused")}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="editor-embed-title" className="mb-1 block text-sm font-semibold">
          {t("videoTitle")}
        </label>
        <input
          id="editor-embed-title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          className={dialogInputClass}
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={primaryButtonClass}>
          {t("insert")}
        </button>
        <button type="button" onClick={onClose} className={secondaryButtonClass}>
          {t("cancel")}
        </button>
      </div>
    </EditorDialog>
  );
}
