import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { ArticleForm } from "@/components/newsroom/article-form";
import { StatusBadge } from "@/components/newsroom/status-badge";
import { PreviewPanel } from "@/components/newsroom/preview-panel";
import { SchedulePanel } from "@/components/newsroom/schedule-panel";
import { getArticleForEditing } from "@/db/queries/articles/staff-reads";
import { defaultLocale, isLocale } from "@/lib/locales";
import { can, canDeleteArticle, canEditArticle } from "@/lib/permissions";
import { DeleteArticlePanel } from "@/components/newsroom/delete-article-panel";
import { paths } from "@/lib/paths";
import { listTranslationsOf } from "@/db/queries/articles/translations";
import { localeNames, locales } from "@/lib/locales";
import { canTranslateArticle } from "@/lib/permissions";
import { loadArticleFormOptions } from "../form-options";
import { publishArticleAction, submitArticleAction, translateArticleAction, unpublishArticleAction } from "../actions";
import { imageIdsFromQuery, MissingAltTextNotice } from "@/components/newsroom/media/missing-alt-notice";
import { problemsFromQuery } from "@/lib/workflow/publish-checks";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.form");
  return { title: t("editTitle") };
}

const doneMessages = { publish: "published", unpublish: "unpublishedDone", submit: "submitted" } as const;

export default async function EditArticlePage({ params, searchParams }: PageProps<"/admin/articles/[id]">) {
  const user = await requireStaffPage();
  const { id: rawId } = await params;
  const id = Number(rawId);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const article = await getArticleForEditing(user, id);
  if (!article) notFound();
  const t = await getTranslations("admin");
  const uiLocale = await getLocale();
  const options = await loadArticleFormOptions(user, isLocale(uiLocale) ? uiLocale : defaultLocale);
  const query = await searchParams;
  const tWorkflow = await getTranslations("workflow");
  const done =
    typeof query.done === "string" && query.done in doneMessages
      ? doneMessages[query.done as keyof typeof doneMessages]
      : null;
  const error = typeof query.error === "string" && /^[a-zA-Z]+$/.test(query.error) ? query.error : null;
  const editable = canEditArticle(user, article);
  const mayPublish = can(user.role, "article.publish");
  const translations = await listTranslationsOf(user, id);
  const missingLocales = canTranslateArticle(user, article)
    ? locales.filter((l) => l !== article.locale && !translations.some((tr) => tr.locale === l))
    : [];

  const { id: _id, status, version, createdById: _c, publishedAt: _p, updatedAt: _u, ...fields } = article;
  const values = {
    ...fields,
    topicIds: fields.topicIds.map(String),
    authorIds: fields.authorIds.map(String),
    leadMediaId: fields.leadMediaId === null ? "" : String(fields.leadMediaId),
  };

  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-bold">{t("form.editTitle")}</h1>
          <p className="mt-1 text-sm">
            <StatusBadge status={status} label={t("form.currentStatus", { status: t(`status.${status}`) })} />
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Link
            prefetch={false}
            href={`/admin/articles/${id}/revisions`}
            className="text-sm font-medium text-link hover:underline"
          >
            {t("revisions.link")}
          </Link>
          {status === "published" && (
            <Link
              prefetch={false}
              href={paths.article(article.locale, article.slug)}
              className="text-sm font-medium text-link hover:underline"
            >
              {t("form.viewLive")}
            </Link>
          )}
          {editable && status === "draft" && (
            <form action={submitArticleAction}>
              <input type="hidden" name="id" value={id} />
              <button type="submit" className="rounded-sm border border-ink px-4 py-2 text-sm font-semibold">
                {t("form.submit")}
              </button>
            </form>
          )}
          {mayPublish && status !== "published" && (
            <form action={publishArticleAction}>
              <input type="hidden" name="id" value={id} />
              <button
                type="submit"
                className="rounded-sm bg-emerald-800 px-4 py-2 text-sm font-semibold text-white hover:bg-emerald-900"
              >
                {t("form.publish")}
              </button>
            </form>
          )}
          {mayPublish && status === "published" && (
            <form action={unpublishArticleAction}>
              <input type="hidden" name="id" value={id} />
              <button
                type="submit"
                className="rounded-sm border border-accent px-4 py-2 text-sm font-semibold text-accent"
              >
                {t("form.unpublish")}
              </button>
            </form>
          )}
        </div>
      </div>
      {done && (
        <p role="status" className="mb-6 rounded-sm border border-emerald-700 px-4 py-3 text-sm font-medium">
          {t(`form.${done}`)}
        </p>
      )}
      {(translations.length > 0 || missingLocales.length > 0) && (
        <section aria-label={t("translate.heading")} className="mb-6 flex flex-wrap items-center gap-3 text-sm">
          {translations.map((tr) => (
            <Link
              prefetch={false}
              key={tr.id}
              href={`/admin/articles/${tr.id}`}
              className="font-medium text-link hover:underline"
            >
              {t("translate.open", { language: isLocale(tr.locale) ? localeNames[tr.locale] : tr.locale })}
            </Link>
          ))}
          {missingLocales.map((l) => (
            <form key={l} action={translateArticleAction}>
              <input type="hidden" name="id" value={id} />
              <input type="hidden" name="locale" value={l} />
              <button type="submit" className="rounded-sm border border-ink px-3 py-1.5 font-semibold">
                {t("translate.button", { language: localeNames[l] })}
              </button>
            </form>
          ))}
        </section>
      )}
      {query.translated === "1" && (
        <p role="status" className="mb-6 rounded-sm border border-emerald-700 px-4 py-3 text-sm font-medium">
          {t("translate.created")}
        </p>
      )}
      {query.created === "1" && (
        <p role="status" className="mb-6 rounded-sm border border-emerald-700 px-4 py-3 text-sm font-medium">
          {t("form.created")}
        </p>
      )}
      {error === "altTextMissing" && (
        <MissingAltTextNotice user={user} imageIds={imageIdsFromQuery(query.images)} article={article} />
      )}
      {error === "publishChecks" && (
        <div role="alert" className="mb-6 rounded-sm border border-accent px-4 py-3 text-sm font-medium text-accent">
          <p>{tWorkflow("errors.publishChecks")}</p>
          <ul className="mt-1 list-disc pl-5">
            {problemsFromQuery(query.problems).map((problem) => (
              <li key={problem}>{tWorkflow(`checks.${problem}`)}</li>
            ))}
          </ul>
        </div>
      )}
      {error && error !== "altTextMissing" && error !== "publishChecks" && (
        <p role="alert" className="mb-6 rounded-sm border border-accent px-4 py-3 text-sm font-medium text-accent">
          {t.has(`errors.${error}`) ? t(`errors.${error}`) : t("errors.invalid")}
        </p>
      )}
      <SchedulePanel articleId={id} user={user} notice={query.workflow} />
      <PreviewPanel article={{ id, createdById: article.createdById }} user={user} />
      {!editable && <p className="mb-6 text-sm text-ink-muted">{t("form.readOnly")}</p>}
      <ArticleForm
        articleId={id}
        articleStatus={status}
        readOnly={!editable}
        initial={{ status: "idle", values, errors: {}, version }}
        options={options}
      />
      {canDeleteArticle(user, article) &&
        article.publishedAt === null &&
        status !== "published" &&
        status !== "scheduled" && <DeleteArticlePanel id={id} version={version} />}
    </>
  );
}
