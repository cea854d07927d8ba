"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { embedFromUrl } from "@/lib/html/embeds";
import { TextField } from "@/components/ui/field";
import { DialogActions, DialogAddressField, EditorDialog, useCheckedAddress } from "./editor-dialog.client";
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
  const address = useCheckedAddress();
  const [title, setTitle] = useState("");
  return (
    <EditorDialog
      open
      title={t("title")}
      onClose={onClose}
      onSubmit={() => {
        const embed = embedFromUrl(address.value);
        if (!embed) address.refuse();
        else onInsert({ src: embed.src, title: title.trim() || t("defaultTitle") });
      }}
    >
      <DialogAddressField
        id="editor-embed-url"
        address={address}
        label={t("url")}
        help={t("help")}
        refusalMessage={t("refused")}
      />
      <TextField
        id="editor-embed-title"
        name="editor-embed-title"
        label={t("videoTitle")}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <DialogActions submit={t("insert")} cancel={t("cancel")} onCancel={onClose} />
    </EditorDialog>
  );
}
