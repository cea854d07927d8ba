import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { listRedirects } from "@/db/queries/site/redirects";
import { localeNames, locales } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { addRedirectAction, removeRedirectAction } from "./actions";
import { Notice } from "@/components/ui/notice";
import { RefusalNotice, refusalCode } from "@/app/(newsroom)/admin/_components/refusal-notice";

export const metadata: Metadata = { title: "Redirects" };

export default async function RedirectsPage({ searchParams }: PageProps<"/admin/redirects">) {
  const user = await requireStaffPage("redirect.manage");
  const t = await getTranslations("admin");
  const rows = await listRedirects(user);
  const query = await searchParams;
  const done = query.done === "added" || query.done === "removed" ? query.done : null;
  const error = refusalCode(query.error);

  return (
    <>
      <PageHeader title={t("redirects.title")} description={t("redirects.intro")} />
      {done && (
        <Notice tone="success" className="mt-6">
          {t(`redirects.${done}`)}
        </Notice>
      )}
      <RefusalNotice code={error} t={t} className="mt-6" />

      {rows.length === 0 ? (
        <p className="mt-6 text-ink-muted">{t("redirects.none")}</p>
      ) : (
        <DataTable
          className="mt-6"
          caption={t("redirects.title")}
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            {
              header: t("redirects.from"),
              className: "font-mono break-all",
              cell: (row) => paths.article(row.locale, row.fromSlug),
            },
            {
              header: t("redirects.to"),
              cell: (row) =>
                row.toArticleId !== null ? (
                  <Link
                    prefetch={false}
                    href={`/admin/articles/${row.toArticleId}`}
                    className="text-link hover:underline"
                  >
                    {t("redirects.article", { id: row.toArticleId, title: row.toArticleTitle ?? "" })}
                  </Link>
                ) : (
                  <span className="font-mono break-all">{row.toPath}</span>
                ),
            },
            {
              header: t("redirects.kind"),
              cell: (row) => t(row.permanent ? "redirects.permanentYes" : "redirects.permanentNo"),
            },
            {
              header: t("redirects.actions"),
              cell: (row) => (
                <form action={removeRedirectAction}>
                  <input type="hidden" name="id" value={row.id} />
                  <Button
                    type="submit"
                    variant="danger"
                    size="sm"
                    aria-label={t("redirects.remove", { from: paths.article(row.locale, row.fromSlug) })}
                  >
                    ×
                  </Button>
                </form>
              ),
            },
          ]}
        />
      )}

      <h2 className="mt-10 mb-3 text-xl font-semibold">{t("redirects.add")}</h2>
      <form action={addRedirectAction} className="grid max-w-xl gap-4 text-sm">
        <SelectField
          name="locale"
          label={t("redirects.language")}
          options={locales.map((l) => ({ value: l, label: localeNames[l] }))}
        />
        <TextField name="fromSlug" label={t("redirects.fromSlug")} required className="font-mono" />
        <TextField name="toArticleId" label={t("redirects.toArticle")} inputMode="numeric" />
        <TextField name="toPath" label={t("redirects.toPath")} className="font-mono" />
        <CheckboxField name="permanent" label={t("redirects.permanent")} defaultChecked />
        <div>
          <Button type="submit" variant="primary">
            {t("redirects.submit")}
          </Button>
        </div>
      </form>
    </>
  );
}
