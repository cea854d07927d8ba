import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { ResetLinkForm } from "../_components/reset-link-form.client";
import { getUserForAdmin } from "@/db/queries/accounts/user-admin";
import { roles } from "@/lib/roles";
import { changeRoleAction, deactivateUserAction, reactivateUserAction } from "../actions";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button.client";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/field";
import { RefusalNotice, refusalCode } from "@/app/(newsroom)/admin/_components/refusal-notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts.users");
  return { title: t("title") };
}

const outcomes = ["roleChanged", "deactivated", "reactivated"] as const;

export default async function UserPage({ params, searchParams }: PageProps<"/admin/users/[id]">) {
  const actor = await requireStaffPage("user.manage");
  const { id: rawId } = await params;
  const id = Number(rawId);
  if (!/^\d{1,9}$/.test(rawId) || id <= 0) notFound();
  const user = await getUserForAdmin(actor, id);
  if (!user) notFound();
  const t = await getTranslations("accounts");
  const tRoles = await getTranslations("admin.roles");
  const format = await getFormatter();
  const query = await searchParams;
  const done = outcomes.find((o) => o === query.done);
  const error = refusalCode(query.error);
  const isSelf = actor.id === user.id;

  return (
    <>
      <PageHeader title={user.name} back={{ href: "/admin/users", label: `← ${t("users.title")}` }}>
        <p className="mt-1 break-all text-ink-muted">{user.email}</p>
      </PageHeader>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t("users.role")}</dt>
        <dd>{tRoles(user.role)}</dd>
        <dt className="font-medium">{t("users.state")}</dt>
        <dd>
          {user.active ? t("users.active") : t("users.inactive")}
          {user.recentFailures > 0 && ` · ${t("user.underAttack", { count: user.recentFailures })}`}
        </dd>
        <dt className="font-medium">{t("users.lastSignIn")}</dt>
        <dd>
          {user.lastSignInAt
            ? format.dateTime(user.lastSignInAt, { dateStyle: "medium", timeStyle: "short" })
            : t("users.never")}
        </dd>
      </dl>

      {done && (
        <Notice tone="success" className="mt-6">
          {t(`user.${done}`)}
        </Notice>
      )}
      <RefusalNotice code={error} t={t} className="mt-6" />

      <section aria-labelledby="role-heading" className="mt-8 max-w-xl">
        <h2 id="role-heading" className="text-xl font-semibold">
          {t("user.roleTitle")}
        </h2>
        <p className="mt-1 text-sm text-ink-muted">{t("user.roleIntro")}</p>
        <form action={changeRoleAction} className="mt-3 flex flex-wrap items-end gap-3 text-sm">
          <input type="hidden" name="id" value={user.id} />
          <SelectField
            name="role"
            label={t("user.newRole")}
            defaultValue={user.role}
            options={roles.map((role) => ({ value: role, label: tRoles(role) }))}
          />
          <Button type="submit" variant="primary">
            {t("user.roleSubmit")}
          </Button>
        </form>
      </section>

      <section aria-labelledby="access-heading" className="mt-8 max-w-xl">
        <h2 id="access-heading" className="text-xl font-semibold">
          {t("user.accessTitle")}
        </h2>
        {user.active ? (
          <>
            <p className="mt-1 text-sm text-ink-muted">
              {t(isSelf ? "user.deactivateSelfIntro" : "user.deactivateIntro")}
            </p>
            <form action={deactivateUserAction} className="mt-3">
              <input type="hidden" name="id" value={user.id} />
              <ConfirmButton
                title={t("user.deactivateTitle", { name: user.name })}
                message={t(isSelf ? "user.deactivateSelfConfirm" : "user.deactivateConfirm", {
                  name: user.name,
                  email: user.email,
                })}
                confirmLabel={t("user.deactivate")}
                cancelLabel={t("confirm.cancel")}
              >
                {t("user.deactivate")}
              </ConfirmButton>
            </form>
          </>
        ) : (
          <>
            <p className="mt-1 text-sm text-ink-muted">{t("user.reactivateIntro")}</p>
            <form action={reactivateUserAction} className="mt-3">
              <input type="hidden" name="id" value={user.id} />
              <Button type="submit" variant="primary">
                {t("user.reactivate")}
              </Button>
            </form>
          </>
        )}
      </section>

      {user.active && (
        <section aria-labelledby="reset-heading" className="mt-8 max-w-xl">
          <h2 id="reset-heading" className="text-xl font-semibold">
            {t("user.resetTitle")}
          </h2>
          <p className="mt-1 mb-3 text-sm text-ink-muted">{t("user.resetIntro")}</p>
          <ResetLinkForm userId={user.id} name={user.name} />
        </section>
      )}
    </>
  );
}
