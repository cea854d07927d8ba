"use client";
/**
 * The article editor form. It posts to a server action (and works without JavaScript); after a
 * refused save every field shows what was typed, with the reason next to it. With JavaScript the
 * body is a rich-text editor, the slug follows the headline until edited by hand, drafts save
 * themselves, and leaving with unsaved changes asks first.
 */
import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import type { ArticleStatus } from "@/lib/roles";
import type { ArticleFormField } from "@/lib/validation/article-form";
import { saveArticleAction } from "../actions";
import type { ArticleFormOptions, ArticleFormState } from "../form-state";
import { BodyField } from "./article-form/body-field.client";
import { HeadlineFields } from "./article-form/headline-fields.client";
import { SaveNotice } from "./article-form/save-notice";
import { FilingFields, FlagFields, LeadImageFields, SeoFields, SourceFields } from "./article-form/sections";
import { AutosaveNotice } from "./autosave-notice.client";
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
  /** A new article: told its id once autosave has created it (the page then shows its workflow). */
  onCreated?: (id: number) => void;
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
  onCreated,
  onStoredVersionMoved,
}: ArticleFormProps & { onStoredVersionMoved: () => void }) {
  const t = useTranslations("admin");
  const te = useTranslations("editor");
  const [state, action, pending] = useActionState(saveArticleAction, initial);
  const { values, errors } = state;
  const formRef = useRef<HTMLFormElement>(null);

  const autosave = useArticleAutosave({
    form: formRef,
    enabled: !readOnly && !pending && (articleStatus === undefined || autosaveStatuses.includes(articleStatus)),
    initialId,
    initialVersion: initial.version,
    onCreated,
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

  const [articleLocale, setArticleLocale] = useState(values.locale);
  const error = (field: ArticleFormField) => (errors[field] ? t(`errors.${errors[field]}`) : undefined);
  const section = { values, error };

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
      <SaveNotice state={state} articleId={articleId} />

      <fieldset disabled={readOnly || pending} className="grid gap-6">
        <HeadlineFields
          {...section}
          locales={options.locales}
          articleStatus={articleStatus}
          onLocaleChange={setArticleLocale}
        />
        <TextAreaField
          name="summary"
          label={t("form.summary")}
          rows={3}
          defaultValue={values.summary}
          error={error("summary")}
        />
        <BodyField
          defaultValue={values.body}
          error={error("body")}
          disabled={readOnly || pending}
          articleLocale={articleLocale}
          onChange={autosave.noteChange}
        />
        <FilingFields {...section} options={options} />
        <LeadImageFields {...section} image={options.leadImage} onImageChange={autosave.noteChange} />
        <SourceFields {...section} />
        <SeoFields {...section} />
        <FlagFields values={values} />

        {!readOnly && (
          <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-4 border-t border-rule bg-paper/95 px-4 py-3 sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0 sm:py-0">
            <Button type="submit" variant="primary">
              {t("form.save")}
            </Button>
            <AutosaveNotice status={autosave.status} dirty={autosave.dirty} articleId={articleId} />
          </div>
        )}
      </fieldset>
    </form>
  );
}
