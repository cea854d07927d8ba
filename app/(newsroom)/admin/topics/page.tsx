import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { listStaffTopics } from "@/db/queries/topics/manage";
import { defaultLocale, isLocale, localeNames, locales } from "@/lib/locales";
import { paths } from "@/lib/paths";

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
  const error = typeof query.error === "string" && /^[a-zA-Z]+$/.test(query.error) ? query.error : null;

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
          <p className="mt-2 max-w-2xl text-sm text-ink-muted">{t("intro")}</p>
        </div>
        <Link
          prefetch={false}
          href="/admin/topics/new"
          className="rounded-sm bg-ink px-4 py-2 text-sm font-semibold text-paper hover:opacity-90"
        >
          {t("new")}
        </Link>
      </div>
      {done && (
        <p role="status" className="mt-6 rounded-sm border border-emerald-700 px-4 py-3 text-sm font-medium">
          {t(`messages.${done}`)}
        </p>
      )}
      {error && (
        <p role="alert" className="mt-6 rounded-sm border border-accent px-4 py-3 text-sm font-medium text-accent">
          {t.has(`errors.${error}`) ? t(`errors.${error}`) : t("errors.invalid")}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="mt-6 text-ink-muted">{t("none")}</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">
                  {t("list.name")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("list.articles")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("list.frontPage")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const name = row.names[locale]?.name ?? Object.values(row.names)[0]?.name ?? `#${row.id}`;
                const others = locales.filter((l) => l !== locale && row.names[l]);
                return (
                  <tr key={row.id} className="border-b border-rule align-top">
                    <td className="py-3 pr-4">
                      <Link
                        prefetch={false}
                        href={`/admin/topics/${row.id}`}
                        className="font-semibold text-link hover:underline"
                      >
                        {name}
                      </Link>
                      {others.map((l) => (
                        <span key={l} lang={l} className="block text-xs text-ink-muted">
                          {row.names[l]?.name} ·{" "}
                          <span className="font-mono">{paths.topic(l, row.names[l]?.slug ?? "")}</span>
                        </span>
                      ))}
                    </td>
                    <td className="py-3 pr-4 whitespace-nowrap tabular-nums">
                      {locales.map((l) => (
                        <span key={l} className="block">
                          {t("list.count", { language: localeNames[l], count: row.articleCounts[l] ?? 0 })}
                        </span>
                      ))}
                    </td>
                    <td className="py-3 pr-4">
                      {row.frontPagePosition === null ? (
                        <span className="text-ink-muted">{t("list.notOnFront")}</span>
                      ) : (
                        t("list.position", { position: row.frontPagePosition })
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
