"use server";
/**
 * Moderation of reader comments, in the kit's shape (app/(newsroom)/_kit/action.ts): each checks
 * the session and `comment.moderate`, the data layer checks again and writes the audit entry.
 * After a change only the pages of the articles concerned are expired (server/invalidate.ts).
 */
import { z } from "zod";
import { moderateComments, moderationActions, replyToComment } from "@/db/queries/comments/moderation";
import { commentLimits } from "@/lib/comments/limits";
import { formList, formText, formTexts, idSchema } from "@/lib/validation/form-data";
import { invalidateComments } from "@/server/invalidate";
import { formAction, redirectAction } from "../../_kit/action";
import type { ReplyFormState } from "./form-state";

/** Where the queue was (its filters), so the answer comes back to the same view. */
const backSchema = z.object({
  status: z
    .string()
    .regex(/^[a-z]{0,10}$/)
    .catch(""),
  article: z
    .string()
    .regex(/^\d{0,10}$/)
    .catch(""),
});

function queueAddress(back: z.output<typeof backSchema>, outcome: Record<string, string>): string {
  const query = new URLSearchParams();
  if (back.status) query.set("status", back.status);
  if (back.article) query.set("article", back.article);
  for (const [key, value] of Object.entries(outcome)) query.set(key, value);
  return `/admin/comments?${query.toString()}`;
}

/**
 * One form holds the whole queue: a row's own button sends `one=<action>:<id>`; the bulk
 * buttons send `bulk=<action>` with the ticked rows' `ids`.
 */
const moderationSchema = z
  .object({
    one: z.string(),
    bulk: z.string(),
    ids: z.array(z.string()).max(500),
    back: backSchema,
  })
  .transform((sent, ctx) => {
    const single = /^([a-z]+):([1-9]\d{0,9})$/.exec(sent.one);
    const action = single ? single[1] : sent.bulk;
    const ids = single ? [single[2]] : sent.ids;
    const parsedAction = z.enum(moderationActions).safeParse(action);
    const parsedIds = z.array(idSchema).min(1).safeParse(ids);
    if (!parsedAction.success) ctx.addIssue({ code: "custom", message: "invalid" });
    if (!parsedIds.success) ctx.addIssue({ code: "custom", message: "noneSelected" });
    if (!parsedAction.success || !parsedIds.success) return z.NEVER;
    return { action: parsedAction.data, ids: parsedIds.data, back: sent.back };
  });

export const moderateCommentsAction = redirectAction({
  read: (form) => ({
    ...formTexts(form, ["one", "bulk"]),
    ids: formList(form, "ids"),
    back: formTexts(form, ["status", "article"]),
  }),
  schema: moderationSchema,
  permission: "comment.moderate",
  run: (user, { ids, action }) => moderateComments(user, ids, action),
  revalidate: (result) => invalidateComments(result.articleIds),
  done: (result, { action, back }) => queueAddress(back, { done: action, count: String(result.changed) }),
  invalid: (values, error) =>
    queueAddress(backSchema.parse(values.back), {
      error: error.issues.some((issue) => issue.message === "noneSelected") ? "noneSelected" : "invalid",
    }),
  refused: (error, { back }) => queueAddress(back, { error: error.code }),
});

const replySchema = z.object({
  commentId: idSchema,
  body: z
    .string()
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(1, "replyRequired").max(commentLimits.bodyMaxLength, "replyTooLong")),
});

export const replyToCommentAction = formAction({
  read: (form: FormData) => ({ commentId: formText(form, "commentId"), body: formText(form, "body") }),
  schema: replySchema,
  permission: "comment.moderate",
  run: (user, { commentId, body }) => replyToComment(user, commentId, body),
  revalidate: (result) => invalidateComments([result.articleId]),
  done: (_result, values): ReplyFormState => ({ status: "saved", message: "replied", values: { ...values, body: "" } }),
  invalid: (error, values): ReplyFormState => ({
    status: "error",
    message: error.issues[0]?.message === "replyTooLong" ? "replyTooLong" : "replyRequired",
    values,
  }),
  refused: (error, values): ReplyFormState => ({ status: "error", message: error.code, values }),
});
