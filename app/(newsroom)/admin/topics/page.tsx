import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { listStaffTopics } from "@/db/queries/topics/manage";
import { defaultLocale, isLocale, localeNames, locales } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { RefusalNotice, refusalCode } from "@/app/(newsroom)/admin/_components/refusal-notice";

export const metadata: Metadata = { title: "Topics" };

const outcomes = ["created", "merged", "deleted"] as const;

export default async function TopicsPage({ searchParams }: PageProps<"/admin/topics">) {
  const user = await requireStaffPage("topic.manage");
  const t = await getTranslations("topics");
  const uiLocale = await getLocale();
  const locale = isLocale(uiLocale) ? uiLocale : defaultLocale;
  const rows = await listStaffTopics(user, locale);
  const query = await searchParams;
  const done = outcomes.find((o) => o === query.done);
  const error = refusalCode(query.error);
  const nameOf = (row: (typeof rows)[number]) =>
    row.names[locale]?.name ?? Object.values(row.names)[0]?.name ?? `#${row.id}`;

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          <Link prefetch={false} href="/admin/topics/new" className={buttonClass("primary")}>
            {t("new")}
          </Link>
        }
      />
      {done && (
        <Notice tone="success" className="mt-6">
          {t(`messages.${done}`)}
        </Notice>
      )}
      <RefusalNotice code={error} t={t} className="mt-6" />
      {rows.length === 0 ? (
        <p className="mt-6 text-ink-muted">{t("none")}</p>
      ) : (
        <DataTable
          className="mt-6"
          caption={t("title")}
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            {
              header: t("list.name"),
              cell: (row) => (
                <>
                  <Link
                    prefetch={false}
                    href={`/admin/topics/${row.id}`}
                    className="font-semibold text-link hover:underline"
                  >
                    {nameOf(row)}
                  </Link>
                  {locales
                    .filter((l) => l !== locale && row.names[l])
                    .map((l) => (
                      <span key={l} lang={l} className="block text-xs text-ink-muted">
                        {row.names[l]?.name} ·{" "}
                        <span className="font-mono">{paths.topic(l, row.names[l]?.slug ?? "")}</span>
                      </span>
                    ))}
                </>
              ),
            },
            {
              header: t("list.articles"),
              className: "tabular-nums sm:whitespace-nowrap",
              cell: (row) =>
                locales.map((l) => (
                  <span key={l} className="block">
                    {t("list.count", { language: localeNames[l], count: row.articleCounts[l] ?? 0 })}
                  </span>
                )),
            },
            {
              header: t("list.frontPage"),
              cell: (row) =>
                row.frontPagePosition === null ? (
                  <span className="text-ink-muted">{t("list.notOnFront")}</span>
                ) : (
                  t("list.position", { position: row.frontPagePosition })
                ),
            },
          ]}
        />
      )}
    </>
  );
}
