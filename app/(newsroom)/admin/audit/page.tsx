import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTimeZone, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { listAuditActors, listAuditEntries, type AuditFilters } from "@/db/queries/audit/entries";
import { auditActions, isAuditAction } from "@/lib/audit-actions";
import { nextDay, startOfDayIn } from "@/lib/zoned-day";

export const metadata: Metadata = { title: "Audit log" };

const inputClass = "rounded-sm border border-rule bg-paper-raised px-3 py-2";

/** Where an entry's target lives in the newsroom, if it has a screen. */
function targetHref(type: string, id: string | null): string | null {
  if (type === "settings") return "/admin/settings";
  if (!id) return null;
  if (type === "article") return `/admin/articles/${id}`;
  if (type === "topic") return `/admin/topics/${id}`;
  if (type === "user") return `/admin/users/${id}`;
  if (type === "media") return `/admin/media/${id}`;
  return null;
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  const user = await requireStaffPage("audit.read");
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const timeZone = await getTimeZone();
  const query = await searchParams;

  const actorText = one(query.actor);
  const actionText = one(query.action);
  const fromText = one(query.from);
  const toText = one(query.to);
  const pageNumber = /^[1-9]\d{0,5}$/.test(one(query.page)) ? Number(one(query.page)) : 1;

  const filters: AuditFilters = {};
  const problems: string[] = [];
  if (/^[1-9]\d{0,9}$/.test(actorText)) filters.actorId = Number(actorText);
  if (isAuditAction(actionText)) filters.action = actionText;
  if (fromText) {
    const from = startOfDayIn(fromText, timeZone);
    if (from) filters.from = from;
    else problems.push(t("errors.from"));
  }
  if (toText) {
    const until = startOfDayIn(nextDay(toText), timeZone);
    if (until && /^\d{4}-\d{2}-\d{2}$/.test(toText)) filters.until = until;
    else problems.push(t("errors.to"));
  }

  const [result, actors] = await Promise.all([listAuditEntries(user, filters, pageNumber), listAuditActors(user)]);
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (actorText) params.set("actor", actorText);
    if (actionText) params.set("action", actionText);
    if (fromText) params.set("from", fromText);
    if (toText) params.set("to", toText);
    if (page > 1) params.set("page", String(page));
    const search = params.toString();
    return search ? `/admin/audit?${search}` : "/admin/audit";
  };
  const actionLabel = (action: string) => (isAuditAction(action) ? t(`actions.${action}`) : action);

  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-2xl text-sm text-ink-muted">{t("intro")}</p>

      <form
        method="get"
        action="/admin/audit"
        className="mt-6 grid gap-4 text-sm sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
      >
        <label className="flex flex-col gap-1 font-medium">
          {t("filters.actor")}
          <select name="actor" defaultValue={actorText} className={inputClass}>
            <option value="">{t("filters.anyone")}</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 font-medium">
          {t("filters.action")}
          <select name="action" defaultValue={actionText} className={inputClass}>
            <option value="">{t("filters.anything")}</option>
            {auditActions.map((action) => (
              <option key={action} value={action}>
                {t(`actions.${action}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 font-medium">
          {t("filters.from")}
          <input type="date" name="from" defaultValue={fromText} className={inputClass} />
        </label>
        <label className="flex flex-col gap-1 font-medium">
          {t("filters.to")}
          <input type="date" name="to" defaultValue={toText} className={inputClass} />
        </label>
        <div className="flex gap-3">
          <button type="submit" className="rounded-sm bg-ink px-4 py-2 font-semibold text-paper hover:opacity-90">
            {t("filters.apply")}
          </button>
          <Link prefetch={false} href="/admin/audit" className="self-center text-link hover:underline">
            {t("filters.clear")}
          </Link>
        </div>
      </form>
      {problems.length > 0 && (
        <p role="alert" className="mt-4 rounded-sm border border-accent px-4 py-3 text-sm font-medium text-accent">
          {problems.join(" ")}
        </p>
      )}

      <p className="mt-6 text-sm text-ink-muted" role="status">
        {t("count", { count: result.total })}
      </p>
      {result.items.length > 0 && (
        <div className="mt-2">
          <table className="block w-full border-collapse text-left text-sm sm:table">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="hidden sm:table-header-group">
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">
                  {t("columns.time")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columns.actor")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columns.action")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columns.target")}
                </th>
                <th scope="col" className="py-2">
                  {t("columns.summary")}
                </th>
              </tr>
            </thead>
            <tbody className="block sm:table-row-group">
              {result.items.map((entry) => {
                const href = entry.targetExists ? targetHref(entry.targetType, entry.targetId) : null;
                const target = !entry.targetType
                  ? "—"
                  : entry.targetType === "settings"
                    ? t("types.settings")
                    : t("target", {
                        type: t.has(`types.${entry.targetType}`) ? t(`types.${entry.targetType}`) : entry.targetType,
                        id: entry.targetId ?? "",
                      });
                return (
                  <tr key={entry.id} className="block border-b border-rule py-2 align-top sm:table-row sm:py-0">
                    <td className="block py-0.5 pr-4 text-ink-muted sm:table-cell sm:py-3 sm:whitespace-nowrap sm:text-ink">
                      <time dateTime={entry.occurredAt.toISOString()}>
                        {format.dateTime(entry.occurredAt, { dateStyle: "medium", timeStyle: "medium" })}
                      </time>
                    </td>
                    <td className="block py-0.5 pr-4 sm:table-cell sm:py-3">
                      {entry.actorName ??
                        (entry.actorLabel || <span className="text-ink-muted">{t("anonymous")}</span>)}
                      {entry.actorName && <span className="block text-xs text-ink-muted">{entry.actorLabel}</span>}
                    </td>
                    <td className="block py-0.5 pr-4 font-semibold sm:table-cell sm:py-3 sm:font-normal">
                      {actionLabel(entry.action)}
                    </td>
                    <td className="block py-0.5 pr-4 sm:table-cell sm:py-3 sm:whitespace-nowrap">
                      {href ? (
                        <Link prefetch={false} href={href} className="text-link hover:underline">
                          {target}
                        </Link>
                      ) : (
                        target
                      )}
                    </td>
                    <td className="block py-0.5 break-words sm:table-cell sm:py-3">{entry.summary}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {result.pageCount > 1 && (
        <nav aria-label={t("pagination")} className="mt-6 flex items-center justify-between text-sm">
          {result.page > 1 ? (
            <Link prefetch={false} href={pageHref(result.page - 1)} className="text-link hover:underline">
              ← {t("newer")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-ink-muted">{t("pageOf", { page: result.page, pages: result.pageCount })}</span>
          {result.page < result.pageCount ? (
            <Link prefetch={false} href={pageHref(result.page + 1)} className="text-link hover:underline">
              {t("older")} →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
