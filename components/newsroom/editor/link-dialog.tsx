"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { isAllowedLinkHref } from "@/lib/html/link-href";
import { dialogInputClass, EditorDialog, primaryButtonClass, secondaryButtonClass } from "./editor-dialog";

/** Asks for a link address; only http(s) and mailto are accepted. */
export function LinkDialog({
  initialHref,
  onApply,
  onRemove,
  onClose,
}: {
  initialHref: string;
  onApply: (href: string) => void;
  onRemove: () => void;
  onClose: () => void;
}) {
  const t = useTranslations("editor.link");
  const [href, setHref] = useState(initialHref);
  const [error, setError] = useState(false);
  return (
    <EditorDialog
      open
      title={t("title")}
      onClose={onClose}
      onSubmit={() => {
        if (isAllowedLinkHref(href)) onApply(href.trim());
        else setError(true);
      }}
    >
      <div>
        <label htmlFor="editor-link-url" className="mb-1 block text-sm font-semibold">
          {t("url")}
        </label>
        <input
          id="editor-link-url"
          type="url"
          inputMode="url"
          autoFocus
          value={href}
          onChange={(event) => {
            setHref(event.target.value);
            setError(false);
          }}
          className={dialogInputClass}
          aria-describedby={error ? "editor-link-help editor-link-error" : "editor-link-help"}
          aria-invalid={error || undefined}
        />
        <p id="editor-link-help" className="mt-1 text-xs text-ink-muted">
          {t("help")}
        </p>
        {error && (
          <p id="editor-link-error" role="alert" className="mt-1 text-sm font-medium text-accent">
            {t("invalid")}
          </p>
        )}
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={primaryButtonClass}>
          {t("apply")}
        </button>
        {initialHref && (
          <button type="button" onClick={onRemove} className={secondaryButtonClass}>
            {t("remove")}
          </button>
        )}
        <button type="button" onClick={onClose} className={secondaryButtonClass}>
          {t("cancel")}
        </button>
      </div>
    </EditorDialog>
  );
}
