import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { reviewDecisionAction } from "@/app/(newsroom)/admin/articles/workflow-actions";
import { listReviewQueue } from "@/db/queries/articles/workflow";
import { isLocale, localeNames } from "@/lib/locales";
import { can } from "@/lib/permissions";
import { buttonClass } from "@/components/ui/button";
import { SendBackForm } from "@/app/(newsroom)/admin/articles/_components/send-back-form.client";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { formatSiteTime } from "@/lib/workflow/site-time";
import { siteTimeZone } from "@/server/site-time";
import { RefusalNotice, refusalCode } from "@/app/(newsroom)/admin/_components/refusal-notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workflow.review");
  return { title: t("title") };
}

const doneMessages = ["published", "returned"] as const;

/** The editors' review queue: articles in review, oldest submission first. */
export default async function ReviewQueuePage({ searchParams }: PageProps<"/admin/review">) {
  const user = await requireStaffPage();
  const t = await getTranslations("workflow");
  const locale = await getLocale();
  const zone = siteTimeZone();
  const query = await searchParams;
  const done = doneMessages.find((d) => d === query.done);
  const error = refusalCode(query.error);
  const mayDecide = can(user.role, "article.publish");
  const items = await listReviewQueue(user);

  return (
    <>
      <PageHeader title={t("review.title")} description={t("review.intro")}>
        {!mayDecide && <p className="mt-2 text-sm text-ink-muted">{t("review.editorsOnly")}</p>}
      </PageHeader>
      {done && (
        <Notice tone="success" className="mt-4">
          {t(`review.${done}`)}
        </Notice>
      )}
      <RefusalNotice code={error} t={t} className="mt-4" />
      {items.length === 0 ? (
        <p className="mt-10 text-ink-muted">{t("review.empty")}</p>
      ) : (
        <ol className="mt-6 divide-y divide-rule border-y-2 border-ink">
          {items.map((item) => (
            <li
              key={item.id}
              className="flex flex-col gap-3 py-4 md:flex-row md:flex-wrap md:items-center md:justify-between"
            >
              <div className="min-w-0">
                <h2 className="font-serif text-lg leading-snug font-bold">
                  <Link prefetch={false} href={`/admin/articles/${item.id}`} className="text-link hover:underline">
                    {item.title}
                  </Link>
                </h2>
                <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink-muted">
                  <div className="flex gap-1">
                    <dt>{t("review.columnLanguage")}:</dt>
                    <dd lang={item.locale}>{isLocale(item.locale) ? localeNames[item.locale] : item.locale}</dd>
                  </div>
                  <div className="flex gap-1">
                    <dt>{t("review.columnAuthor")}:</dt>
                    <dd>{item.authorNames.join(", ") || "—"}</dd>
                  </div>
                  <div className="flex gap-1">
                    <dt>{t("review.columnSubmitted")}:</dt>
                    <dd>
                      {item.submittedAt ? (
                        <time dateTime={item.submittedAt.toISOString()}>
                          {formatSiteTime(item.submittedAt, locale, zone)}
                        </time>
                      ) : (
                        t("review.unknownTime")
                      )}
                    </dd>
                  </div>
                </dl>
              </div>
              <div className="flex shrink-0 flex-wrap items-center gap-2 text-sm">
                <Link
                  prefetch={false}
                  href={`/admin/articles/${item.id}`}
                  aria-label={t("review.openLabel", { title: item.title })}
                  className={buttonClass("secondary", "sm")}
                >
                  {t("review.open")}
                </Link>
                {mayDecide && (
                  <>
                    {item.publishable ? (
                      <form action={reviewDecisionAction}>
                        <input type="hidden" name="id" value={item.id} />
                        <input type="hidden" name="decision" value="publish" />
                        <button
                          type="submit"
                          aria-label={t("review.publishLabel", { title: item.title })}
                          className="rounded-sm bg-emerald-800 px-3 py-1.5 font-semibold text-white hover:bg-emerald-900"
                        >
                          {t("review.publish")}
                        </button>
                      </form>
                    ) : (
                      <span className="text-ink-muted">{t("review.notPublishable")}</span>
                    )}
                  </>
                )}
              </div>
              {mayDecide && (
                <SendBackForm articleId={item.id} title={item.title} from="review" className="md:basis-full" />
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
