"use client";
/**
 * Creates a preview share link and shows it once, ready to copy. The token is never stored in
 * readable form anywhere else, so after this answer it cannot be shown again.
 */
import { useActionState, useId, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { refusalText } from "@/app/(newsroom)/admin/_components/refusal-notice";
import { createPreviewLinkAction } from "../workflow-actions";
import type { ShareLinkState } from "../workflow-state";

const lifetimes = ["1", "24", "168"] as const;

export function ShareLinkForm({ articleId }: { articleId: number }) {
  const t = useTranslations("workflow");
  const format = useFormatter();
  const [state, action, pending] = useActionState<ShareLinkState, FormData>(createPreviewLinkAction, {
    status: "idle",
  });
  const [copied, setCopied] = useState<string | null>(null);
  const lifetimeId = useId();
  const linkId = useId();

  return (
    <div className="flex flex-col gap-3">
      <form action={action} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="id" value={articleId} />
        <label htmlFor={lifetimeId} className="flex flex-col gap-1 text-sm font-medium">
          {t("preview.lifetimeLabel")}
          <select id={lifetimeId} name="hours" defaultValue="24" className={controlClass}>
            {lifetimes.map((hours) => (
              <option key={hours} value={hours}>
                {t(`preview.lifetime.${hours}`)}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" disabled={pending}>
          {pending ? t("preview.creating") : t("preview.create")}
        </Button>
      </form>
      {state.status === "error" && state.message && (
        <Notice tone="error" inline>
          {refusalText(t, state.message)}
        </Notice>
      )}
      {state.status === "created" && state.url && (
        <div className="flex flex-col gap-1" role="status">
          <label htmlFor={linkId} className="text-sm font-medium">
            {t("preview.createdLabel")}
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id={linkId}
              readOnly
              value={state.url}
              onFocus={(event) => event.currentTarget.select()}
              className="min-w-0 flex-1 rounded-sm border border-rule bg-paper px-3 py-2 font-mono text-sm"
            />
            <Button
              onClick={() => {
                if (!state.url) return;
                void navigator.clipboard?.writeText(state.url).then(() => setCopied(state.url ?? null));
              }}
            >
              {copied === state.url ? t("preview.copied") : t("preview.copy")}
            </Button>
          </div>
          {state.expiresAt && (
            <p className="text-sm text-ink-muted">
              {t("preview.createdNote", {
                time: format.dateTime(new Date(state.expiresAt), { dateStyle: "medium", timeStyle: "short" }),
              })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
