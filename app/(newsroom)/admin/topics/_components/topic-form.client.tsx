"use client";
/**
 * Create or edit a topic: name, address (slug) and description in every language, and its
 * place on the front page. Works without JavaScript; a refused save keeps what was typed.
 */
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormNotice } from "@/components/ui/form-notice";
import { normalizeSlug, slugify } from "@/lib/slug";
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
  // Addresses of a new topic follow its names until typed by hand (as an article's slug follows
  // its headline); an existing topic's address is already known to readers and stays put.
  const [slugs, setSlugs] = useState(() => slugState(values, languages));
  const [answered, setAnswered] = useState(values);
  if (answered !== values) {
    setAnswered(values);
    setSlugs(slugState(values, languages));
  }
  const follows = (code: string) => topicId === undefined && !slugs[code]?.touched;

  const errorText = (name: keyof TopicFormValues) => (errors[name] ? t(`errors.${errors[name]}`) : undefined);
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
      error: errorText(name),
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
            <TextField
              key={`name-${values[perLanguage("name", language.code)]}`}
              id={`topic-name-${language.code}`}
              name={perLanguage("name", language.code)}
              label={t("form.name", { language: language.name })}
              defaultValue={values[perLanguage("name", language.code)]}
              error={errorText(perLanguage("name", language.code))}
              onChange={(event) => {
                const name = event.target.value;
                if (follows(language.code))
                  setSlugs((all) => ({ ...all, [language.code]: { value: slugify(name), touched: false } }));
              }}
            />
            <TextField
              id={`topic-slug-${language.code}`}
              name={perLanguage("slug", language.code)}
              label={t("form.slug", { language: language.name })}
              value={slugs[language.code]?.value ?? ""}
              onChange={(event) => {
                const value = event.target.value;
                setSlugs((all) => ({ ...all, [language.code]: { value, touched: value !== "" } }));
              }}
              onBlur={(event) => {
                const value = normalizeSlug(event.target.value);
                setSlugs((all) => ({
                  ...all,
                  [language.code]: { value, touched: all[language.code]?.touched ?? false },
                }));
              }}
              hint={topicId === undefined ? t("form.slugHintNew") : t("form.slugHint")}
              error={errorText(perLanguage("slug", language.code))}
              className="font-mono"
            />
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

/** Each language's address as the form shows it, and whether it was typed (so it stops following the name). */
function slugState(values: TopicFormValues, languages: { code: string }[]) {
  return Object.fromEntries(
    languages.map(({ code }) => {
      const value = values[`slug.${code}` as keyof TopicFormValues] ?? "";
      const name = values[`name.${code}` as keyof TopicFormValues] ?? "";
      return [code, { value, touched: value !== "" && value !== slugify(name) }];
    }),
  ) as Record<string, { value: string; touched: boolean }>;
}
