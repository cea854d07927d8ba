/**
 * The reader comment form: what was typed (handed back on every refusal) and the rules. Each
 * refusal is a message key under `readerComments.errors` in messages/{es,en}.json.
 */
import { z } from "zod";
import { commentLimits } from "../comments/limits";
import { countLinks } from "../comments/linkify";

export type CommentFormValues = {
  name: string;
  email: string;
  body: string;
  parentId: string;
  token: string;
  challengeToken: string;
  challengeAnswer: string;
  /** The honeypot: invisible to people, so anything in it was typed by a program. */
  website: string;
};

export const emptyCommentForm: CommentFormValues = {
  name: "",
  email: "",
  body: "",
  parentId: "",
  token: "",
  challengeToken: "",
  challengeAnswer: "",
  website: "",
};

export function readCommentForm(form: FormData): CommentFormValues {
  const text = (name: keyof CommentFormValues, max: number) => {
    const raw = form.get(name);
    // Far past any limit is cut here; the schema still refuses what is over the limit.
    return typeof raw === "string" ? raw.slice(0, max) : "";
  };
  return {
    name: text("name", 1000),
    email: text("email", 1000),
    body: text("body", 20_000),
    parentId: text("parentId", 20),
    token: text("token", 300),
    challengeToken: text("challengeToken", 300),
    challengeAnswer: text("challengeAnswer", 20),
    website: text("website", 1000),
  };
}

// C0 controls other than tab and line breaks, DEL, C1 controls, and U+FFFD (what invalid UTF-8
// decodes to): none is in text a person typed.
const notText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/;
// Something that reads as an HTML tag or a script: comments are plain text, so markup is refused
// with a word rather than shown (it would be harmless, as text, but it is never what a reader meant).
const markup = /<[a-z!/?]|javascript\s*:/i;

const name = z
  .string()
  .transform((value) => value.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(1, "nameRequired")
      .max(commentLimits.nameMaxLength, "nameTooLong")
      .refine((value) => !notText.test(value), "nameInvalid")
      .refine((value) => !markup.test(value), "nameInvalid"),
  );

const email = z
  .string()
  .trim()
  .max(commentLimits.emailMaxLength, "emailInvalid")
  .refine((value) => value === "" || z.email().safeParse(value).success, "emailInvalid")
  .transform((value) => (value === "" ? null : value.toLowerCase()));

const body = z
  .string()
  .transform((value) =>
    value
      .replace(/\r\n?/g, "\n")
      // Three or more empty lines are one.
      .replace(/\n{3,}/g, "\n\n")
      .trim(),
  )
  .pipe(
    z
      .string()
      .min(1, "bodyRequired")
      .max(commentLimits.bodyMaxLength, "bodyTooLong")
      .refine((value) => !notText.test(value), "bodyNotText")
      .refine((value) => !markup.test(value), "bodyMarkup")
      .refine((value) => countLinks(value) <= commentLimits.maxLinks, "tooManyLinks"),
  );

export const commentFormSchema = z.object({
  name,
  email,
  body,
  parentId: z
    .string()
    .regex(/^([1-9]\d{0,9})?$/, "parentInvalid")
    .transform((value) => (value === "" ? null : Number(value))),
  token: z.string(),
  challengeToken: z.string(),
  challengeAnswer: z.string().trim(),
  website: z.string(),
});

export type CommentFormInput = z.output<typeof commentFormSchema>;
