"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { isAllowedLinkHref } from "@/lib/html/link-href";
import { Button } from "@/components/ui/button";
import { DialogActions, DialogAddressField, EditorDialog } from "./editor-dialog.client";

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
      <DialogAddressField
        id="editor-link-url"
        label={t("url")}
        help={t("help")}
        refusal={error ? t("invalid") : null}
        value={href}
        onChange={(value) => {
          setHref(value);
          setError(false);
        }}
      />
      <DialogActions submit={t("apply")} cancel={t("cancel")} onCancel={onClose}>
        {initialHref && (
          <Button size="sm" onClick={onRemove}>
            {t("remove")}
          </Button>
        )}
      </DialogActions>
    </EditorDialog>
  );
}
