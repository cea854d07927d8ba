"use client";
/** Creates a one-time password-reset link for one account and shows it once. */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createResetLinkAction } from "../actions";
import type { ResetLinkState } from "../form-state";
import { OneTimeLink } from "./one-time-link.client";

export function ResetLinkForm({ userId, name }: { userId: number; name: string }) {
  const t = useTranslations("accounts");
  const [state, action, pending] = useActionState<ResetLinkState, FormData>(createResetLinkAction, {});
  return (
    <div>
      <form action={action}>
        <input type="hidden" name="id" value={userId} />
        <button
          type="submit"
          disabled={pending}
          className="rounded-sm border border-ink px-4 py-2 font-medium hover:bg-paper-raised disabled:opacity-60"
        >
          {t("user.resetLinkSubmit")}
        </button>
      </form>
      {state.error && (
        <p role="alert" className="mt-3 text-sm font-medium text-accent">
          {t(`errors.${state.error}`)}
        </p>
      )}
      {state.link && (
        <OneTimeLink url={state.link.url} expiresAt={state.link.expiresAt} label={t("user.resetLinkFor", { name })} />
      )}
    </div>
  );
}
