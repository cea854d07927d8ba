"use server";
/**
 * Workflow server actions: scheduling, the review queue's decisions and preview share links, in
 * the kit's shape (app/(newsroom)/_kit/action.ts): each checks the session and the role itself,
 * validates with zod, and lets the data layer check again.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createPreviewLink, previewLinkLifetimes, revokePreviewLink } from "@/db/queries/articles/preview-links";
import { transitionArticle } from "@/db/queries/articles/transitions";
import { paths } from "@/lib/paths";
import { formTexts, idSchema } from "@/lib/validation/form-data";
import { returnNoteSchema } from "@/lib/workflow/return-note";
import { fromLocalInputValue } from "@/lib/workflow/site-time";
import { siteTimeZone } from "@/server/site-time";
import { invalidateArticle } from "@/server/invalidate";
import { signPreviewToken } from "@/server/preview-token";
import { absoluteUrl } from "@/server/site-url";
import { formAction, redirectAction } from "../../_kit/action";
import type { ScheduleFormState, SendBackState, ShareLinkState } from "./workflow-state";

const scheduleSchema = z.object({
  id: idSchema,
  kind: z.enum(["publish", "unpublish"]),
  at: z
    .string()
    .trim()
    .min(1, "timeRequired")
    .max(40, "timeInvalid")
    // A time typed in the site's zone; one that does not exist there (a DST gap) is refused.
    .transform(
      (typed, context) => fromLocalInputValue(typed, siteTimeZone()) ?? context.addIssue("timeInvalid") ?? z.NEVER,
    ),
});

/** Schedules (or moves) a publication or an unpublication at a time in the site's zone. */
export const scheduleArticleAction = formAction({
  read: (form) => formTexts(form, ["id", "kind", "at"]),
  schema: scheduleSchema,
  permission: "article.publish",
  run: (user, { id, kind, at }) =>
    transitionArticle(user, id, kind === "publish" ? "schedule" : "scheduleUnpublish", { at }),
  revalidate: (_result, { id }) => revalidatePath(`/admin/articles/${id}`),
  done: (_result, { at }, { kind }): ScheduleFormState => ({
    status: "saved",
    at,
    message: kind === "publish" ? "scheduled" : "unpublishScheduled",
  }),
  invalid: (error, { at }): ScheduleFormState => ({
    status: "error",
    at,
    message: error.issues.find((i) => i.path[0] === "at")?.message ?? "invalid",
  }),
  refused: (error, { at }): ScheduleFormState => ({
    status: "error",
    at,
    message: error.code,
    problems: [...error.problems],
  }),
});

/** Cancels a scheduled publication (back to draft) or unpublication. */
export const cancelScheduleAction = redirectAction({
  read: (form) => formTexts(form, ["id", "kind"]),
  schema: z.object({ id: idSchema, kind: z.enum(["publish", "unpublish"]) }),
  permission: "article.publish",
  run: (user, { id, kind }) => transitionArticle(user, id, kind === "publish" ? "cancelSchedule" : "cancelUnpublish"),
  done: (_result, { id, kind }) =>
    `/admin/articles/${id}?workflow=${kind === "publish" ? "unscheduled" : "unpublishUnscheduled"}`,
  invalid: () => "/admin/articles?error=invalid",
  refused: (error, { id }) =>
    `/admin/articles/${id}?error=${error.code === "forbidden" || error.code === "notFound" ? error.code : "badTransition"}`,
});

/** From the review queue: publish the article as it stands (sending back takes a note, below). */
export const reviewDecisionAction = redirectAction({
  read: (form) => formTexts(form, ["id", "decision"]),
  schema: z.object({ id: idSchema, decision: z.literal("publish") }),
  permission: "article.publish",
  // From the queue only what is still in review: "publishFromReview" refuses anything else, and
  // the publish checks run inside the same transition as the Publish button's.
  run: (user, { id }) => transitionArticle(user, id, "publishFromReview"),
  revalidate: (_result, { id }) => invalidateArticle(id),
  done: (_result, { id }) => `/admin/review?done=published&id=${id}`,
  invalid: () => "/admin/review?error=invalid",
  refused: (error) => `/admin/review?error=${error.code}`,
});

/**
 * "Send back": an editor returns an article in review to its writer as a draft, with a note
 * saying what to change (required). The writer sees it on the article and the dashboard until
 * resubmitting. From the queue it answers on the queue, from the article on the article.
 */
export const sendBackArticleAction = formAction({
  read: (form) => formTexts(form, ["id", "note", "from"]),
  schema: z.object({ id: idSchema, note: returnNoteSchema, from: z.enum(["review", "article"]).catch("article") }),
  permission: "article.publish",
  run: (user, { id, note }) => transitionArticle(user, id, "returnToDraft", { note }),
  revalidate: (_result, { id }) => revalidatePath(`/admin/articles/${id}`),
  done: (_result, _values, { id, from }): SendBackState =>
    redirect(from === "review" ? `/admin/review?done=returned&id=${id}` : `/admin/articles/${id}?done=returned`),
  invalid: (error, { note }): SendBackState => ({
    status: "error",
    note,
    message: error.issues.find((issue) => issue.path[0] === "note")?.message ?? "invalid",
  }),
  refused: (error, { note }): SendBackState => ({
    status: "error",
    note,
    message: error.code === "invalid" ? (error.fields.note ?? "invalid") : error.code,
  }),
});

const shareSchema = z.object({
  id: idSchema,
  hours: z.coerce
    .number()
    .int()
    .refine(
      (h): h is (typeof previewLinkLifetimes)[number] => (previewLinkLifetimes as readonly number[]).includes(h),
      "lifetimeInvalid",
    ),
});

/** Creates an expiring share link; the answer carries the link once, to copy. */
export const createPreviewLinkAction = formAction({
  read: (form) => formTexts(form, ["id", "hours"]),
  schema: shareSchema,
  permission: "newsroom.enter",
  run: async (user, { id, hours }) => {
    const link = await createPreviewLink(user, id, hours);
    return { url: await absoluteUrl(paths.preview(signPreviewToken(link))), expiresAt: link.expiresAt.toISOString() };
  },
  revalidate: (_link, { id }) => revalidatePath(`/admin/articles/${id}`),
  done: (link): ShareLinkState => ({ status: "created", ...link }),
  invalid: (): ShareLinkState => ({ status: "error", message: "lifetimeInvalid" }),
  refused: (error): ShareLinkState => ({ status: "error", message: error.code }),
});

export const revokePreviewLinkAction = redirectAction({
  read: (form) => formTexts(form, ["id", "linkId"]),
  schema: z.object({ id: idSchema, linkId: idSchema }),
  permission: "newsroom.enter",
  run: (user, { id, linkId }) => revokePreviewLink(user, id, linkId),
  done: (_result, { id }) => `/admin/articles/${id}?workflow=linkRevoked`,
  invalid: () => "/admin/articles?error=invalid",
  refused: (error, { id }) => `/admin/articles/${id}?error=${error.code}`,
});
