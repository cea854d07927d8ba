import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTimeZone, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { listAuditActors, listAuditEntries, type AuditFilters } from "@/db/queries/audit/entries";
import { auditActions, isAuditAction } from "@/lib/audit-actions";
import { readAuditDates } from "@/lib/validation/audit-dates";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { SelectField, TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Audit log" };

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
  if (/^[1-9]\d{0,9}$/.test(actorText)) filters.actorId = Number(actorText);
  if (isAuditAction(actionText)) filters.action = actionText;
  const dates = readAuditDates(fromText, toText, timeZone);
  if (dates.from) filters.from = dates.from;
  if (dates.until) filters.until = dates.until;
  const dateProblem = (field: "from" | "to") =>
    dates.problems.includes(field)
      ? t("errors.notADay")
      : dates.problems.includes("reversed")
        ? t("errors.reversedField")
        : undefined;

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
  const targetLabel = (entry: (typeof result.items)[number]) =>
    !entry.targetType
      ? "—"
      : entry.targetType === "settings"
        ? t("types.settings")
        : t("target", {
            type: t.has(`types.${entry.targetType}`) ? t(`types.${entry.targetType}`) : entry.targetType,
            id: entry.targetId ?? "",
          });

  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />

      <form
        method="get"
        action="/admin/audit"
        className="mt-6 grid gap-4 text-sm sm:grid-cols-2 lg:grid-cols-5 lg:items-start"
      >
        <SelectField
          name="actor"
          label={t("filters.actor")}
          defaultValue={actorText}
          options={actors.map((a) => ({ value: a.id, label: a.label }))}
        >
          <option value="">{t("filters.anyone")}</option>
        </SelectField>
        <SelectField
          name="action"
          label={t("filters.action")}
          defaultValue={actionText}
          options={auditActions.map((action) => ({ value: action, label: t(`actions.${action}`) }))}
        >
          <option value="">{t("filters.anything")}</option>
        </SelectField>
        {(["from", "to"] as const).map((field) => {
          const typed = field === "from" ? fromText : toText;
          const wrong = dates.problems.includes(field);
          return (
            <TextField
              key={field}
              // A date input shows nothing for a value that is not a real day: a text field
              // keeps exactly what was typed, to correct.
              type={wrong ? "text" : "date"}
              name={field}
              label={t(`filters.${field}`)}
              defaultValue={typed}
              placeholder={wrong ? t("filters.dayFormat") : undefined}
              error={dateProblem(field)}
            />
          );
        })}
        {/* Level with the fields, below their labels, whatever messages the fields show. */}
        <div className="flex gap-3 lg:pt-6">
          <Button type="submit" variant="primary">
            {t("filters.apply")}
          </Button>
          <Link prefetch={false} href="/admin/audit" className="self-center text-link hover:underline">
            {t("filters.clear")}
          </Link>
        </div>
      </form>
      {dates.problems.length > 0 && (
        <Notice tone="error" as="div" className="mt-4">
          <p>{t("errors.summary")}</p>
          <ul className="mt-1 list-disc pl-5">
            {dates.problems.map((problem) => (
              <li key={problem}>
                {problem === "reversed"
                  ? t("errors.reversed", { from: fromText, to: toText })
                  : t(`errors.${problem}`, { typed: problem === "from" ? fromText : toText })}
              </li>
            ))}
          </ul>
        </Notice>
      )}

      <p className="mt-6 text-sm text-ink-muted" role="status">
        {t("count", { count: result.total })}
      </p>
      {result.items.length > 0 && (
        <DataTable
          className="mt-2"
          caption={t("title")}
          rows={result.items}
          rowKey={(entry) => entry.id}
          columns={[
            {
              header: t("columns.time"),
              className: "text-ink-muted sm:whitespace-nowrap sm:text-ink",
              cell: (entry) => (
                <time dateTime={entry.occurredAt.toISOString()}>
                  {format.dateTime(entry.occurredAt, { dateStyle: "medium", timeStyle: "medium" })}
                </time>
              ),
            },
            {
              header: t("columns.actor"),
              cell: (entry) => (
                <>
                  {entry.actorName ?? (entry.actorLabel || <span className="text-ink-muted">{t("anonymous")}</span>)}
                  {entry.actorName && <span className="block text-xs text-ink-muted">{entry.actorLabel}</span>}
                </>
              ),
            },
            { header: t("columns.action"), cell: (entry) => actionLabel(entry.action) },
            {
              header: t("columns.target"),
              className: "sm:whitespace-nowrap",
              cell: (entry) => {
                const href = entry.targetExists ? targetHref(entry.targetType, entry.targetId) : null;
                const target = targetLabel(entry);
                return href ? (
                  <Link prefetch={false} href={href} className="text-link hover:underline">
                    {target}
                  </Link>
                ) : (
                  target
                );
              },
            },
            { header: t("columns.summary"), className: "break-words", cell: (entry) => entry.summary },
          ]}
        />
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
