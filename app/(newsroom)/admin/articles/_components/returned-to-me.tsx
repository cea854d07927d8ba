/**
 * The dashboard's section for a writer: their articles an editor sent back, each with the
 * editor's note, until they resubmit it. Nothing at all when there are none.
 */
import { getLocale, getTranslations } from "next-intl/server";
import type { StaffUser } from "@/db/queries/types";
import { listReturnedToMe } from "@/db/queries/articles/return-notes";
import { formatSiteTime } from "@/lib/workflow/site-time";
import { siteTimeZone } from "@/server/site-time";
import { ArticleTitleLink } from "./article-title-link";

export async function ReturnedToMe({ user, className = "" }: { user: StaffUser; className?: string }) {
  const items = await listReturnedToMe(user);
  if (items.length === 0) return null;
  const t = await getTranslations("workflow.sendBack");
  const locale = await getLocale();
  const zone = siteTimeZone();
  return (
    <section
      aria-labelledby="returned-heading"
      className={`rounded-sm border border-l-4 border-amber-600 bg-paper-raised p-4 sm:p-5 ${className}`}
    >
      <h2 id="returned-heading" className="mb-3 text-lg font-semibold">
        {t("dashboardTitle", { count: items.length })}
      </h2>
      <ul className="divide-y divide-rule text-sm">
        {items.map((item) => (
          <li key={item.id} className="py-3">
            <ArticleTitleLink id={item.id} title={item.title} />
            <span className="block text-xs text-ink-muted">
              {t("dashboardBy", { name: item.authorName ?? t("someone") })} ·{" "}
              <time dateTime={item.createdAt.toISOString()}>{formatSiteTime(item.createdAt, locale, zone)}</time>
            </span>
            <blockquote className="mt-1 border-l-2 border-rule pl-3 break-words whitespace-pre-line">
              {item.note}
            </blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}
