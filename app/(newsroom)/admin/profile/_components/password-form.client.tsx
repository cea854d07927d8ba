"use client";
/** Changing one's own password: the current one first; other sessions end afterwards. */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { passwordMinLength } from "@/lib/validation/limits";
import { changePasswordAction } from "../actions";
import type { PasswordFormState } from "../form-state";

const fields = [
  { name: "currentPassword", autoComplete: "current-password" },
  { name: "password", autoComplete: "new-password" },
  { name: "confirmation", autoComplete: "new-password" },
] as const;

/** `changed`: the page was reached right after a successful change. */
export function PasswordForm({ changed }: { changed: boolean }) {
  const t = useTranslations("accounts");
  const [state, action, pending] = useActionState<PasswordFormState, FormData>(changePasswordAction, {
    status: "idle",
    values: { currentPassword: "", password: "", confirmation: "" },
    errors: {},
  });
  return (
    <form key={JSON.stringify(state)} action={action} className="mt-4 grid max-w-md gap-4 text-sm">
      {changed && state.status === "idle" && <Notice tone="success">{t("password.changed")}</Notice>}
      {state.errors.form && (
        <Notice tone="error">{t(`errors.${state.errors.form}`, { min: passwordMinLength })}</Notice>
      )}
      {fields.map((field) => {
        const error = state.errors[field.name];
        return (
          <TextField
            key={field.name}
            id={`password-${field.name}`}
            name={field.name}
            label={t(`password.${field.name}`)}
            type="password"
            required
            autoComplete={field.autoComplete}
            defaultValue={state.values[field.name]}
            error={error && t(`errors.${error}`, { min: passwordMinLength, minutes: state.retryMinutes ?? 15 })}
          />
        );
      })}
      <div>
        <Button type="submit" variant="primary" disabled={pending}>
          {t("password.submit")}
        </Button>
      </div>
    </form>
  );
}
