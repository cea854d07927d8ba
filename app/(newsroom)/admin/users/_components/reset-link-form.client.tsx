"use client";
/** Creates a one-time password-reset link for one account and shows it once. */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
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
        <Button type="submit" disabled={pending}>
          {t("user.resetLinkSubmit")}
        </Button>
      </form>
      {state.error && (
        <Notice tone="error" inline className="mt-3">
          {t(`errors.${state.error}`)}
        </Notice>
      )}
      {state.link && (
        <OneTimeLink url={state.link.url} expiresAt={state.link.expiresAt} label={t("user.resetLinkFor", { name })} />
      )}
    </div>
  );
}
