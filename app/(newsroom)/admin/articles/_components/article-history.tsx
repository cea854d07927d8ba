/**
 * The article's history as one timeline, newest first: who did what and when (in the site's
 * time zone), the editor's note on each send-back, and each run of edits linked to its diff.
 */
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { HistoryItem } from "@/db/queries/articles/history";
import { formatSiteTime } from "@/lib/workflow/site-time";
import { siteTimeZone } from "@/server/site-time";

export async function ArticleHistory({ articleId, items }: { articleId: number; items: HistoryItem[] }) {
  const t = await getTranslations("workflow.history");
  const locale = await getLocale();
  const zone = siteTimeZone();
  const when = (at: Date) => formatSiteTime(at, locale, zone);

  const what = (item: HistoryItem): string => {
    switch (item.kind) {
      case "edited":
        return t("edited", { count: item.saves });
      case "scheduled":
        return item.scheduledFor
          ? t(item.unpublication ? "scheduledUnpublish" : "scheduledPublish", { time: when(item.scheduledFor) })
          : t("scheduledPublish", { time: "—" });
      case "restored":
        return t("restored", { number: item.revision ?? "?" });
      default:
        return t(item.kind);
    }
  };
  const who = (item: HistoryItem) => (item.automatic ? t("automatic") : (item.actorName ?? t("unknownPerson")));

  return (
    <section aria-labelledby="history-heading" className="mt-10">
      <h2 id="history-heading" className="mb-1 text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="mb-4 text-sm text-ink-muted">{t("intro", { zone })}</p>
      {items.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("empty")}</p>
      ) : (
        <ol className="border-l-2 border-rule text-sm">
          {items.map((item, index) => (
            <li key={`${item.kind}-${item.at.getTime()}-${index}`} className="relative py-2 pl-5">
              <span aria-hidden="true" className="absolute top-3.5 -left-[5px] h-2 w-2 rounded-full bg-ink" />
              <p>
                <span className="font-semibold">{what(item)}</span> <span className="text-ink-muted">·</span>{" "}
                <span>{who(item)}</span> <span className="text-ink-muted">·</span>{" "}
                <time dateTime={item.at.toISOString()} className="text-ink-muted">
                  {when(item.at)}
                </time>
              </p>
              {item.kind === "sentBack" && item.note && (
                <blockquote className="mt-1 border-l-2 border-amber-600 pl-3 break-words whitespace-pre-line">
                  <span className="sr-only">{t("noteLabel")}: </span>
                  {item.note}
                </blockquote>
              )}
              {item.kind === "edited" && (
                <Link
                  prefetch={false}
                  href={`/admin/articles/${articleId}/revisions?from=${item.fromRevision}&to=${item.toRevision}`}
                  className="text-link hover:underline"
                >
                  {t("compare", { from: item.fromRevision, to: item.toRevision })}
                </Link>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
