import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { listArticlesForStaff } from "@/db/queries/articles/staff-reads";
import { articleStatuses, type ArticleStatus } from "@/lib/roles";
import { StatusBadge } from "@/components/newsroom/status-badge";
import { Button, buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { SelectField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { isLocale, localeNames } from "@/lib/locales";
import { Notice } from "@/components/ui/notice";
import { formatSiteTime } from "@/lib/workflow/site-time";
import { siteTimeZone } from "@/server/site-time";
import { ArticleTitleLink } from "./_components/article-title-link";
import { commentCountsByArticle } from "@/db/queries/comments/moderation";
import { ArticleCommentCount } from "../comments/_components/article-comment-count";

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
  // Reader comments per article: a separate query over the listed ids.
  const commentCounts = await commentCountsByArticle(rows.map((row) => row.id));
  const tComments = await getTranslations("comments");

  return (
    <>
      <PageHeader
        title={t("articles")}
        actions={
          <Link prefetch={false} href="/admin/articles/new" className={buttonClass("primary")}>
            {t("newArticle")}
          </Link>
        }
      />
      {done === "deleted" && (
        <Notice tone="success" className="mt-6">
          {t("delete.done")}
        </Notice>
      )}
      {error === "notFound" && (
        <Notice tone="error" className="mt-6">
          {t("errors.notFound")}
        </Notice>
      )}
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3 text-sm">
        <SelectField
          name="status"
          label={t("list.filter")}
          defaultValue={status ?? ""}
          options={articleStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        >
          <option value="">{t("list.all")}</option>
        </SelectField>
        <Button type="submit">{t("list.apply")}</Button>
      </form>
      {rows.length === 0 ? (
        <p className="mt-10 text-ink-muted">{t("list.none")}</p>
      ) : (
        <DataTable
          className="mt-6"
          caption={t("articles")}
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            {
              header: t("list.title"),
              cell: (row) => <ArticleTitleLink id={row.id} title={row.title} />,
            },
            { header: t("list.language"), cell: (row) => row.locale, className: "uppercase" },
            {
              header: t("list.status"),
              cell: (row) => (
                <>
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
                </>
              ),
            },
            { header: t("list.authors"), cell: (row) => row.authorNames.join(", ") },
            {
              header: t("list.translations"),
              className: "uppercase",
              cell: (row) =>
                row.translations.length === 0
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
                    )),
            },
            {
              header: tComments("listColumn"),
              cell: (row) => <ArticleCommentCount articleId={row.id} counts={commentCounts.get(row.id)} />,
            },
            {
              header: t("list.updated"),
              className: "text-ink-muted sm:whitespace-nowrap",
              cell: (row) => (
                <time dateTime={row.updatedAt.toISOString()}>
                  {format.dateTime(row.updatedAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
