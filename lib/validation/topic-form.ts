/** The topic form: what was typed (kept on refusal) and how it is checked. */
import { z } from "zod";
import { locales, type Locale } from "../locales";
import { slugMaxLength, slugPattern } from "../slug";

export type TopicFormValues = {
  frontPagePosition: string;
} & Record<`name.${Locale}` | `slug.${Locale}` | `description.${Locale}`, string>;

/** Field name to message key under topics.errors. */
export type TopicFormErrors = Partial<Record<string, string>>;

export function emptyTopicForm(): TopicFormValues {
  const values: Record<string, string> = { frontPagePosition: "" };
  for (const l of locales) values[`name.${l}`] = values[`slug.${l}`] = values[`description.${l}`] = "";
  return values as TopicFormValues;
}

export function readTopicForm(form: FormData): TopicFormValues {
  const values = emptyTopicForm();
  for (const key of Object.keys(values) as (keyof TopicFormValues)[]) {
    const raw = form.get(key);
    values[key] = typeof raw === "string" ? raw : "";
  }
  return values;
}

const translation = z.object({
  name: z.string().trim().min(1, "nameRequired").max(80, "nameTooLong"),
  slug: z.string().trim().min(1, "slugRequired").max(slugMaxLength, "slugInvalid").regex(slugPattern, "slugInvalid"),
  description: z.string().trim().max(500, "descriptionTooLong"),
});

export const topicFormSchema = z.object({
  frontPagePosition: z
    .string()
    .trim()
    .regex(/^([1-9]\d?)?$/, "positionInvalid")
    .transform((v) => (v === "" ? null : Number(v))),
  translations: z.object(
    Object.fromEntries(locales.map((l) => [l, translation])) as Record<Locale, typeof translation>,
  ),
});

/** Typed values into the shape the schema checks. */
export function topicFormInput(values: TopicFormValues) {
  return {
    frontPagePosition: values.frontPagePosition.trim(),
    translations: Object.fromEntries(
      locales.map((l) => [
        l,
        { name: values[`name.${l}`], slug: values[`slug.${l}`], description: values[`description.${l}`] },
      ]),
    ),
  };
}

/** zod issues as form field errors: translations.es.slug becomes "slug.es". */
export function topicFieldErrors(error: z.ZodError): TopicFormErrors {
  const errors: TopicFormErrors = {};
  for (const issue of error.issues) {
    const [first, locale, field] = issue.path.map(String);
    const key = first === "translations" ? `${field}.${locale}` : (first ?? "form");
    errors[key] ??= /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid";
  }
  return errors;
}
