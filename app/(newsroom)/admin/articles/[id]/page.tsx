import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { ArticleForm } from "../_components/article-form.client";
import { StatusBadge } from "@/components/newsroom/status-badge";
import { PreviewPanel } from "../_components/preview-panel";
import { SchedulePanel } from "../_components/schedule-panel";
import { getArticleForEditing } from "@/db/queries/articles/staff-reads";
import { defaultLocale, isLocale } from "@/lib/locales";
import { can, canDeleteArticle, canEditArticle } from "@/lib/permissions";
import { DeleteArticlePanel } from "../_components/delete-article-panel";
import { paths } from "@/lib/paths";
import { listTranslationsOf } from "@/db/queries/articles/translations";
import { localeNames, locales } from "@/lib/locales";
import { canTranslateArticle } from "@/lib/permissions";
import { loadArticleFormOptions } from "../form-options";
import { publishArticleAction, submitArticleAction, translateArticleAction, unpublishArticleAction } from "../actions";
import { imageIdsFromQuery, MissingAltTextNotice } from "../_components/missing-alt-notice";
import { problemsFromQuery } from "@/lib/workflow/publish-checks";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Button } from "@/components/ui/button";
import { RefusalNotice, refusalCode } from "@/app/(newsroom)/admin/_components/refusal-notice";
import { EditingPresence } from "../_components/editing-presence.client";
import { ConfirmButton } from "@/components/ui/confirm-button.client";
import { getReturnNote } from "@/db/queries/articles/return-notes";
import { listArticleHistory } from "@/db/queries/articles/history";
import { ArticleHistory } from "../_components/article-history";
import { ReturnNoteNotice } from "../_components/return-note-notice";
import { SendBackForm } from "../_components/send-back-form.client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.form");
  return { title: t("editTitle") };
}

const doneMessages = {
  publish: "published",
  unpublish: "unpublishedDone",
  submit: "submitted",
  returned: "returned",
} as const;

export default async function EditArticlePage({ params, searchParams }: PageProps<"/admin/articles/[id]">) {
  const user = await requireStaffPage();
  const { id: rawId } = await params;
  const id = Number(rawId);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const article = await getArticleForEditing(user, id);
  if (!article) notFound();
  const t = await getTranslations("admin");
  const uiLocale = await getLocale();
  const options = await loadArticleFormOptions(
    user,
    isLocale(uiLocale) ? uiLocale : defaultLocale,
    article.leadMediaId,
  );
  const query = await searchParams;
  const tWorkflow = await getTranslations("workflow");
  const done =
    typeof query.done === "string" && query.done in doneMessages
      ? doneMessages[query.done as keyof typeof doneMessages]
      : null;
  const error = refusalCode(query.error);
  // Everything but the form and what follows it: the new-article page shows this above its own
  // form once autosave has created the article (openCreatedArticleAction), so the form is kept.
  const workflowOnly = query.part === "workflow";
  const editable = canEditArticle(user, article);
  const mayPublish = can(user.role, "article.publish");
  const [translations, returnNote, history] = await Promise.all([
    listTranslationsOf(user, id),
    getReturnNote(user, id),
    listArticleHistory(user, id),
  ]);
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
      <PageHeader
        title={t("form.editTitle")}
        className="mb-6"
        actions={
          <>
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
                <Button type="submit" size="sm">
                  {t("form.submit")}
                </Button>
              </form>
            )}
            {mayPublish && status !== "published" && (
              <form action={publishArticleAction}>
                <input type="hidden" name="id" value={id} />
                <button
                  type="submit"
                  className="rounded-sm bg-emerald-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-emerald-900"
                >
                  {t("form.publish")}
                </button>
              </form>
            )}
            {mayPublish && status === "published" && (
              <form action={unpublishArticleAction}>
                <input type="hidden" name="id" value={id} />
                <ConfirmButton
                  size="sm"
                  title={tWorkflow("confirm.unpublishTitle")}
                  message={tWorkflow("confirm.unpublishMessage", { title: article.title })}
                  confirmLabel={tWorkflow("confirm.unpublishConfirm")}
                  cancelLabel={tWorkflow("confirm.cancel")}
                >
                  {t("form.unpublish")}
                </ConfirmButton>
              </form>
            )}
          </>
        }
      >
        <p className="mt-1 text-sm">
          <StatusBadge status={status} label={t("form.currentStatus", { status: t(`status.${status}`) })} />
        </p>
      </PageHeader>
      {editable && <EditingPresence articleId={id} />}
      {done && (
        <Notice tone="success" className="mb-6">
          {done === "returned" ? tWorkflow("sendBack.done") : t(`form.${done}`)}
        </Notice>
      )}
      {returnNote && status === "draft" && <ReturnNoteNotice note={returnNote} className="mb-6" />}
      {mayPublish && status === "review" && (
        <SendBackForm articleId={id} title={article.title} from="article" className="mb-6" />
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
              <Button type="submit" size="sm">
                {t("translate.button", { language: localeNames[l] })}
              </Button>
            </form>
          ))}
        </section>
      )}
      {query.translated === "1" && (
        <Notice tone="success" className="mb-6">
          {t("translate.created")}
        </Notice>
      )}
      {query.created === "1" && (
        <Notice tone="success" className="mb-6">
          {t("form.created")}
        </Notice>
      )}
      {error === "altTextMissing" && (
        <MissingAltTextNotice user={user} imageIds={imageIdsFromQuery(query.images)} article={article} />
      )}
      {error === "publishChecks" && (
        <Notice tone="error" as="div" className="mb-6">
          <p>{tWorkflow("errors.publishChecks")}</p>
          <ul className="mt-1 list-disc pl-5">
            {problemsFromQuery(query.problems).map((problem) => (
              <li key={problem}>{tWorkflow(`checks.${problem}`)}</li>
            ))}
          </ul>
        </Notice>
      )}
      {/* The publish checks' refusals have their own notice above, with the list of what is missing. */}
      <RefusalNotice
        code={error === "altTextMissing" || error === "publishChecks" ? null : error}
        t={t}
        className="mb-6"
      />
      <SchedulePanel articleId={id} user={user} notice={query.workflow} />
      <PreviewPanel article={{ id, createdById: article.createdById }} user={user} />
      {!editable && <p className="mb-6 text-sm text-ink-muted">{t("form.readOnly")}</p>}
      {!workflowOnly && (
        <ArticleForm
          articleId={id}
          articleStatus={status}
          readOnly={!editable}
          initial={{ status: "idle", values, errors: {}, version }}
          options={options}
        />
      )}
      {!workflowOnly &&
        canDeleteArticle(user, article) &&
        article.publishedAt === null &&
        status !== "published" &&
        status !== "scheduled" && <DeleteArticlePanel id={id} version={version} />}
      <ArticleHistory articleId={id} items={history} />
    </>
  );
}
