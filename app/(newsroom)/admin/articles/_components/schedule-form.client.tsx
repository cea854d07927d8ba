"use client";
/**
 * One scheduling form (publication or unpublication): a date and time in the site's zone. A
 * refused time stays in the field with the reason next to it. Works without JavaScript.
 */
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { controlClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { refusalText } from "@/app/(newsroom)/admin/_components/refusal-notice";
import { scheduleArticleAction } from "../workflow-actions";
import type { ScheduleFormState } from "../workflow-state";

export function ScheduleForm({
  articleId,
  kind,
  initialAt,
  rescheduling,
}: {
  articleId: number;
  kind: "publish" | "unpublish";
  /** The current scheduled time as an input value, or "". */
  initialAt: string;
  rescheduling: boolean;
}) {
  const t = useTranslations("workflow");
  const [state, action, pending] = useActionState<ScheduleFormState, FormData>(scheduleArticleAction, {
    status: "idle",
    at: initialAt,
  });
  const fieldId = useId();
  const errorId = `${fieldId}-error`;
  const failed = state.status === "error";
  const label = kind === "publish" ? t("schedule.publishAtLabel") : t("schedule.unpublishAtLabel");
  const button =
    kind === "publish"
      ? t(rescheduling ? "schedule.reschedulePublish" : "schedule.schedulePublish")
      : t(rescheduling ? "schedule.rescheduleUnpublish" : "schedule.scheduleUnpublish");
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="id" value={articleId} />
      <input type="hidden" name="kind" value={kind} />
      <label htmlFor={fieldId} className="text-sm font-medium">
        {label}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={fieldId}
          // A new answer resets the field to what it carries (the typed value after a refusal).
          key={`${state.status}-${state.at}`}
          type="datetime-local"
          name="at"
          step={1}
          required
          defaultValue={state.at}
          aria-invalid={failed}
          aria-describedby={failed ? errorId : undefined}
          className={`min-w-0 ${controlClass}`}
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded-sm bg-sky-800 px-4 py-2 text-sm font-semibold text-white hover:bg-sky-900 disabled:opacity-60"
        >
          {pending ? t("schedule.pending") : button}
        </button>
      </div>
      {failed && state.message && (
        <Notice tone="error" inline as="div" id={errorId}>
          <p>{refusalText(t, state.message)}</p>
          {state.problems && state.problems.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {state.problems.map((problem) => (
                <li key={problem}>{t.has(`checks.${problem}`) ? t(`checks.${problem}`) : problem}</li>
              ))}
            </ul>
          )}
        </Notice>
      )}
      {state.status === "saved" && state.message && (
        <Notice tone="success" inline>
          {t(`messages.${state.message}`)}
        </Notice>
      )}
    </form>
  );
}
