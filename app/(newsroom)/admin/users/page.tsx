import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { InviteForm } from "./_components/invite-form.client";
import { PendingInvitations } from "./_components/pending-invitations.client";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { listPendingInvitations } from "@/db/queries/accounts/invitations";
import { listUsers } from "@/db/queries/accounts/user-admin";
import { RefusalNotice, refusalCode } from "@/app/(newsroom)/admin/_components/refusal-notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts.users");
  return { title: t("title") };
}

export default async function UsersPage({ searchParams }: PageProps<"/admin/users">) {
  const user = await requireStaffPage("user.manage");
  const t = await getTranslations("accounts");
  const tRoles = await getTranslations("admin.roles");
  const format = await getFormatter();
  const [rows, invitations] = await Promise.all([listUsers(user), listPendingInvitations(user)]);
  const { error: rawError, done } = await searchParams;
  const error = refusalCode(rawError);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const pending = invitations.map((invitation) => ({
    email: invitation.email,
    expiresAt: invitation.expiresAt.toISOString(),
  }));

  return (
    <>
      <PageHeader title={t("users.title")} description={t("users.intro")} />
      <RefusalNotice code={error} t={t} className="mt-6" />
      {done === "invitationRevoked" && (
        <Notice tone="success" className="mt-6">
          {t("invitations.revoked")}
        </Notice>
      )}
      <DataTable
        className="mt-6"
        caption={t("users.title")}
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          {
            header: t("users.name"),
            cell: (row) => (
              <>
                <Link
                  prefetch={false}
                  href={`/admin/users/${row.id}`}
                  className="font-medium text-link hover:underline"
                >
                  {row.name}
                </Link>
                <span className="block break-all text-ink-muted">{row.email}</span>
              </>
            ),
          },
          { header: t("users.role"), cell: (row) => tRoles(row.role) },
          {
            header: t("users.state"),
            cell: (row) => (
              <>
                {row.active ? (
                  t("users.active")
                ) : (
                  <span className="font-medium text-accent">{t("users.inactive")}</span>
                )}
                {row.recentFailures > 0 && (
                  <span className="block text-accent">{t("users.underAttack", { count: row.recentFailures })}</span>
                )}
              </>
            ),
          },
          {
            header: t("users.lastSignIn"),
            cell: (row) => (row.lastSignInAt ? when(row.lastSignInAt) : t("users.never")),
          },
        ]}
      />
      <PendingInvitations
        rows={invitations.map((invitation) => ({
          id: invitation.id,
          name: invitation.name,
          email: invitation.email,
          role: tRoles(invitation.role),
          invitedBy: invitation.invitedBy,
          expires: when(invitation.expiresAt),
          expiresAt: invitation.expiresAt.toISOString(),
          expired: invitation.expired,
        }))}
      />
      <InviteForm stillPending={pending} />
    </>
  );
}
