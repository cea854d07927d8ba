"use client";
import { useTranslations } from "next-intl";
import { isAllowedLinkHref } from "@/lib/html/link-href";
import { Button } from "@/components/ui/button";
import { DialogActions, DialogAddressField, EditorDialog, useCheckedAddress } from "./editor-dialog.client";

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
  const address = useCheckedAddress(initialHref);
  return (
    <EditorDialog
      open
      title={t("title")}
      onClose={onClose}
      onSubmit={() => {
        if (isAllowedLinkHref(address.value)) onApply(address.value.trim());
        else address.refuse();
      }}
    >
      <DialogAddressField
        id="editor-link-url"
        address={address}
        label={t("url")}
        help={t("help")}
        refusalMessage={t("invalid")}
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
