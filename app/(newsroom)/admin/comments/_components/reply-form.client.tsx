"use client";
/** The newsroom's reply to a comment; what was typed stays on a refusal. */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormNotice } from "@/components/ui/form-notice";
import { commentLimits } from "@/lib/comments/limits";
import type { ReplyFormState } from "../form-state";

export function ReplyForm({
  action,
  commentId,
}: {
  action: (previous: ReplyFormState, form: FormData) => Promise<ReplyFormState>;
  commentId: number;
}) {
  const t = useTranslations("comments");
  const [state, formAction, pending] = useActionState(action, {
    status: "idle",
    message: null,
    values: { commentId: String(commentId), body: "" },
  });
  const failed = state.status === "error" && state.message;
  return (
    <form action={formAction} className="mt-6 flex max-w-2xl flex-col gap-4">
      <FormNotice
        state={state}
        success={(key) => t(`reply.${key}`)}
        failure={(key) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.invalid"))}
      />
      <input type="hidden" name="commentId" value={commentId} />
      <TextAreaField
        key={state.status === "saved" ? "sent" : "typing"}
        name="body"
        label={t("reply.body")}
        defaultValue={state.values.body}
        error={failed && state.message?.startsWith("reply") ? t(`errors.${state.message}`) : undefined}
        rows={5}
        maxLength={commentLimits.bodyMaxLength}
        required
      />
      <div>
        <Button type="submit" variant="primary" disabled={pending}>
          {t("reply.submit")}
        </Button>
      </div>
    </form>
  );
}
