/**
 * The article page's workflow panel: what is scheduled (in the site's time zone, shown with the
 * zone), and for editors the controls to schedule, move or cancel a publication or an
 * unpublication. Writers see the schedule but no controls.
 */
import { getLocale, getTranslations } from "next-intl/server";
import { cancelScheduleAction } from "@/app/(newsroom)/admin/articles/workflow-actions";
import type { StaffUser } from "@/db/queries/types";
import { getArticleWorkflow } from "@/db/queries/articles/workflow";
import { can } from "@/lib/permissions";
import { formatSiteTime, toLocalInputValue } from "@/lib/workflow/site-time";
import { siteTimeZone } from "@/server/site-time";
import { ScheduleForm } from "./schedule-form";

const notices = ["unscheduled", "unpublishUnscheduled", "linkRevoked"] as const;

export async function SchedulePanel({
  articleId,
  user,
  notice,
}: {
  articleId: number;
  user: StaffUser;
  /** `?workflow=` after a cancel or revoke, naming what was done. */
  notice?: string | string[];
}) {
  const workflow = await getArticleWorkflow(user, articleId);
  if (!workflow) return null;
  const t = await getTranslations("workflow");
  const locale = await getLocale();
  const zone = siteTimeZone();
  const show = (date: Date) => formatSiteTime(date, locale, zone);
  const mayPublish = can(user.role, "article.publish");
  const { status, scheduledPublishAt, scheduledUnpublishAt, submittedAt } = workflow;
  const canSchedulePublish = ["draft", "review", "unpublished", "scheduled"].includes(status);
  const canScheduleUnpublish = status === "published" || status === "scheduled";
  const shownNotice = notices.find((n) => n === notice);

  return (
    <section
      aria-labelledby="schedule-heading"
      className="mb-6 rounded-sm border border-rule bg-paper-raised px-4 py-4 sm:px-5"
    >
      <h2 id="schedule-heading" className="font-serif text-xl font-bold">
        {t("schedule.heading")}
      </h2>
      {shownNotice && (
        <p role="status" className="mt-2 text-sm font-medium text-emerald-800 dark:text-emerald-300">
          {t(`messages.${shownNotice}`)}
        </p>
      )}
      <div className="mt-2 space-y-1 text-sm">
        {status === "review" && submittedAt && <p>{t("schedule.submittedAt", { time: show(submittedAt) })}</p>}
        {status === "scheduled" && scheduledPublishAt && (
          <p className="font-semibold">{t("schedule.scheduledFor", { time: show(scheduledPublishAt) })}</p>
        )}
        {scheduledUnpublishAt && (
          <p className="font-semibold">{t("schedule.unpublishFor", { time: show(scheduledUnpublishAt) })}</p>
        )}
        {status !== "scheduled" && !scheduledUnpublishAt && (
          <p className="text-ink-muted">{t("schedule.nothingScheduled")}</p>
        )}
        <p className="text-ink-muted">{t("schedule.zoneNote", { zone })}</p>
      </div>
      {!mayPublish ? (
        <p className="mt-3 text-sm text-ink-muted">{t("schedule.editorsOnly")}</p>
      ) : (
        <div className="mt-4 grid gap-6 md:grid-cols-2">
          {canSchedulePublish && (
            <div className="flex flex-col gap-3">
              <ScheduleForm
                articleId={articleId}
                kind="publish"
                initialAt={scheduledPublishAt ? toLocalInputValue(scheduledPublishAt, zone, true) : ""}
                rescheduling={status === "scheduled"}
              />
              {status === "scheduled" && (
                <form action={cancelScheduleAction}>
                  <input type="hidden" name="id" value={articleId} />
                  <input type="hidden" name="kind" value="publish" />
                  <button
                    type="submit"
                    className="rounded-sm border border-accent px-3 py-1.5 text-sm font-semibold text-accent"
                  >
                    {t("schedule.cancelPublish")}
                  </button>
                </form>
              )}
            </div>
          )}
          {canScheduleUnpublish && (
            <div className="flex flex-col gap-3">
              <ScheduleForm
                articleId={articleId}
                kind="unpublish"
                initialAt={scheduledUnpublishAt ? toLocalInputValue(scheduledUnpublishAt, zone, true) : ""}
                rescheduling={scheduledUnpublishAt !== null}
              />
              {scheduledUnpublishAt && (
                <form action={cancelScheduleAction}>
                  <input type="hidden" name="id" value={articleId} />
                  <input type="hidden" name="kind" value="unpublish" />
                  <button
                    type="submit"
                    className="rounded-sm border border-accent px-3 py-1.5 text-sm font-semibold text-accent"
                  >
                    {t("schedule.cancelUnpublish")}
                  </button>
                </form>
              )}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
