"use client";
/**
 * Choosing a password from a one-time link (reset or invitation). Outside the newsroom layout,
 * so the page passes its texts in. Works without JavaScript.
 */
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
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
      {state.errors.form && <Notice tone="error">{message(state.errors.form)}</Notice>}
      {(["password", "confirmation"] as const).map((field) => (
        <TextField
          key={field}
          name={field}
          label={labels[field]}
          type="password"
          autoComplete="new-password"
          required
          defaultValue={state.values[field]}
          hint={field === "password" ? labels.hint : undefined}
          error={message(state.errors[field])}
        />
      ))}
      <Button type="submit" variant="primary" disabled={pending} className="mt-2">
        {labels.submit}
      </Button>
    </form>
  );
}
