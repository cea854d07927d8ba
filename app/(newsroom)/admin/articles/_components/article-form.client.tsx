"use client";
/**
 * The article editor form. It posts to a server action (and works without JavaScript); after a
 * refused save every field shows what was typed, with the reason next to it. With JavaScript the
 * body is a rich-text editor, the slug follows the headline until edited by hand, drafts save
 * themselves, and leaving with unsaved changes asks first.
 */
import { useActionState, useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { saveArticleAction } from "../actions";
import type { ArticleFormOptions, ArticleFormState } from "../form-state";
import type { ArticleStatus } from "@/lib/roles";
import { slugify } from "@/lib/slug";
import type { ArticleFormField } from "@/lib/validation/article-form";
import { seoDescriptionMaxLength, seoTitleMaxLength } from "@/lib/validation/limits";
import { AutosaveNotice } from "./autosave-notice.client";
import { RichTextEditor } from "./editor/rich-text-editor.client";
import {
  CheckboxField,
  fieldInputClass,
  FieldError,
  TextAreaField,
  TextField,
} from "@/components/newsroom/form-fields.client";
import { useArticleAutosave, useLeaveWarning } from "./use-article-autosave.client";

/** Statuses whose changes stay in the newsroom: only these autosave. */
const autosaveStatuses: readonly ArticleStatus[] = ["draft", "review"];

type ArticleFormProps = {
  initial: ArticleFormState;
  options: ArticleFormOptions;
  articleId?: number;
  /** The stored article's status; none for a new article. */
  articleStatus?: ArticleStatus;
  readOnly?: boolean;
};

/**
 * One form per article: moving to another article (a translation, say) in the same page starts
 * afresh, so no id, version or unsaved-changes count carries over.
 */
export function ArticleForm(props: ArticleFormProps) {
  // Bumped when the stored article moved on under a form with nothing unsaved (see below).
  const [generation, setGeneration] = useState(0);
  return (
    <ArticleFormFor
      key={`${props.articleId ?? "new"}:${generation}`}
      {...props}
      onStoredVersionMoved={() => setGeneration((n) => n + 1)}
    />
  );
}

function ArticleFormFor({
  initial,
  options,
  articleId: initialId,
  articleStatus,
  readOnly = false,
  onStoredVersionMoved,
}: ArticleFormProps & { onStoredVersionMoved: () => void }) {
  const t = useTranslations("admin");
  const te = useTranslations("editor");
  const uiLocale = useLocale();
  const [state, action, pending] = useActionState(saveArticleAction, initial);
  const { values, errors } = state;
  const formRef = useRef<HTMLFormElement>(null);

  const autosave = useArticleAutosave({
    form: formRef,
    enabled: !readOnly && !pending && (articleStatus === undefined || autosaveStatuses.includes(articleStatus)),
    initialId,
    initialVersion: initial.version,
  });
  const articleId = autosave.articleId;
  useLeaveWarning(autosave.dirty && !pending, te("leave"));

  // A Save answered: its version is the one later saves build on.
  const [seenState, setSeenState] = useState(state);
  if (seenState !== state) {
    setSeenState(state);
    if (state.status === "saved" && state.version !== undefined) autosave.noteSaved(state.version);
  }
  const version = autosave.version;

  // Every status change bumps the stored version (publishing, scheduling … on this page), and
  // the page then renders again with it. A form that still stands on the version it was built
  // from, with nothing unsaved, starts again from the stored article, so the next save builds
  // on it; a form with unsaved changes keeps them, and its save is caught as a conflict.
  const builtOn = useRef(initial.version);
  const { dirty } = autosave;
  useEffect(() => {
    if (initial.version === builtOn.current) return;
    if (version === builtOn.current && !dirty) onStoredVersionMoved();
    else builtOn.current = initial.version;
  }, [initial.version, version, dirty, onStoredVersionMoved]);

  // The slug follows the headline until someone edits it, unless the article already has its own
  // or has been out of draft (its address may be known).
  const [slug, setSlug] = useState(values.slug);
  const [slugUntouched, setSlugUntouched] = useState(
    initial.values.slug === "" || initial.values.slug === slugify(initial.values.title),
  );
  const slugFollows = slugUntouched && (articleStatus === undefined || articleStatus === "draft");
  const [articleLocale, setArticleLocale] = useState(values.locale);

  const error = (field: ArticleFormField) => (errors[field] ? t(`errors.${errors[field]}`) : undefined);

  return (
    <form
      ref={formRef}
      action={action}
      onSubmit={autosave.noteSubmit}
      onChange={autosave.noteChange}
      className="grid gap-6"
      noValidate
    >
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
          <TextField
            name="title"
            label={t("form.title")}
            defaultValue={values.title}
            maxLength={200}
            required
            className="font-serif text-xl"
            error={error("title")}
            onChange={(event) => {
              if (slugFollows) setSlug(slugify(event.target.value));
            }}
          />
          <div>
            <label htmlFor="locale" className="mb-1 block text-sm font-semibold">
              {t("form.language")}
            </label>
            <select
              id="locale"
              name="locale"
              defaultValue={values.locale}
              onChange={(event) => setArticleLocale(event.target.value)}
              className={fieldInputClass}
              aria-invalid={errors.locale ? true : undefined}
              aria-describedby={errors.locale ? "locale-error" : undefined}
            >
              {options.locales.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.name}
                </option>
              ))}
            </select>
            <FieldError id="locale-error" message={error("locale")} />
          </div>
        </div>

        <TextField
          name="slug"
          label={t("form.slug")}
          value={slug}
          onChange={(event) => {
            setSlug(event.target.value);
            setSlugUntouched(false);
          }}
          className="font-mono text-sm"
          help={slugFollows ? `${t("form.slugHelp")} ${te("fields.slugAuto")}` : t("form.slugHelp")}
          error={error("slug")}
        />

        <TextAreaField
          name="summary"
          label={t("form.summary")}
          rows={3}
          defaultValue={values.summary}
          error={error("summary")}
        />

        <div>
          <RichTextEditor
            id="body"
            name="body"
            defaultValue={values.body}
            label={te("fields.body")}
            sourceLabel={t("form.body")}
            describedBy={errors.body ? "body-help body-error" : "body-help"}
            invalid={Boolean(errors.body)}
            disabled={readOnly || pending}
            articleLocale={articleLocale}
            onChange={autosave.noteChange}
          />
          <p id="body-help" className="mt-1 text-xs text-ink-muted">
            {te("fields.bodyHelp")}
          </p>
          <FieldError id="body-error" message={error("body")} />
        </div>

        <div className="grid gap-6 sm:grid-cols-2">
          <fieldset
            aria-invalid={errors.topicIds ? true : undefined}
            aria-describedby={errors.topicIds ? "topicIds-error" : undefined}
          >
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
            <FieldError id="topicIds-error" message={error("topicIds")} />
          </fieldset>
          <fieldset
            aria-invalid={errors.authorIds ? true : undefined}
            aria-describedby={errors.authorIds ? "authorIds-error" : undefined}
          >
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
            <FieldError id="authorIds-error" message={error("authorIds")} />
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
              className={fieldInputClass}
              aria-invalid={errors.leadMediaId ? true : undefined}
              aria-describedby={errors.leadMediaId ? "leadMediaId-error" : undefined}
            >
              <option value="">{t("form.noImage")}</option>
              {options.media.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
            <FieldError id="leadMediaId-error" message={error("leadMediaId")} />
          </div>
          <TextField
            name="leadImageCaption"
            label={t("form.leadImageCaption")}
            defaultValue={values.leadImageCaption}
            error={error("leadImageCaption")}
          />
          <TextField
            name="leadImageCredit"
            label={t("form.leadImageCredit")}
            defaultValue={values.leadImageCredit}
            error={error("leadImageCredit")}
          />
        </div>

        <div className="grid gap-6 sm:grid-cols-2">
          <TextField
            name="sourceName"
            label={t("form.sourceName")}
            defaultValue={values.sourceName}
            error={error("sourceName")}
          />
          <TextField
            name="sourceUrl"
            type="url"
            label={t("form.sourceUrl")}
            defaultValue={values.sourceUrl}
            error={error("sourceUrl")}
          />
        </div>

        <TextAreaField
          name="correction"
          label={t("form.correction")}
          rows={2}
          defaultValue={values.correction}
          error={error("correction")}
        />

        <fieldset className="grid gap-4 rounded-sm border border-rule p-4">
          <legend className="px-1 text-sm font-semibold">{te("fields.seoHeading")}</legend>
          <TextField
            name="seoTitle"
            label={te("fields.seoTitle")}
            defaultValue={values.seoTitle}
            maxLength={seoTitleMaxLength}
            counter={60}
            help={te("fields.seoTitleHelp")}
            error={error("seoTitle")}
          />
          <TextAreaField
            name="seoDescription"
            label={te("fields.seoDescription")}
            rows={2}
            defaultValue={values.seoDescription}
            maxLength={seoDescriptionMaxLength}
            counter={160}
            help={te("fields.seoDescriptionHelp")}
            error={error("seoDescription")}
          />
        </fieldset>

        <fieldset className="grid gap-4 rounded-sm border border-rule p-4 sm:grid-cols-3">
          <legend className="px-1 text-sm font-semibold">{te("fields.flagsHeading")}</legend>
          <CheckboxField
            name="featured"
            label={t("form.featured")}
            help={te("fields.featuredHelp")}
            defaultChecked={values.featured}
          />
          <CheckboxField
            name="breaking"
            label={t("form.breaking")}
            help={te("fields.breakingHelp")}
            defaultChecked={values.breaking}
          />
          <CheckboxField
            name="commentsEnabled"
            label={t("form.commentsEnabled")}
            help={te("fields.commentsHelp")}
            defaultChecked={values.commentsEnabled}
          />
        </fieldset>

        {!readOnly && (
          <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-4 border-t border-rule bg-paper/95 px-4 py-3 sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0 sm:py-0">
            <button
              type="submit"
              className="rounded-sm bg-ink px-6 py-2.5 font-semibold text-paper hover:opacity-90 disabled:opacity-60"
            >
              {t("form.save")}
            </button>
            <AutosaveNotice status={autosave.status} dirty={autosave.dirty} articleId={articleId} locale={uiLocale} />
          </div>
        )}
      </fieldset>
    </form>
  );
}
