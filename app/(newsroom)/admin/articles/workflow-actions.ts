"use server";
/**
 * Workflow server actions: scheduling, the review queue's decisions and preview share links.
 * Each one checks the session and the role itself, validates with zod, and lets the data layer
 * check again.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requirePermission, UnauthenticatedError } from "@/auth-session";
import { createPreviewLink, previewLinkLifetimes, revokePreviewLink } from "@/db/queries/preview-links";
import { getArticleWorkflow } from "@/db/queries/workflow";
import { transitionArticle, WorkflowError } from "@/db/queries/article-transitions";
import { ArticleNotFoundError } from "@/db/queries/staff-articles";
import { ForbiddenError } from "@/lib/permissions";
import { fromLocalInputValue, siteTimeZone } from "@/lib/workflow/site-time";
import { invalidateArticle } from "@/server/invalidate";
import { signPreviewToken } from "@/server/preview-token";
import { absoluteUrl } from "@/server/site-url";
import { paths } from "@/lib/paths";
import type { ScheduleFormState, ShareLinkState } from "./workflow-state";

const idSchema = z.coerce.number().int().positive();

function refusal(error: unknown): string | null {
  if (error instanceof UnauthenticatedError || error instanceof ForbiddenError) return "forbidden";
  if (error instanceof ArticleNotFoundError) return "notFound";
  if (error instanceof WorkflowError) return error.reason;
  return null;
}

const scheduleSchema = z.object({
  id: idSchema,
  kind: z.enum(["publish", "unpublish"]),
  at: z.string().trim().min(1, "timeRequired").max(40, "timeInvalid"),
});

/** Schedules (or moves) a publication or an unpublication at a time in the site's zone. */
export async function scheduleArticleAction(_previous: ScheduleFormState, form: FormData): Promise<ScheduleFormState> {
  const typed = String(form.get("at") ?? "");
  const parsed = scheduleSchema.safeParse({ id: form.get("id"), kind: form.get("kind"), at: typed });
  if (!parsed.success) {
    const key = parsed.error.issues.find((i) => i.path[0] === "at")?.message ?? "invalid";
    return { status: "error", at: typed, message: key };
  }
  const { id, kind, at } = parsed.data;
  try {
    const user = await requirePermission("article.publish");
    const when = fromLocalInputValue(at, siteTimeZone());
    if (!when) return { status: "error", at: typed, message: "timeInvalid" };
    await transitionArticle(user, id, kind === "publish" ? "schedule" : "scheduleUnpublish", { at: when });
  } catch (error) {
    const key = refusal(error);
    if (!key) throw error;
    const problems = error instanceof WorkflowError ? error.problems : [];
    return { status: "error", at: typed, message: key, problems };
  }
  revalidatePath(`/admin/articles/${id}`);
  return { status: "saved", at: typed, message: kind === "publish" ? "scheduled" : "unpublishScheduled" };
}

const cancelSchema = z.object({ id: idSchema, kind: z.enum(["publish", "unpublish"]) });

/** Cancels a scheduled publication (back to draft) or unpublication. */
export async function cancelScheduleAction(form: FormData): Promise<void> {
  const parsed = cancelSchema.safeParse({ id: form.get("id"), kind: form.get("kind") });
  if (!parsed.success) redirect("/admin/articles?error=invalid");
  const { id, kind } = parsed.data;
  let outcome: string;
  try {
    const user = await requirePermission("article.publish");
    await transitionArticle(user, id, kind === "publish" ? "cancelSchedule" : "cancelUnpublish");
    outcome = `workflow=${kind === "publish" ? "unscheduled" : "unpublishUnscheduled"}`;
  } catch (error) {
    const key = refusal(error);
    if (!key) throw error;
    outcome = `error=${key === "forbidden" || key === "notFound" ? key : "badTransition"}`;
  }
  redirect(`/admin/articles/${id}?${outcome}`);
}

const decisionSchema = z.object({ id: idSchema, decision: z.enum(["publish", "draft"]) });

/** From the review queue: publish the article as it stands, or send it back to draft. */
export async function reviewDecisionAction(form: FormData): Promise<void> {
  const parsed = decisionSchema.safeParse({ id: form.get("id"), decision: form.get("decision") });
  if (!parsed.success) redirect("/admin/review?error=invalid");
  const { id, decision } = parsed.data;
  let outcome: string;
  try {
    const user = await requirePermission("article.publish");
    if (decision === "publish") {
      // From the queue only what is still in review: the checks run inside the transition.
      const workflow = await getArticleWorkflow(user, id);
      if (!workflow) throw new ArticleNotFoundError();
      if (workflow.status !== "review") throw new WorkflowError("badTransition");
      await transitionArticle(user, id, "publish");
      await invalidateArticle(id);
    } else {
      await transitionArticle(user, id, "returnToDraft");
    }
    outcome = `done=${decision === "publish" ? "published" : "returned"}&id=${id}`;
  } catch (error) {
    const key = refusal(error);
    if (!key) throw error;
    outcome = `error=${key}`;
  }
  redirect(`/admin/review?${outcome}`);
}

const shareSchema = z.object({
  id: idSchema,
  hours: z.coerce
    .number()
    .int()
    .refine((h) => (previewLinkLifetimes as readonly number[]).includes(h), "lifetimeInvalid"),
});

/** Creates an expiring share link; the answer carries the link once, to copy. */
export async function createPreviewLinkAction(_previous: ShareLinkState, form: FormData): Promise<ShareLinkState> {
  const parsed = shareSchema.safeParse({ id: form.get("id"), hours: form.get("hours") });
  if (!parsed.success) return { status: "error", message: "lifetimeInvalid" };
  const { id, hours } = parsed.data;
  try {
    const user = await requirePermission("newsroom.enter");
    const link = await createPreviewLink(user, id, hours as (typeof previewLinkLifetimes)[number]);
    revalidatePath(`/admin/articles/${id}`);
    return {
      status: "created",
      url: await absoluteUrl(paths.preview(signPreviewToken(link))),
      expiresAt: link.expiresAt.toISOString(),
    };
  } catch (error) {
    const key = refusal(error);
    if (!key) throw error;
    return { status: "error", message: key };
  }
}

const revokeSchema = z.object({ id: idSchema, linkId: idSchema });

export async function revokePreviewLinkAction(form: FormData): Promise<void> {
  const parsed = revokeSchema.safeParse({ id: form.get("id"), linkId: form.get("linkId") });
  if (!parsed.success) redirect("/admin/articles?error=invalid");
  const { id, linkId } = parsed.data;
  let outcome: string;
  try {
    const user = await requirePermission("newsroom.enter");
    await revokePreviewLink(user, id, linkId);
    outcome = "workflow=linkRevoked";
  } catch (error) {
    const key = refusal(error);
    if (!key) throw error;
    outcome = `error=${key}`;
  }
  redirect(`/admin/articles/${id}?${outcome}`);
}
