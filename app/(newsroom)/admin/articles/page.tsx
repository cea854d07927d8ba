import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { listArticlesForStaff } from "@/db/queries/articles/staff-reads";
import { articleStatuses, type ArticleStatus } from "@/lib/roles";
import { StatusBadge } from "@/components/newsroom/status-badge";
import { isLocale, localeNames } from "@/lib/locales";
import { formatSiteTime } from "@/lib/workflow/site-time";
import { siteTimeZone } from "@/server/site-time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("articles") };
}

export default async function ArticleListPage({ searchParams }: PageProps<"/admin/articles">) {
  const user = await requireStaffPage();
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const tWorkflow = await getTranslations("workflow");
  const uiLocale = await getLocale();
  const zone = siteTimeZone();
  const { status: rawStatus, done, error } = await searchParams;
  const status = articleStatuses.find((s) => s === rawStatus) as ArticleStatus | undefined;
  const rows = await listArticlesForStaff(user, { status });

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">{t("articles")}</h1>
        <Link
          prefetch={false}
          href="/admin/articles/new"
          className="rounded-sm bg-ink px-4 py-2 font-semibold text-paper hover:opacity-90"
        >
          {t("newArticle")}
        </Link>
      </div>
      {done === "deleted" && (
        <p role="status" className="mt-6 rounded-sm border border-emerald-700 px-4 py-3 text-sm font-medium">
          {t("delete.done")}
        </p>
      )}
      {error === "notFound" && (
        <p role="alert" className="mt-6 rounded-sm border border-accent px-4 py-3 text-sm font-medium text-accent">
          {t("errors.notFound")}
        </p>
      )}
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col gap-1 font-medium">
          {t("list.filter")}
          <select
            name="status"
            defaultValue={status ?? ""}
            className="rounded-sm border border-rule bg-paper-raised px-3 py-2"
          >
            <option value="">{t("list.all")}</option>
            {articleStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-sm border border-rule px-4 py-2 font-medium hover:border-ink">
          {t("list.apply")}
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="mt-10 text-ink-muted">{t("list.none")}</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full min-w-[640px] border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">
                  {t("list.title")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("list.language")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("list.status")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("list.authors")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("list.translations")}
                </th>
                <th scope="col" className="py-2">
                  {t("list.updated")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-rule align-top">
                  <td className="py-3 pr-4">
                    <Link
                      prefetch={false}
                      href={`/admin/articles/${row.id}`}
                      className="font-medium text-link hover:underline"
                    >
                      {row.title}
                    </Link>
                  </td>
                  <td className="py-3 pr-4 uppercase">{row.locale}</td>
                  <td className="py-3 pr-4">
                    <StatusBadge status={row.status} label={t(`status.${row.status}`)} />
                    {row.status === "scheduled" && row.scheduledPublishAt && (
                      <p className="mt-1 text-xs text-ink-muted">
                        {tWorkflow("list.scheduled", { time: formatSiteTime(row.scheduledPublishAt, uiLocale, zone) })}
                      </p>
                    )}
                    {row.scheduledUnpublishAt && (
                      <p className="mt-1 text-xs text-ink-muted">
                        {tWorkflow("list.unpublishAt", {
                          time: formatSiteTime(row.scheduledUnpublishAt, uiLocale, zone),
                        })}
                      </p>
                    )}
                  </td>
                  <td className="py-3 pr-4">{row.authorNames.join(", ")}</td>
                  <td className="py-3 pr-4 uppercase">
                    {row.translations.length === 0
                      ? "—"
                      : row.translations.map((tr, index) => (
                          <span key={tr.id}>
                            {index > 0 && ", "}
                            <Link
                              prefetch={false}
                              href={`/admin/articles/${tr.id}`}
                              className="text-link hover:underline"
                              aria-label={t("translate.open", {
                                language: isLocale(tr.locale) ? localeNames[tr.locale] : tr.locale,
                              })}
                            >
                              {tr.locale}
                            </Link>
                          </span>
                        ))}
                  </td>
                  <td className="py-3 whitespace-nowrap text-ink-muted">
                    <time dateTime={row.updatedAt.toISOString()}>
                      {format.dateTime(row.updatedAt, { dateStyle: "medium", timeStyle: "short" })}
                    </time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
