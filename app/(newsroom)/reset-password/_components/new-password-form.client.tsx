"use client";
/**
 * Choosing a password from a one-time link (reset or invitation). Outside the newsroom layout,
 * so the page passes its texts in. Works without JavaScript.
 */
import { useActionState } from "react";

import type { NewPasswordState } from "../form-state";

type Labels = { password: string; confirmation: string; hint: string; submit: string; errors: Record<string, string> };

export function NewPasswordForm({
  token,
  action: submit,
  labels,
}: {
  token: string;
  action: (previous: NewPasswordState, form: FormData) => Promise<NewPasswordState>;
  labels: Labels;
}) {
  const [state, action, pending] = useActionState<NewPasswordState, FormData>(submit, {
    values: { password: "", confirmation: "" },
    errors: {},
  });
  const message = (key: string | undefined) => (key ? (labels.errors[key] ?? labels.errors.invalid) : null);
  return (
    <form key={JSON.stringify(state)} action={action} className="mt-6 flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      {state.errors.form && (
        <p role="alert" className="rounded-sm border border-accent bg-paper px-3 py-2 text-sm text-accent">
          {message(state.errors.form)}
        </p>
      )}
      {(["password", "confirmation"] as const).map((field) => (
        <label key={field} className="flex flex-col gap-1 text-sm font-medium">
          {labels[field]}
          <input
            name={field}
            type="password"
            autoComplete="new-password"
            required
            defaultValue={state.values[field]}
            aria-describedby={
              state.errors[field] ? `${field}-error` : field === "password" ? "password-hint" : undefined
            }
            aria-invalid={state.errors[field] ? true : undefined}
            className="rounded-sm border border-rule bg-paper-raised px-3 py-2 text-base"
          />
          {field === "password" && (
            <span id="password-hint" className="font-normal text-ink-muted">
              {labels.hint}
            </span>
          )}
          {state.errors[field] && (
            <span id={`${field}-error`} className="font-medium text-accent">
              {message(state.errors[field])}
            </span>
          )}
        </label>
      ))}
      <button
        type="submit"
        disabled={pending}
        className="mt-2 rounded-sm bg-ink px-4 py-2.5 font-semibold text-paper hover:opacity-90 disabled:opacity-60"
      >
        {labels.submit}
      </button>
    </form>
  );
}
