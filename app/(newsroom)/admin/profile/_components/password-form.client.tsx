"use client";
/** Changing one's own password: the current one first; other sessions end afterwards. */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "../actions";
import type { PasswordFormState } from "../form-state";
import { passwordMinLength } from "@/lib/validation/limits";

const inputClass = "rounded-sm border border-rule bg-paper-raised px-3 py-2 text-base";
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
      {changed && state.status === "idle" && (
        <p role="status" className="rounded-sm border border-emerald-700 px-4 py-3 font-medium">
          {t("password.changed")}
        </p>
      )}
      {state.errors.form && (
        <p role="alert" className="rounded-sm border border-accent px-4 py-3 font-medium text-accent">
          {t(`errors.${state.errors.form}`, { min: passwordMinLength })}
        </p>
      )}
      {fields.map((field) => {
        const error = state.errors[field.name];
        return (
          <label key={field.name} className="flex flex-col gap-1 font-medium">
            {t(`password.${field.name}`)}
            <input
              name={field.name}
              type="password"
              required
              autoComplete={field.autoComplete}
              defaultValue={state.values[field.name]}
              className={inputClass}
              {...(error ? { "aria-invalid": true, "aria-describedby": `password-${field.name}-error` } : {})}
            />
            {error && (
              <p id={`password-${field.name}-error`} className="text-sm font-medium text-accent">
                {t(`errors.${error}`, { min: passwordMinLength, minutes: state.retryMinutes ?? 15 })}
              </p>
            )}
          </label>
        );
      })}
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-sm bg-ink px-5 py-2 font-semibold text-paper hover:opacity-90 disabled:opacity-60"
        >
          {t("password.submit")}
        </button>
      </div>
    </form>
  );
}
