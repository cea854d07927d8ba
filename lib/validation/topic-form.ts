/** The topic form: what was typed (kept on refusal) and how it is checked. */
import { z } from "zod";
import { fieldErrorsOf, formText } from "./form-data";
import { locales, type Locale } from "../locales";
import { normalizeSlug, slugify, slugMaxLength, slugPattern } from "../slug";

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
    values[key] = formText(form, key);
  }
  return values;
}

/**
 * One language's name, address and description. The address is made from the name when left
 * empty, as an article's is from its headline, and a typed one is put in slug form (capitals,
 * spaces, accents) rather than refused.
 */
const translation = z
  .object({
    name: z.string().trim().min(1, "nameRequired").max(80, "nameTooLong"),
    slug: z
      .string()
      .trim()
      .max(slugMaxLength, "slugInvalid")
      .transform(normalizeSlug)
      // A typed address with nothing to keep is wrong whatever the name says.
      .refine((slug) => slug === "" || slugPattern.test(slug), "slugInvalid"),
    description: z.string().trim().max(500, "descriptionTooLong"),
  })
  .transform((value) => ({ ...value, slug: value.slug || slugify(value.name) }))
  .refine((value) => slugPattern.test(value.slug), { path: ["slug"], message: "slugInvalid" });

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
export function topicFormInput(values: TopicFormValues): z.input<typeof topicFormSchema> {
  return {
    frontPagePosition: values.frontPagePosition.trim(),
    translations: Object.fromEntries(
      locales.map((l) => [
        l,
        { name: values[`name.${l}`], slug: values[`slug.${l}`], description: values[`description.${l}`] },
      ]),
    ) as Record<Locale, { name: string; slug: string; description: string }>,
  };
}

/** zod issues as form field errors: translations.es.slug becomes "slug.es". */
export function topicFieldErrors(error: z.ZodError): TopicFormErrors {
  return fieldErrorsOf(error, ([first, locale, field]) =>
    first === "translations" ? `${field}.${locale}` : (first ?? "form"),
  );
}
