"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { signInAction, type SignInState } from "./actions";

type Labels = {
  email: string;
  password: string;
  submit: string;
  failed: string;
  /** "Too many failed attempts. Try again in {minutes} minutes." with {minutes} left in. */
  locked: string;
  lockedOneMinute: string;
  notices: string[];
};

/** Works without JavaScript: the form posts to the server action either way. */
export function LoginForm({ labels }: { labels: Labels }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { failed: false, email: "" });
  return (
    <form action={action} className="mt-6 flex flex-col gap-4">
      {!state.failed &&
        labels.notices.map((notice) => (
          <Notice key={notice} tone="info" className="bg-paper-raised">
            {notice}
          </Notice>
        ))}
      {state.failed && (
        <Notice tone="error">
          {state.lockedMinutes === 1
            ? labels.lockedOneMinute
            : state.lockedMinutes
              ? labels.locked.replace("{minutes}", String(state.lockedMinutes))
              : labels.failed}
        </Notice>
      )}
      <TextField
        name="email"
        label={labels.email}
        type="email"
        autoComplete="username"
        required
        defaultValue={state.email}
      />
      <TextField name="password" label={labels.password} type="password" autoComplete="current-password" required />
      <Button type="submit" variant="primary" disabled={pending} className="mt-2">
        {labels.submit}
      </Button>
    </form>
  );
}
