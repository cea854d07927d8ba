/**
 * The editor's note on an article sent back to its writer, shown on the article until the
 * writer resubmits it (db/queries/articles/return-notes.ts clears it then).
 */
import { getLocale, getTranslations } from "next-intl/server";
import type { ReturnNote } from "@/db/queries/articles/return-notes";
import { formatSiteTime } from "@/lib/workflow/site-time";
import { siteTimeZone } from "@/server/site-time";

export async function ReturnNoteNotice({ note, className = "" }: { note: ReturnNote; className?: string }) {
  const t = await getTranslations("workflow.sendBack");
  const locale = await getLocale();
  return (
    <section
      aria-labelledby="return-note-heading"
      className={`rounded-sm border border-l-4 border-amber-600 px-4 py-3 text-sm ${className}`}
    >
      <h2 id="return-note-heading" className="font-semibold">
        {t("noticeTitle", { name: note.authorName ?? t("someone") })}
      </h2>
      <p className="mt-1 text-ink-muted">
        <time dateTime={note.createdAt.toISOString()}>{formatSiteTime(note.createdAt, locale, siteTimeZone())}</time>
      </p>
      <blockquote className="mt-2 border-l-2 border-rule pl-3 break-words whitespace-pre-line">{note.note}</blockquote>
      <p className="mt-2 text-ink-muted">{t("noticeHelp")}</p>
    </section>
  );
}
