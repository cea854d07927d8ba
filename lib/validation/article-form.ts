/**
 * Server-side validation of the article form. Messages are keys under `admin.errors` in the
 * message files, so the newsroom shows them in the user's language.
 */
import { z } from "zod";
import { fieldErrorsOf, formChecked, formList, formText } from "./form-data";
import { htmlToText } from "../html/sanitize";
import { locales } from "../locales";
import { normalizeSlug, slugify, slugMaxLength, slugPattern } from "../slug";
import { seoDescriptionMaxLength, seoTitleMaxLength } from "./limits";

export { seoDescriptionMaxLength, seoTitleMaxLength };

const optionalText = (max: number) => z.string().trim().max(max, "tooLong");
const idList = z.array(z.coerce.number().int("unknownId").positive("unknownId")).max(20, "tooMany");

/** The form's fields: the one list every reader, snapshot and diff of the form derives from. */
export const articleFormFields = z.object({
  locale: z.enum(locales, { message: "invalidLocale" }),
  title: z.string().trim().min(1, "required").max(200, "tooLong"),
  slug: z
    .string()
    .trim()
    .max(slugMaxLength, "tooLong")
    // Capitals, spaces and accents are put right, not refused; the form shows the result.
    .transform(normalizeSlug)
    .refine((s) => s === "" || slugPattern.test(s), "slugFormat"),
  summary: z.string().trim().min(1, "required").max(400, "tooLong"),
  body: z
    .string()
    .max(200_000, "tooLong")
    .refine((html) => htmlToText(html).length > 0, "required"),
  topicIds: idList,
  authorIds: idList,
  leadMediaId: z.union([z.literal("").transform(() => null), z.coerce.number().int().positive("unknownId")]),
  leadImageCaption: optionalText(300),
  leadImageCredit: optionalText(200),
  sourceName: optionalText(200),
  sourceUrl: z
    .string()
    .trim()
    .max(500, "tooLong")
    .refine((s) => s === "" || /^https?:\/\/[^\s]+$/i.test(s), "urlFormat"),
  correction: optionalText(1000),
  seoTitle: optionalText(seoTitleMaxLength),
  seoDescription: optionalText(seoDescriptionMaxLength),
  featured: z.boolean(),
  breaking: z.boolean(),
  commentsEnabled: z.boolean(),
});

export const articleFormSchema = articleFormFields
  .transform((value) => ({ ...value, slug: value.slug || slugify(value.title) }))
  .refine((value) => slugPattern.test(value.slug), { path: ["slug"], message: "slugFormat" })
  .refine((value) => value.sourceUrl === "" || value.sourceName !== "", {
    path: ["sourceName"],
    message: "sourceNameNeeded",
  });

export type ArticleFormInput = z.infer<typeof articleFormSchema>;
export type ArticleFormField = keyof z.input<typeof articleFormSchema>;

type FieldShape = typeof articleFormFields.shape;

/** Every field's name, in the form's order. */
export const articleFieldNames = Object.keys(articleFormFields.shape) as ArticleFormField[];

/** The fields an article row holds itself; its topics and authors are links to other rows. */
export type ArticleRowField = Exclude<ArticleFormField, "topicIds" | "authorIds">;
export const articleRowFields = articleFieldNames.filter(
  (name): name is ArticleRowField => name !== "topicIds" && name !== "authorIds",
);

/** The named fields of `source`, e.g. `pickFields(input, articleRowFields)`. */
export function pickFields<T, K extends keyof T>(source: T, names: readonly K[]): Pick<T, K> {
  return Object.fromEntries(names.map((name) => [name, source[name]])) as Pick<T, K>;
}

/** What the form posts, as strings, so a failed save can show exactly what was typed. */
export type ArticleFormValues = {
  [K in keyof FieldShape]: z.input<FieldShape[K]> extends boolean
    ? boolean
    : z.input<FieldShape[K]> extends readonly unknown[]
      ? string[]
      : string;
};

/** A new article's form: every field empty or at its default (the new-article page, imports). */
export const emptyArticleValues: ArticleFormValues = {
  locale: locales[0],
  title: "",
  slug: "",
  summary: "",
  body: "",
  topicIds: [],
  authorIds: [],
  leadMediaId: "",
  leadImageCaption: "",
  leadImageCredit: "",
  sourceName: "",
  sourceUrl: "",
  correction: "",
  seoTitle: "",
  seoDescription: "",
  featured: false,
  breaking: false,
  commentsEnabled: true,
};

/** Reads every field of the schema: check boxes as booleans, id lists as lists, the rest as text. */
export function readArticleForm(form: FormData): ArticleFormValues {
  const values: Record<string, string | string[] | boolean> = {};
  for (const [name, field] of Object.entries(articleFormFields.shape)) {
    if (field instanceof z.ZodBoolean) values[name] = formChecked(form, name);
    else if (field instanceof z.ZodArray) values[name] = formList(form, name);
    else values[name] = formText(form, name);
  }
  // Built from the same shape the type is mapped from.
  return values as ArticleFormValues;
}

export type FieldErrors = Partial<Record<ArticleFormField | "form", string>>;

/** Zod issues to one message key per field (the first one wins). */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  return fieldErrorsOf(error, (path) => path[0] ?? "form");
}
