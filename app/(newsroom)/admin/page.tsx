import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import {
  listMostReadArticles,
  listRecentActivity,
  listScheduledItems,
  listWaitingArticles,
} from "@/db/queries/articles/dashboard";
import { listAccountsUnderAttack } from "@/db/queries/accounts/user-admin";
import { can } from "@/lib/permissions";
import { isAuditAction } from "@/lib/audit-actions";
import { isLocale, localeNames } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { flushReadCounts } from "@/server/read-counter";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { ArticleTitleLink } from "./articles/_components/article-title-link";
import { WaitingComments } from "./comments/_components/waiting-comments";
import { ReturnedToMe } from "./articles/_components/returned-to-me";

export const metadata: Metadata = { title: "Dashboard" };

const sectionClass = "rounded-sm border border-rule bg-paper-raised p-4 sm:p-5";
const headingClass = "mb-3 text-lg font-semibold";

export default async function DashboardPage({ searchParams }: PageProps<"/admin">) {
  const user = await requireStaffPage();
  const t = await getTranslations("dashboard");
  const tAudit = await getTranslations("audit");
  const tAdmin = await getTranslations("admin");
  const format = await getFormatter();
  const denied = (await searchParams).denied === "1";
  // Reads counted by this instance but not yet written: include them in the chart.
  await flushReadCounts();
  const [waiting, scheduled, activity, mostRead, underAttack] = await Promise.all([
    listWaitingArticles(user),
    listScheduledItems(user),
    listRecentActivity(user),
    listMostReadArticles(user),
    can(user.role, "user.manage") ? listAccountsUnderAttack(user) : [],
  ]);
  const when = (at: Date | null) =>
    at ? (
      <time dateTime={at.toISOString()}>{format.dateTime(at, { dateStyle: "medium", timeStyle: "short" })}</time>
    ) : (
      "—"
    );
  const language = (locale: string) => (isLocale(locale) ? localeNames[locale] : locale);
  const maxReads = Math.max(1, ...mostRead.map((a) => a.reads));

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("greeting", { name: user.name })}
        actions={
          can(user.role, "article.create") && (
            <Link prefetch={false} href="/admin/articles/new" className={buttonClass("primary")}>
              {tAdmin("newArticle")}
            </Link>
          )
        }
      />
      {denied && (
        <Notice tone="error" className="mt-4">
          {t("denied")}
        </Notice>
      )}
      {underAttack.length > 0 && (
        <section
          aria-labelledby="under-attack-heading"
          className="mt-4 rounded-sm border border-accent px-4 py-3 text-sm"
        >
          <h2 id="under-attack-heading" className="font-semibold text-accent">
            {t("underAttack.title")}
          </h2>
          <p className="mt-1">{t("underAttack.body")}</p>
          <ul className="mt-2 list-disc pl-5">
            {underAttack.map((account) => (
              <li key={account.id}>
                <Link prefetch={false} href={`/admin/users/${account.id}`} className="text-link hover:underline">
                  {t("underAttack.item", { name: account.name, count: account.failures })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <WaitingComments user={user} />
      {/* Articles an editor sent back to this person, with the editor's note. */}
      <ReturnedToMe user={user} className="mt-6" />
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="waiting-heading" className={sectionClass}>
          <h2 id="waiting-heading" className={headingClass}>
            {waiting.scope === "review"
              ? t("waiting.review", { count: waiting.total })
              : t("waiting.own", { count: waiting.total })}
          </h2>
          {waiting.items.length === 0 ? (
            <p className="text-sm text-ink-muted">
              {waiting.scope === "review" ? t("waiting.reviewNone") : t("waiting.ownNone")}
            </p>
          ) : (
            <ul className="divide-y divide-rule text-sm">
              {waiting.items.map((a) => (
                <li key={a.id} className="py-2">
                  <ArticleTitleLink id={a.id} title={a.title} />
                  <span className="block text-xs text-ink-muted">
                    {t(`status.${a.status}`)} · {language(a.locale)}
                    {a.authorName && ` · ${a.authorName}`} · {when(a.at)}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {waiting.scope === "review" && waiting.total > 0 && (
            <p className="mt-3 text-sm">
              <Link prefetch={false} href="/admin/review" className="text-link hover:underline">
                {t("waiting.openQueue")} →
              </Link>
            </p>
          )}
        </section>

        <section aria-labelledby="scheduled-heading" className={sectionClass}>
          <h2 id="scheduled-heading" className={headingClass}>
            {t("scheduled.title")}
          </h2>
          {scheduled.length === 0 ? (
            <p className="text-sm text-ink-muted">{t("scheduled.none")}</p>
          ) : (
            <ul className="divide-y divide-rule text-sm">
              {scheduled.map((a) => (
                <li key={`${a.id}-${a.change}`} className="py-2">
                  <ArticleTitleLink id={a.id} title={a.title} />
                  <span className="block text-xs text-ink-muted">
                    {t(`scheduled.${a.change}`)} {when(a.at)} · {language(a.locale)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="most-read-heading" className={`${sectionClass} lg:col-span-2`}>
          <h2 id="most-read-heading" className={headingClass}>
            {t("mostRead.title")}
          </h2>
          {mostRead.length === 0 ? (
            <p className="text-sm text-ink-muted">{t("mostRead.none")}</p>
          ) : (
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t("mostRead.caption")}</caption>
              <thead>
                <tr className="border-b border-ink">
                  <th scope="col" className="py-2 pr-3">
                    {t("mostRead.article")}
                  </th>
                  <th scope="col" className="w-1/3 py-2 pr-3 text-right">
                    {t("mostRead.reads")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {mostRead.map((a) => (
                  <tr key={a.id} className="border-b border-rule align-middle">
                    <th scope="row" className="py-2 pr-3 font-normal">
                      {a.status === "published" ? (
                        <a href={paths.article(a.locale, a.slug)} className="text-link hover:underline">
                          {a.title}
                        </a>
                      ) : (
                        a.title
                      )}
                      <span className="ml-1 text-xs text-ink-muted">({a.locale})</span>
                    </th>
                    <td className="py-2 pr-3">
                      <div className="flex items-center justify-end gap-2">
                        <span aria-hidden="true" className="hidden h-3 flex-1 sm:block">
                          <span
                            className="block h-3 rounded-sm bg-accent"
                            style={{ width: `${Math.max(2, Math.round((a.reads / maxReads) * 100))}%` }}
                          />
                        </span>
                        <span className="w-14 text-right tabular-nums">{format.number(a.reads)}</span>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        {activity && (
          <section aria-labelledby="activity-heading" className={`${sectionClass} lg:col-span-2`}>
            <h2 id="activity-heading" className={headingClass}>
              {t("activity.title")}
            </h2>
            {activity.length === 0 ? (
              <p className="text-sm text-ink-muted">{t("activity.none")}</p>
            ) : (
              <ul className="divide-y divide-rule text-sm">
                {activity.map((entry) => (
                  <li key={entry.id} className="py-2">
                    <span className="font-medium">
                      {isAuditAction(entry.action) ? tAudit(`actions.${entry.action}`) : entry.action}
                    </span>{" "}
                    <span className="text-ink-muted">
                      · {entry.actorName ?? (entry.actorLabel || tAudit("anonymous"))} · {when(entry.occurredAt)}
                    </span>
                    <span className="block break-words">{entry.summary}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
      </div>
    </>
  );
}
