/**
 * Server-side validation of the article form. Messages are keys under `admin.errors` in the
 * message files, so the newsroom shows them in the user's language.
 */
import { z } from "zod";
import { htmlToText } from "../html/sanitize";
import { locales } from "../locales";
import { slugify, slugMaxLength, slugPattern } from "../slug";
import { seoDescriptionMaxLength, seoTitleMaxLength } from "./limits";

export { seoDescriptionMaxLength, seoTitleMaxLength };

const optionalText = (max: number) => z.string().trim().max(max, "tooLong");
const idList = z.array(z.coerce.number().int("unknownId").positive("unknownId")).max(20, "tooMany");

export const articleFormSchema = z
  .object({
    locale: z.enum(locales, { message: "invalidLocale" }),
    title: z.string().trim().min(1, "required").max(200, "tooLong"),
    slug: z
      .string()
      .trim()
      .max(slugMaxLength, "tooLong")
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
  })
  .transform((value) => ({ ...value, slug: value.slug || slugify(value.title) }))
  .refine((value) => slugPattern.test(value.slug), { path: ["slug"], message: "slugFormat" })
  .refine((value) => value.sourceUrl === "" || value.sourceName !== "", {
    path: ["sourceName"],
    message: "sourceNameNeeded",
  });

export type ArticleFormInput = z.infer<typeof articleFormSchema>;
export type ArticleFormField = keyof z.input<typeof articleFormSchema>;

/** What the form posts, as strings, so a failed save can show exactly what was typed. */
export type ArticleFormValues = {
  locale: string;
  title: string;
  slug: string;
  summary: string;
  body: string;
  topicIds: string[];
  authorIds: string[];
  leadMediaId: string;
  leadImageCaption: string;
  leadImageCredit: string;
  sourceName: string;
  sourceUrl: string;
  correction: string;
  seoTitle: string;
  seoDescription: string;
  featured: boolean;
  breaking: boolean;
  commentsEnabled: boolean;
};

export function readArticleForm(form: FormData): ArticleFormValues {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const list = (name: string) => form.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");
  return {
    locale: text("locale"),
    title: text("title"),
    slug: text("slug"),
    summary: text("summary"),
    body: text("body"),
    topicIds: list("topicIds"),
    authorIds: list("authorIds"),
    leadMediaId: text("leadMediaId"),
    leadImageCaption: text("leadImageCaption"),
    leadImageCredit: text("leadImageCredit"),
    sourceName: text("sourceName"),
    sourceUrl: text("sourceUrl"),
    correction: text("correction"),
    seoTitle: text("seoTitle"),
    seoDescription: text("seoDescription"),
    featured: form.get("featured") === "on",
    breaking: form.get("breaking") === "on",
    commentsEnabled: form.get("commentsEnabled") === "on",
  };
}

export type FieldErrors = Partial<Record<ArticleFormField | "form", string>>;

/** Zod issues to one message key per field (the first one wins). */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = (issue.path[0] ?? "form") as ArticleFormField | "form";
    if (!errors[field]) errors[field] = issue.message.match(/^[a-zA-Z]+$/) ? issue.message : "invalid";
  }
  return errors;
}
