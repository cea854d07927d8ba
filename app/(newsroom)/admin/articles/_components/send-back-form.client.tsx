"use client";
/**
 * "Send back" with a note for the writer, behind a disclosure so a queue of articles stays
 * compact. Works without JavaScript (a plain form post); a refused note comes back as typed,
 * with the disclosure open and the reason beside the field.
 */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { returnNoteMaxLength } from "@/lib/workflow/return-note";
import { sendBackArticleAction } from "../workflow-actions";
import type { SendBackState } from "../workflow-state";

export function SendBackForm({
  articleId,
  title,
  from,
  className = "",
}: {
  articleId: number;
  /** The article's headline, to name it for screen readers in a list of several. */
  title: string;
  /** Where the answer shows: the review queue, or the article page. */
  from: "review" | "article";
  className?: string;
}) {
  const t = useTranslations("workflow");
  const [state, action, pending] = useActionState<SendBackState, FormData>(sendBackArticleAction, {
    status: "idle",
    note: "",
  });
  const error = state.message
    ? t.has(`sendBack.errors.${state.message}`)
      ? t(`sendBack.errors.${state.message}`)
      : t.has(`errors.${state.message}`)
        ? t(`errors.${state.message}`)
        : t("errors.invalid")
    : undefined;
  const fieldId = `send-back-note-${articleId}`;

  return (
    <details className={`group ${className}`} open={state.status === "error" || undefined}>
      <summary
        className="w-fit cursor-pointer rounded-sm border border-rule px-3 py-1.5 text-sm font-semibold select-none hover:bg-paper-raised"
        aria-label={t("sendBack.openLabel", { title })}
      >
        {t("sendBack.open")}
      </summary>
      <form action={action} className="mt-3 grid max-w-xl gap-3" noValidate>
        <input type="hidden" name="id" value={articleId} />
        <input type="hidden" name="from" value={from} />
        <TextAreaField
          // Remounts with what the server sent back after a refusal.
          key={`${state.status}-${state.note}`}
          id={fieldId}
          name="note"
          label={t("sendBack.noteLabel")}
          hint={t("sendBack.noteHint", { max: returnNoteMaxLength })}
          defaultValue={state.note}
          rows={3}
          maxLength={returnNoteMaxLength}
          required
          error={error}
        />
        <div>
          <Button type="submit" disabled={pending} aria-label={t("sendBack.submitLabel", { title })}>
            {t("sendBack.submit")}
          </Button>
        </div>
      </form>
    </details>
  );
}
