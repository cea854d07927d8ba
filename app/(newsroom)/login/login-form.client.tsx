"use client";
import { useActionState } from "react";
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
          <p key={notice} role="status" className="rounded-sm border border-rule bg-paper-raised px-3 py-2 text-sm">
            {notice}
          </p>
        ))}
      {state.failed && (
        <p role="alert" className="rounded-sm border border-accent bg-paper px-3 py-2 text-sm text-accent">
          {state.lockedMinutes === 1
            ? labels.lockedOneMinute
            : state.lockedMinutes
              ? labels.locked.replace("{minutes}", String(state.lockedMinutes))
              : labels.failed}
        </p>
      )}
      <label className="flex flex-col gap-1 text-sm font-medium">
        {labels.email}
        <input
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          className="rounded-sm border border-rule bg-paper-raised px-3 py-2 text-base"
        />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {labels.password}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="rounded-sm border border-rule bg-paper-raised px-3 py-2 text-base"
        />
      </label>
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
