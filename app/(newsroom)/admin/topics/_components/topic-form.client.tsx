"use client";
/**
 * Create or edit a topic: name, address (slug) and description in every language, and its
 * place on the front page. Works without JavaScript; a refused save keeps what was typed.
 */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormNotice } from "@/components/ui/form-notice";
import type { TopicFormValues } from "@/lib/validation/topic-form";
import { saveTopicAction } from "../actions";
import type { TopicFormState } from "../form-state";

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
    // The key remounts the field with what the server sent back.
    const key = `${name}-${values[name]}`;
    const props = {
      id: `topic-${name.replace(".", "-")}`,
      name,
      label,
      hint: options.hint,
      defaultValue: values[name],
      error: errors[name] && t(`errors.${errors[name]}`),
      className: options.mono ? "font-mono" : "",
    };
    return options.multiline ? <TextAreaField key={key} rows={2} {...props} /> : <TextField key={key} {...props} />;
  };
  const perLanguage = (kind: "name" | "slug" | "description", code: string) =>
    `${kind}.${code}` as keyof TopicFormValues;

  return (
    <form action={action} className="grid max-w-3xl gap-6" noValidate>
      {topicId !== undefined && <input type="hidden" name="id" value={topicId} />}
      <FormNotice state={state} success={(key) => t(`messages.${key}`)} failure={(key) => t(`errors.${key}`)} />
      <div className="grid gap-6 md:grid-cols-2">
        {languages.map((language) => (
          <fieldset key={language.code} lang={language.code} className="grid gap-4 rounded-sm border border-rule p-4">
            <legend className="px-1 font-semibold">{language.name}</legend>
            {field(perLanguage("name", language.code), t("form.name", { language: language.name }))}
            {field(perLanguage("slug", language.code), t("form.slug", { language: language.name }), {
              mono: true,
              hint: t("form.slugHint"),
            })}
            {field(perLanguage("description", language.code), t("form.description", { language: language.name }), {
              multiline: true,
            })}
          </fieldset>
        ))}
      </div>
      <div className="max-w-xs">
        {field("frontPagePosition", t("form.frontPagePosition"), { hint: t("form.frontPageHint") })}
      </div>
      <div>
        <Button type="submit" variant="primary" disabled={pending}>
          {topicId === undefined ? t("form.create") : t("form.save")}
        </Button>
      </div>
    </form>
  );
}
