"use client";
/**
 * The article editor form. It posts to a server action (and works without JavaScript); after a
 * refused save every field shows what was typed, with the reason next to it.
 */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveArticleAction } from "@/app/(newsroom)/admin/articles/actions";
import type { ArticleFormState } from "@/app/(newsroom)/admin/articles/form-state";
import type { ArticleFormField } from "@/lib/validation/article-form";

export type ArticleFormOptions = {
  locales: { code: string; name: string }[];
  topics: { id: number; name: string }[];
  authors: { id: number; name: string }[];
  media: { id: number; label: string }[];
};

const inputClass =
  "w-full rounded-sm border border-rule bg-paper-raised px-3 py-2 text-base aria-[invalid=true]:border-accent";

export function ArticleForm({
  initial,
  options,
  articleId,
  readOnly = false,
}: {
  initial: ArticleFormState;
  options: ArticleFormOptions;
  articleId?: number;
  readOnly?: boolean;
}) {
  const t = useTranslations("admin");
  const [state, action, pending] = useActionState(saveArticleAction, initial);
  const { values, errors } = state;
  const version = state.version ?? initial.version;

  const errorId = (field: ArticleFormField) => `${field}-error`;
  const fieldError = (field: ArticleFormField) =>
    errors[field] ? (
      <p id={errorId(field)} className="mt-1 text-sm font-medium text-accent">
        {t(`errors.${errors[field]}`)}
      </p>
    ) : null;
  const invalid = (field: ArticleFormField) =>
    errors[field] ? { "aria-invalid": true as const, "aria-describedby": errorId(field) } : {};

  return (
    <form action={action} className="grid gap-6" noValidate>
      {articleId !== undefined && <input type="hidden" name="id" value={articleId} />}
      {version !== undefined && <input type="hidden" name="version" value={version} />}

      {state.message && (
        <p
          role={state.status === "error" ? "alert" : "status"}
          className={`rounded-sm border px-4 py-3 text-sm font-medium ${state.status === "error" ? "border-accent text-accent" : "border-emerald-700 text-emerald-800 dark:text-emerald-300"}`}
        >
          {state.status === "error" ? t(`errors.${state.message}`) : t(`form.${state.message}`)}
          {state.conflict && articleId !== undefined && (
            <span className="mt-2 flex flex-wrap gap-4">
              {state.conflict.startedFrom !== null && (
                <a
                  href={`/admin/articles/${articleId}/revisions?from=${state.conflict.startedFrom}&to=${state.conflict.current}`}
                  target="_blank"
                  rel="noopener"
                  className="text-link underline"
                >
                  {t("revisions.conflictHelp")}
                </a>
              )}
              {/* A full page load on purpose: it replaces the form with the stored version. */}
              <a href={`/admin/articles/${articleId}`} className="text-link underline">
                {t("revisions.loadCurrent")}
              </a>
            </span>
          )}
        </p>
      )}

      <fieldset disabled={readOnly || pending} className="grid gap-6">
        <div className="grid gap-6 sm:grid-cols-[1fr_12rem]">
          <div>
            <label htmlFor="title" className="mb-1 block text-sm font-semibold">
              {t("form.title")}
            </label>
            <input
              id="title"
              name="title"
              defaultValue={values.title}
              maxLength={200}
              required
              className={`${inputClass} font-serif text-xl`}
              {...invalid("title")}
            />
            {fieldError("title")}
          </div>
          <div>
            <label htmlFor="locale" className="mb-1 block text-sm font-semibold">
              {t("form.language")}
            </label>
            <select
              id="locale"
              name="locale"
              defaultValue={values.locale}
              className={inputClass}
              {...invalid("locale")}
            >
              {options.locales.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.name}
                </option>
              ))}
            </select>
            {fieldError("locale")}
          </div>
        </div>

        <div>
          <label htmlFor="slug" className="mb-1 block text-sm font-semibold">
            {t("form.slug")}
          </label>
          <input
            id="slug"
            name="slug"
            defaultValue={values.slug}
            className={`${inputClass} font-mono text-sm`}
            aria-describedby="slug-help"
            {...invalid("slug")}
          />
          <p id="slug-help" className="mt-1 text-xs text-ink-muted">
            {t("form.slugHelp")}
          </p>
          {fieldError("slug")}
        </div>

        <div>
          <label htmlFor="summary" className="mb-1 block text-sm font-semibold">
            {t("form.summary")}
          </label>
          <textarea
            id="summary"
            name="summary"
            rows={3}
            defaultValue={values.summary}
            className={inputClass}
            {...invalid("summary")}
          />
          {fieldError("summary")}
        </div>

        <div>
          <label htmlFor="body" className="mb-1 block text-sm font-semibold">
            {t("form.body")}
          </label>
          <textarea
            id="body"
            name="body"
            rows={16}
            defaultValue={values.body}
            className={`${inputClass} font-mono text-sm`}
            aria-describedby="body-help"
            {...invalid("body")}
          />
          <p id="body-help" className="mt-1 text-xs text-ink-muted">
            {t("form.bodyHelp")}
          </p>
          {fieldError("body")}
        </div>

        <div className="grid gap-6 sm:grid-cols-2">
          <fieldset {...invalid("topicIds")}>
            <legend className="mb-1 text-sm font-semibold">{t("form.topics")}</legend>
            <div className="grid gap-1">
              {options.topics.map((topic) => (
                <label key={topic.id} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="topicIds"
                    value={topic.id}
                    defaultChecked={values.topicIds.includes(String(topic.id))}
                  />
                  {topic.name}
                </label>
              ))}
            </div>
            {fieldError("topicIds")}
          </fieldset>
          <fieldset {...invalid("authorIds")}>
            <legend className="mb-1 text-sm font-semibold">{t("form.authors")}</legend>
            <div className="grid gap-1">
              {options.authors.map((author) => (
                <label key={author.id} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="authorIds"
                    value={author.id}
                    defaultChecked={values.authorIds.includes(String(author.id))}
                  />
                  {author.name}
                </label>
              ))}
            </div>
            {fieldError("authorIds")}
          </fieldset>
        </div>

        <div className="grid gap-6 sm:grid-cols-3">
          <div>
            <label htmlFor="leadMediaId" className="mb-1 block text-sm font-semibold">
              {t("form.leadImage")}
            </label>
            <select
              id="leadMediaId"
              name="leadMediaId"
              defaultValue={values.leadMediaId}
              className={inputClass}
              {...invalid("leadMediaId")}
            >
              <option value="">{t("form.noImage")}</option>
              {options.media.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
            {fieldError("leadMediaId")}
          </div>
          <div>
            <label htmlFor="leadImageCaption" className="mb-1 block text-sm font-semibold">
              {t("form.leadImageCaption")}
            </label>
            <input
              id="leadImageCaption"
              name="leadImageCaption"
              defaultValue={values.leadImageCaption}
              className={inputClass}
              {...invalid("leadImageCaption")}
            />
            {fieldError("leadImageCaption")}
          </div>
          <div>
            <label htmlFor="leadImageCredit" className="mb-1 block text-sm font-semibold">
              {t("form.leadImageCredit")}
            </label>
            <input
              id="leadImageCredit"
              name="leadImageCredit"
              defaultValue={values.leadImageCredit}
              className={inputClass}
              {...invalid("leadImageCredit")}
            />
            {fieldError("leadImageCredit")}
          </div>
        </div>

        <div className="grid gap-6 sm:grid-cols-2">
          <div>
            <label htmlFor="sourceName" className="mb-1 block text-sm font-semibold">
              {t("form.sourceName")}
            </label>
            <input
              id="sourceName"
              name="sourceName"
              defaultValue={values.sourceName}
              className={inputClass}
              {...invalid("sourceName")}
            />
            {fieldError("sourceName")}
          </div>
          <div>
            <label htmlFor="sourceUrl" className="mb-1 block text-sm font-semibold">
              {t("form.sourceUrl")}
            </label>
            <input
              id="sourceUrl"
              name="sourceUrl"
              type="url"
              defaultValue={values.sourceUrl}
              className={inputClass}
              {...invalid("sourceUrl")}
            />
            {fieldError("sourceUrl")}
          </div>
        </div>

        <div>
          <label htmlFor="correction" className="mb-1 block text-sm font-semibold">
            {t("form.correction")}
          </label>
          <textarea
            id="correction"
            name="correction"
            rows={2}
            defaultValue={values.correction}
            className={inputClass}
            {...invalid("correction")}
          />
          {fieldError("correction")}
        </div>

        <div className="flex flex-wrap gap-6 text-sm">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="featured" defaultChecked={values.featured} /> {t("form.featured")}
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="breaking" defaultChecked={values.breaking} /> {t("form.breaking")}
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="commentsEnabled" defaultChecked={values.commentsEnabled} />{" "}
            {t("form.commentsEnabled")}
          </label>
        </div>

        {!readOnly && (
          <div>
            <button
              type="submit"
              className="rounded-sm bg-ink px-6 py-2.5 font-semibold text-paper hover:opacity-90 disabled:opacity-60"
            >
              {t("form.save")}
            </button>
          </div>
        )}
      </fieldset>
    </form>
  );
}
