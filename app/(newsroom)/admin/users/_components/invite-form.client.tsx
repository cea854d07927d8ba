"use client";
/** Invites a colleague: name, email and role; answers with the invitation link, shown once. */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { roles } from "@/lib/roles";
import { inviteUserAction } from "../actions";
import type { InviteFormState } from "../form-state";
import { OneTimeLink } from "./one-time-link.client";
import { isCurrentInvitationLink } from "./pending-invitations.client";

/** `stillPending`: the pending invitations, so a link sent again or withdrawn since is not shown. */
export function InviteForm({ stillPending }: { stillPending: readonly { email: string; expiresAt: string }[] }) {
  const t = useTranslations("accounts");
  const tRoles = useTranslations("admin.roles");
  const [state, action, pending] = useActionState<InviteFormState, FormData>(inviteUserAction, {
    values: { name: "", email: "", role: "writer" },
    errors: {},
  });
  const error = (field: string) => (state.errors[field] ? t(`errors.${state.errors[field]}`) : undefined);

  return (
    <section aria-labelledby="invite-heading" className="mt-10 max-w-xl">
      <h2 id="invite-heading" className="text-xl font-semibold">
        {t("users.inviteTitle")}
      </h2>
      <p className="mt-1 text-sm text-ink-muted">{t("users.inviteIntro")}</p>
      {state.error && (
        <Notice tone="error" className="mt-4">
          {t(`errors.${state.error}`)}
        </Notice>
      )}
      {state.link && isCurrentInvitationLink(state.link, stillPending) && (
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
        <TextField
          id="invite-name"
          name="name"
          label={t("users.name")}
          required
          maxLength={120}
          defaultValue={state.values.name}
          error={error("name")}
        />
        <TextField
          id="invite-email"
          name="email"
          type="email"
          label={t("users.email")}
          required
          maxLength={320}
          defaultValue={state.values.email}
          error={error("email")}
        />
        <SelectField
          id="invite-role"
          name="role"
          label={t("users.role")}
          defaultValue={state.values.role}
          error={error("role")}
          options={roles.map((role) => ({ value: role, label: tRoles(role) }))}
        />
        <div>
          <Button type="submit" variant="primary" disabled={pending}>
            {t("users.inviteSubmit")}
          </Button>
        </div>
      </form>
    </section>
  );
}
