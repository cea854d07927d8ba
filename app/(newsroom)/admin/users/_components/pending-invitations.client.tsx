"use client";
/**
 * Invitations not yet accepted: who, which role, who invited and until when the link works.
 * "Send again" answers with a new link, shown once like a new invitation's (the old link stops
 * working); "Withdraw" asks first, then the link stops working. Works without JavaScript (the
 * withdrawal then goes through without the question).
 */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button.client";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { resendInvitationAction, revokeInvitationAction } from "../actions";
import type { ResendInvitationState } from "../form-state";
import { OneTimeLink } from "./one-time-link.client";

/** A row as the page formats it (dates and role already in the reader's language). */
export type InvitationRow = {
  id: number;
  name: string;
  email: string;
  role: string;
  invitedBy: string | null;
  expires: string;
  /** ISO 8601, to tell whether a link shown on the screen is still this invitation's. */
  expiresAt: string;
  expired: boolean;
};

/**
 * Whether a link shown once is still the one that works: its invitation is pending with the same
 * expiry. A link sent again or withdrawn since is no longer offered for copying.
 */
export function isCurrentInvitationLink(
  link: { email: string; expiresAt: string },
  pending: readonly { email: string; expiresAt: string }[],
): boolean {
  return pending.some((row) => row.email === link.email && row.expiresAt === link.expiresAt);
}

export function PendingInvitations({ rows }: { rows: InvitationRow[] }) {
  const t = useTranslations("accounts");
  const [state, resend, pending] = useActionState<ResendInvitationState, FormData>(resendInvitationAction, {});

  return (
    <section aria-labelledby="invitations-heading" className="mt-10">
      <h2 id="invitations-heading" className="text-xl font-semibold">
        {t("invitations.title")}
      </h2>
      <p className="mt-1 max-w-prose text-sm text-ink-muted">{t("invitations.intro")}</p>
      {state.error && (
        <Notice tone="error" className="mt-4 max-w-xl">
          {t.has(`errors.${state.error}`) ? t(`errors.${state.error}`) : t("errors.invalid")}
        </Notice>
      )}
      {state.link && isCurrentInvitationLink(state.link, rows) && (
        <div className="max-w-xl">
          <OneTimeLink
            url={state.link.url}
            expiresAt={state.link.expiresAt}
            label={t("users.inviteLinkFor", { email: state.link.email })}
          />
        </div>
      )}
      {rows.length === 0 ? (
        <p className="mt-4 text-sm">{t("invitations.none")}</p>
      ) : (
        <DataTable
          className="mt-4"
          caption={t("invitations.title")}
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            {
              header: t("users.name"),
              rowHeader: true,
              cell: (row) => (
                <>
                  <span className="font-medium">{row.name}</span>
                  <span className="block break-all text-ink-muted">{row.email}</span>
                </>
              ),
            },
            { header: t("users.role"), cell: (row) => row.role },
            { header: t("invitations.invitedBy"), cell: (row) => row.invitedBy ?? t("invitations.formerStaff") },
            {
              header: t("invitations.expires"),
              cell: (row) =>
                row.expired ? (
                  <span className="font-medium text-accent">{t("invitations.expired", { when: row.expires })}</span>
                ) : (
                  row.expires
                ),
            },
            {
              header: t("invitations.actions"),
              cell: (row) => (
                <div className="flex flex-wrap gap-2 sm:py-0 max-sm:pt-1">
                  <form action={resend}>
                    <input type="hidden" name="id" value={row.id} />
                    <Button type="submit" size="sm" disabled={pending}>
                      {t("invitations.resend")}
                      <span className="sr-only"> {t("invitations.toWhom", { email: row.email })}</span>
                    </Button>
                  </form>
                  <form action={revokeInvitationAction}>
                    <input type="hidden" name="id" value={row.id} />
                    <ConfirmButton
                      size="sm"
                      title={t("invitations.revokeTitle")}
                      message={t("invitations.revokeMessage", { name: row.name, email: row.email })}
                      confirmLabel={t("invitations.revoke")}
                      cancelLabel={t("confirm.cancel")}
                    >
                      {t("invitations.revoke")}
                      <span className="sr-only"> {t("invitations.toWhom", { email: row.email })}</span>
                    </ConfirmButton>
                  </form>
                </div>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
