"use client";
import { useFormatter, useTranslations } from "next-intl";
import type { AutosaveStatus } from "./use-article-autosave.client";

/** The autosave state in words, announced politely (a live region that is always present). */
export function AutosaveNotice({
  status,
  dirty,
  articleId,
}: {
  status: AutosaveStatus;
  /** Changes made since the last save. */
  dirty: boolean;
  articleId: number | undefined;
}) {
  const t = useTranslations("editor.autosave");
  // In the site's time zone (the provider passes the server's), like every other time staff see.
  const format = useFormatter();
  const admin = useTranslations("admin.form");
  const editor = useTranslations("editor.fields");
  const fieldLabel = (field: string): string => {
    if (field === "form") return t("form");
    if (field === "seoTitle" || field === "seoDescription") return editor(field);
    const key =
      { topicIds: "topics", authorIds: "authors", leadMediaId: "leadImage", locale: "language" }[field] ?? field;
    return admin.has(key) ? admin(key) : field;
  };
  let text = "";
  let failed = false;
  if (status.kind === "waiting") text = t("waiting");
  if (status.kind === "saving") text = t("saving");
  if (status.kind === "saved" && !dirty)
    text = t("saved", {
      time: format.dateTime(new Date(status.at), { hour: "2-digit", minute: "2-digit" }),
    });
  if ((status.kind === "saved" || status.kind === "idle") && dirty) text = t("pending");
  if (status.kind === "invalid") {
    failed = true;
    text = t("notSaved", { reason: t("invalid", { field: fieldLabel(status.field) }) });
  }
  if (status.kind === "refused") {
    failed = true;
    text = t("notSaved", { reason: t(status.reason) });
  }
  return (
    <p role="status" aria-live="polite" className={`text-sm ${failed ? "font-medium text-accent" : "text-ink-muted"}`}>
      {text}
      {status.kind === "refused" && status.reason === "conflict" && articleId !== undefined && (
        <>
          {" "}
          <a href={`/admin/articles/${articleId}`} className="text-link underline">
            {t("loadCurrent")}
          </a>
        </>
      )}
    </p>
  );
}
