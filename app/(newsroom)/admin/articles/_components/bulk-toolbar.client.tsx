"use client";
/**
 * The article list's bulk actions: the selected rows' check boxes (in the table, tied to this
 * form by its id) are sent with the button pressed. Unpublish and delete ask first in a dialog;
 * without JavaScript the answer asks instead, listing the articles. After a run the summary says,
 * per article, what was done or why it was refused. Works without JavaScript (the select-all box
 * appears only with it).
 */
import { useActionState, useEffect, useId, useRef, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button.client";
import { controlClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { BulkOperation } from "@/db/queries/articles/bulk";
import { bulkArticlesAction } from "../bulk-actions";
import type { BulkLine, BulkState } from "../bulk-state";

/** The check boxes of the rows, wherever they sit in the page. */
function rowBoxes(formId: string): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][form="${formId}"][name="items"]`)];
}

const noSubscription = () => () => undefined;

const knownReasons = new Set([
  "forbidden",
  "notFound",
  "badTransition",
  "publishChecks",
  "conflict",
  "deletePublished",
  "altTextMissing",
  "invalid",
]);

export function BulkToolbar({
  formId,
  mayPublish,
  topics,
}: {
  formId: string;
  mayPublish: boolean;
  topics: readonly { id: number; name: string }[];
}) {
  const t = useTranslations("articleList.bulk");
  const tChecks = useTranslations("workflow.checks");
  const [state, action, pending] = useActionState<BulkState, FormData>(bulkArticlesAction, { status: "idle" });
  // True once the page runs script (false in the server's HTML): select-all needs it.
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const selectAll = useRef<HTMLInputElement>(null);
  const legendId = useId();
  const topicId = useId();
  // After a run the rows show their new state; the selection is cleared so nothing is re-sent.
  useEffect(() => {
    if (state.status !== "done") return;
    for (const box of rowBoxes(formId)) box.checked = false;
    if (selectAll.current) selectAll.current.checked = false;
  }, [state, formId]);

  const operationLabel = (operation: BulkOperation) => t(operation);
  const reasonText = (line: BulkLine) => {
    const reason = line.reason && knownReasons.has(line.reason) ? line.reason : "other";
    const problems = line.problems.map((problem) => tChecks(problem)).join("; ");
    return problems ? `${t(`reasons.${reason}`)}: ${problems}` : t(`reasons.${reason}`);
  };

  return (
    <section aria-labelledby={legendId} className="mt-6 rounded-sm border border-rule bg-paper-raised p-4">
      <h2 id={legendId} className="text-base font-semibold">
        {t("legend")}
      </h2>
      <p className="mt-1 text-sm text-ink-muted">{t("hint")}</p>
      <form id={formId} action={action} className="mt-3 flex flex-wrap items-end gap-3">
        {scripted && (
          <label className="flex min-h-10 items-center gap-2 text-sm font-medium">
            <input
              ref={selectAll}
              type="checkbox"
              className="size-4"
              onChange={(event) => {
                for (const box of rowBoxes(formId)) box.checked = event.currentTarget.checked;
              }}
            />
            {t("selectAll")}
          </label>
        )}
        <Button type="submit" size="sm" name="operation" value="submit" disabled={pending}>
          {t("submit")}
        </Button>
        {mayPublish && (
          <>
            <Button type="submit" size="sm" name="operation" value="publish" disabled={pending}>
              {t("publish")}
            </Button>
            <ConfirmButton
              size="sm"
              name="operation"
              value="unpublish"
              confirmField="confirmed"
              disabled={pending}
              title={t("confirmUnpublishTitle")}
              message={t("confirmUnpublish")}
              confirmLabel={t("confirmUnpublishButton")}
              cancelLabel={t("cancel")}
            >
              {t("unpublish")}
            </ConfirmButton>
          </>
        )}
        <ConfirmButton
          size="sm"
          name="operation"
          value="delete"
          confirmField="confirmed"
          disabled={pending}
          title={t("confirmDeleteTitle")}
          message={t("confirmDelete")}
          confirmLabel={t("confirmDeleteButton")}
          cancelLabel={t("cancel")}
        >
          {t("delete")}
        </ConfirmButton>
        <span className="flex flex-wrap items-end gap-2">
          <span className="flex flex-col gap-1">
            <label htmlFor={topicId} className="text-sm font-medium">
              {t("topic")}
            </label>
            <select id={topicId} name="topicId" defaultValue="" className={`${controlClass} py-1.5 text-sm`}>
              <option value="">{t("chooseTopic")}</option>
              {topics.map((topic) => (
                <option key={topic.id} value={topic.id}>
                  {topic.name}
                </option>
              ))}
            </select>
          </span>
          <Button type="submit" size="sm" name="operation" value="addTopic" disabled={pending}>
            {t("addTopic")}
          </Button>
        </span>
      </form>
      <div aria-live="polite">
        {pending && <p className="mt-3 text-sm text-ink-muted">{t("pending")}</p>}
        {state.status === "error" && (
          <Notice tone="error" className="mt-3">
            {t(`errors.${state.message}`)}
          </Notice>
        )}
        {state.status === "confirm" && (
          <form action={action} className="mt-3 rounded-sm border border-accent p-3 text-sm">
            <p className="font-semibold">{t("confirmAgain", { operation: operationLabel(state.operation) })}</p>
            <ul className="mt-2 list-disc pl-5">
              {state.items.map((item) => (
                <li key={item.id}>
                  {item.title}
                  <input type="hidden" name="items" value={`${item.id}:${item.version}`} />
                </li>
              ))}
            </ul>
            <input type="hidden" name="confirmed" value="yes" />
            <Button type="submit" variant="danger" size="sm" name="operation" value={state.operation} className="mt-3">
              {t(state.operation === "delete" ? "confirmDeleteButton" : "confirmUnpublishButton")}
            </Button>
          </form>
        )}
        {state.status === "done" && (
          <BulkSummary state={state} operationLabel={operationLabel} reasonText={reasonText} />
        )}
      </div>
    </section>
  );
}

function BulkSummary({
  state,
  operationLabel,
  reasonText,
}: {
  state: Extract<BulkState, { status: "done" }>;
  operationLabel: (operation: BulkOperation) => string;
  reasonText: (line: BulkLine) => string;
}) {
  const t = useTranslations("articleList.bulk.summary");
  const done = state.lines.filter((line) => line.result === "done").length;
  const refused = state.lines.filter((line) => line.result === "refused").length;
  return (
    <Notice tone={refused ? "warning" : "success"} as="div" role={null} className="mt-3">
      <p>{t("title", { operation: operationLabel(state.operation), done, refused })}</p>
      <ul className="mt-2 flex flex-col gap-1 font-normal">
        {state.lines.map((line) => (
          <li key={line.id}>
            <span className="font-semibold">{t(line.result)}</span>
            {" — "}
            {line.title ? <q>{line.title}</q> : t("unknownArticle", { id: line.id })}
            {line.locale && <span className="uppercase"> ({line.locale})</span>}
            {line.result === "refused" && `: ${reasonText(line)}`}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
