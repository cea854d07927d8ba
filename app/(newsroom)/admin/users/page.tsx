import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { InviteForm } from "@/components/newsroom/accounts/invite-form";
import { listUsers } from "@/db/queries/accounts/user-admin";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts.users");
  return { title: t("title") };
}

export default async function UsersPage({ searchParams }: PageProps<"/admin/users">) {
  const user = await requireStaffPage("user.manage");
  const t = await getTranslations("accounts");
  const tRoles = await getTranslations("admin.roles");
  const format = await getFormatter();
  const rows = await listUsers(user);
  const { error: rawError } = await searchParams;
  const error = typeof rawError === "string" && /^[a-zA-Z]+$/.test(rawError) ? rawError : null;

  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{t("users.title")}</h1>
      <p className="mt-2 text-sm text-ink-muted">{t("users.intro")}</p>
      {error && (
        <p role="alert" className="mt-6 rounded-sm border border-accent px-4 py-3 text-sm font-medium text-accent">
          {t.has(`errors.${error}`) ? t(`errors.${error}`) : t("errors.invalid")}
        </p>
      )}
      <div className="mt-6 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("users.title")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {t("users.name")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("users.role")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("users.state")}
              </th>
              <th scope="col" className="py-2">
                {t("users.lastSignIn")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-rule align-top">
                <td className="py-3 pr-4">
                  <Link
                    prefetch={false}
                    href={`/admin/users/${row.id}`}
                    className="font-medium text-link hover:underline"
                  >
                    {row.name}
                  </Link>
                  <span className="block break-all text-ink-muted">{row.email}</span>
                </td>
                <td className="py-3 pr-4">{tRoles(row.role)}</td>
                <td className="py-3 pr-4">
                  {row.active ? (
                    t("users.active")
                  ) : (
                    <span className="font-medium text-accent">{t("users.inactive")}</span>
                  )}
                  {row.recentFailures > 0 && (
                    <span className="block text-accent">{t("users.underAttack", { count: row.recentFailures })}</span>
                  )}
                </td>
                <td className="py-3">
                  {row.lastSignInAt
                    ? format.dateTime(row.lastSignInAt, { dateStyle: "medium", timeStyle: "short" })
                    : t("users.never")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <InviteForm />
    </>
  );
}
