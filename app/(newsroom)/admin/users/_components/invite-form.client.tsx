"use client";
/** Invites a colleague: name, email and role; answers with the invitation link, shown once. */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { inviteUserAction } from "../actions";
import type { InviteFormState } from "../form-state";
import { roles } from "@/lib/roles";
import { OneTimeLink } from "./one-time-link.client";

const inputClass = "rounded-sm border border-rule bg-paper-raised px-3 py-2 text-base";

export function InviteForm() {
  const t = useTranslations("accounts");
  const tRoles = useTranslations("admin.roles");
  const [state, action, pending] = useActionState<InviteFormState, FormData>(inviteUserAction, {
    values: { name: "", email: "", role: "writer" },
    errors: {},
  });
  const error = (field: string) =>
    state.errors[field] ? (
      <p id={`invite-${field}-error`} className="text-sm font-medium text-accent">
        {t(`errors.${state.errors[field]}`)}
      </p>
    ) : null;
  const invalid = (field: string) =>
    state.errors[field] ? { "aria-invalid": true as const, "aria-describedby": `invite-${field}-error` } : {};

  return (
    <section aria-labelledby="invite-heading" className="mt-10 max-w-xl">
      <h2 id="invite-heading" className="text-xl font-semibold">
        {t("users.inviteTitle")}
      </h2>
      <p className="mt-1 text-sm text-ink-muted">{t("users.inviteIntro")}</p>
      {state.error && (
        <p role="alert" className="mt-4 rounded-sm border border-accent px-4 py-3 text-sm font-medium text-accent">
          {t(`errors.${state.error}`)}
        </p>
      )}
      {state.link && (
        <OneTimeLink
          url={state.link.url}
          expiresAt={state.link.expiresAt}
          label={t("users.inviteLinkFor", { email: state.link.email })}
        />
      )}
      {/* The key remounts the fields with what the server sent back. */}
      <form
        key={JSON.stringify(state.values) + (state.link?.url ?? "")}
        action={action}
        className="mt-4 grid gap-4 text-sm"
      >
        <label className="flex flex-col gap-1 font-medium">
          {t("users.name")}
          <input
            name="name"
            required
            maxLength={120}
            defaultValue={state.values.name}
            className={inputClass}
            {...invalid("name")}
          />
          {error("name")}
        </label>
        <label className="flex flex-col gap-1 font-medium">
          {t("users.email")}
          <input
            name="email"
            type="email"
            required
            maxLength={320}
            defaultValue={state.values.email}
            className={inputClass}
            {...invalid("email")}
          />
          {error("email")}
        </label>
        <label className="flex flex-col gap-1 font-medium">
          {t("users.role")}
          <select name="role" defaultValue={state.values.role} className={inputClass} {...invalid("role")}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {tRoles(role)}
              </option>
            ))}
          </select>
          {error("role")}
        </label>
        <div>
          <button
            type="submit"
            disabled={pending}
            className="rounded-sm bg-ink px-5 py-2 font-semibold text-paper hover:opacity-90 disabled:opacity-60"
          >
            {t("users.inviteSubmit")}
          </button>
        </div>
      </form>
    </section>
  );
}
