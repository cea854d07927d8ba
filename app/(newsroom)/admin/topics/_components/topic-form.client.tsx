"use client";
/**
 * Create or edit a topic: name, address (slug) and description in every language, and its
 * place on the front page. Works without JavaScript; a refused save keeps what was typed.
 */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveTopicAction } from "../actions";
import type { TopicFormState } from "../form-state";
import type { TopicFormValues } from "@/lib/validation/topic-form";

const inputClass =
  "w-full rounded-sm border border-rule bg-paper-raised px-3 py-2 text-base aria-[invalid=true]:border-accent";

export function TopicForm({
  initial,
  languages,
  topicId,
}: {
  initial: TopicFormState;
  languages: { code: string; name: string }[];
  topicId?: number;
}) {
  const t = useTranslations("topics");
  const [state, action, pending] = useActionState(saveTopicAction, initial);
  const { values, errors } = state;

  const field = (
    name: keyof TopicFormValues,
    label: string,
    options: { multiline?: boolean; mono?: boolean; hint?: string } = {},
  ) => {
    const id = `topic-${name.replace(".", "-")}`;
    const error = errors[name];
    const describedBy = [error ? `${id}-error` : null, options.hint ? `${id}-hint` : null].filter(Boolean).join(" ");
    const common = {
      id,
      name,
      defaultValue: values[name],
      "aria-invalid": error ? true : undefined,
      "aria-describedby": describedBy || undefined,
      className: `${inputClass} ${options.mono ? "font-mono" : ""}`,
    };
    return (
      <div key={`${name}-${values[name]}`}>
        <label htmlFor={id} className="mb-1 block text-sm font-medium">
          {label}
        </label>
        {options.multiline ? <textarea rows={2} {...common} /> : <input {...common} />}
        {options.hint && (
          <p id={`${id}-hint`} className="mt-1 text-xs text-ink-muted">
            {options.hint}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="mt-1 text-sm font-medium text-accent">
            {t(`errors.${error}`)}
          </p>
        )}
      </div>
    );
  };

  return (
    <form action={action} className="grid max-w-3xl gap-6" noValidate>
      {topicId !== undefined && <input type="hidden" name="id" value={topicId} />}
      {state.message && (
        <p
          role={state.status === "error" ? "alert" : "status"}
          className={`rounded-sm border px-4 py-3 text-sm font-medium ${state.status === "error" ? "border-accent text-accent" : "border-emerald-700 text-emerald-800 dark:text-emerald-300"}`}
        >
          {state.status === "error" ? t(`errors.${state.message}`) : t(`messages.${state.message}`)}
        </p>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        {languages.map((language) => (
          <fieldset key={language.code} lang={language.code} className="grid gap-4 rounded-sm border border-rule p-4">
            <legend className="px-1 font-semibold">{language.name}</legend>
            {field(`name.${language.code}` as keyof TopicFormValues, t("form.name", { language: language.name }))}
            {field(`slug.${language.code}` as keyof TopicFormValues, t("form.slug", { language: language.name }), {
              mono: true,
              hint: t("form.slugHint"),
            })}
            {field(
              `description.${language.code}` as keyof TopicFormValues,
              t("form.description", { language: language.name }),
              { multiline: true },
            )}
          </fieldset>
        ))}
      </div>
      <div className="max-w-xs">
        {field("frontPagePosition", t("form.frontPagePosition"), { hint: t("form.frontPageHint") })}
      </div>
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-sm bg-ink px-5 py-2 font-semibold text-paper hover:opacity-90 disabled:opacity-60"
        >
          {topicId === undefined ? t("form.create") : t("form.save")}
        </button>
      </div>
    </form>
  );
}
