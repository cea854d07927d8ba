"use server";
/**
 * Topic server actions. Public POST endpoints: each checks the session and `topic.manage`
 * itself, validates with zod, and the data layer checks the permission again.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { requirePermission, UnauthenticatedError } from "@/auth-session";
import {
  createTopic,
  deleteTopic,
  mergeTopics,
  TopicInputError,
  TopicInUseError,
  TopicNotFoundError,
  updateTopic,
} from "@/db/queries/staff-topics";
import { ForbiddenError } from "@/lib/permissions";
import { readTopicForm, topicFieldErrors, topicFormInput, topicFormSchema } from "@/lib/validation/topic-form";
import { invalidateTopics } from "@/server/invalidate";
import type { TopicFormState } from "./form-state";

const idSchema = z.coerce.number().int().positive();

function refusal(error: unknown): string | null {
  if (error instanceof UnauthenticatedError || error instanceof ForbiddenError) return "forbidden";
  if (error instanceof TopicNotFoundError) return "notFound";
  return null;
}

export async function saveTopicAction(_previous: TopicFormState, form: FormData): Promise<TopicFormState> {
  const values = readTopicForm(form);
  const user = await requirePermission("topic.manage").catch((error: unknown) => {
    if (refusal(error)) return null;
    throw error;
  });
  if (!user) return { status: "error", values, errors: {}, message: "forbidden" };
  const parsed = topicFormSchema.safeParse(topicFormInput(values));
  if (!parsed.success) return { status: "error", values, errors: topicFieldErrors(parsed.error), message: "fixBelow" };

  const idField = form.get("id");
  try {
    if (idField === null || idField === "") {
      const created = await createTopic(user, parsed.data);
      invalidateTopics(created.footprint);
      redirect(`/admin/topics?done=created`);
    }
    const footprint = await updateTopic(user, idSchema.parse(idField), parsed.data);
    invalidateTopics(footprint);
    return { status: "saved", values, errors: {}, message: "saved" };
  } catch (error) {
    if (error instanceof TopicInputError) return { status: "error", values, errors: error.fields, message: "fixBelow" };
    const key = refusal(error);
    if (key) return { status: "error", values, errors: {}, message: key };
    throw error;
  }
}

export async function mergeTopicAction(form: FormData): Promise<void> {
  const from = idSchema.safeParse(form.get("id"));
  const into = idSchema.safeParse(form.get("into"));
  if (!from.success) redirect("/admin/topics?error=notFound");
  if (!into.success || into.data === from.data) redirect(`/admin/topics/${from.data}?error=chooseTarget`);
  let outcome: string;
  try {
    const user = await requirePermission("topic.manage");
    invalidateTopics(await mergeTopics(user, from.data, into.data));
    outcome = `/admin/topics?done=merged`;
  } catch (error) {
    const key = refusal(error);
    if (!key) throw error;
    outcome = `/admin/topics?error=${key}`;
  }
  redirect(outcome);
}

export async function deleteTopicAction(form: FormData): Promise<void> {
  const id = idSchema.safeParse(form.get("id"));
  if (!id.success) redirect("/admin/topics?error=notFound");
  let outcome: string;
  try {
    const user = await requirePermission("topic.manage");
    invalidateTopics(await deleteTopic(user, id.data));
    outcome = "/admin/topics?done=deleted";
  } catch (error) {
    if (error instanceof TopicInUseError) outcome = `/admin/topics/${id.data}?error=inUse&count=${error.articleCount}`;
    else {
      const key = refusal(error);
      if (!key) throw error;
      outcome = `/admin/topics?error=${key}`;
    }
  }
  redirect(outcome);
}
