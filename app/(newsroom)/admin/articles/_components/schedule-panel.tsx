/**
 * The article page's workflow panel: what is scheduled (in the site's time zone, shown with the
 * zone), and for editors the controls to schedule, move or cancel a publication or an
 * unpublication. Writers see the schedule but no controls.
 */
import { getLocale, getTranslations } from "next-intl/server";
import { cancelScheduleAction } from "../workflow-actions";
import type { StaffUser } from "@/db/queries/types";
import { getArticleWorkflow } from "@/db/queries/articles/workflow";
import { can } from "@/lib/permissions";
import { ScheduleForm } from "./schedule-form.client";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";
import { formatSiteTime, toLocalInputValue } from "@/lib/workflow/site-time";
import { siteTimeZone } from "@/server/site-time";

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
        <Notice tone="success" inline className="mt-2">
          {t(`messages.${shownNotice}`)}
        </Notice>
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
            <ScheduleColumn
              articleId={articleId}
              kind="publish"
              at={scheduledPublishAt}
              zone={zone}
              rescheduling={status === "scheduled"}
              cancelLabel={status === "scheduled" ? t("schedule.cancelPublish") : null}
            />
          )}
          {canScheduleUnpublish && (
            <ScheduleColumn
              articleId={articleId}
              kind="unpublish"
              at={scheduledUnpublishAt}
              zone={zone}
              rescheduling={scheduledUnpublishAt !== null}
              cancelLabel={scheduledUnpublishAt ? t("schedule.cancelUnpublish") : null}
            />
          )}
        </div>
      )}
    </section>
  );
}

/** One kind of scheduled change: its form and, when one is set, the button that cancels it. */
function ScheduleColumn({
  articleId,
  kind,
  at,
  zone,
  rescheduling,
  cancelLabel,
}: {
  articleId: number;
  kind: "publish" | "unpublish";
  at: Date | null;
  zone: string;
  rescheduling: boolean;
  cancelLabel: string | null;
}) {
  return (
    <div className="flex flex-col gap-3">
      <ScheduleForm
        articleId={articleId}
        kind={kind}
        initialAt={at ? toLocalInputValue(at, zone, true) : ""}
        rescheduling={rescheduling}
      />
      {cancelLabel && (
        <form action={cancelScheduleAction}>
          <input type="hidden" name="id" value={articleId} />
          <input type="hidden" name="kind" value={kind} />
          <Button type="submit" variant="danger" size="sm">
            {cancelLabel}
          </Button>
        </form>
      )}
    </div>
  );
}
