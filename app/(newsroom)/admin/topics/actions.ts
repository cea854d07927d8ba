"use server";
/**
 * Topic server actions, in the kit's shape (app/(newsroom)/_kit/action.ts): each checks the
 * session and `topic.manage` itself, validates with zod, and the data layer checks again.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { createTopic, deleteTopic, mergeTopics, updateTopic } from "@/db/queries/topics/manage";
import { formText, idSchema } from "@/lib/validation/form-data";
import {
  readTopicForm,
  topicFieldErrors,
  topicFormInput,
  topicFormSchema,
  type TopicFormValues,
} from "@/lib/validation/topic-form";
import { invalidateTopics } from "@/server/invalidate";
import { locales } from "@/lib/locales";
import { formAction, redirectAction } from "../../_kit/action";
import type { TopicFormState } from "./form-state";

/** What the topic form sends: the typed values and, for an existing topic, its id. */
const topicSaveSchema = z.preprocess(
  (values: TopicFormValues & { id: string }) => ({ id: values.id, ...topicFormInput(values) }),
  topicFormSchema.extend({ id: z.union([z.literal("").transform(() => null), idSchema]) }),
);

/** Creates a topic (then opens the list) or saves an existing one (the form stays). */
export const saveTopicAction = formAction({
  read: (form) => ({ ...readTopicForm(form), id: formText(form, "id") }),
  schema: topicSaveSchema,
  permission: "topic.manage",
  run: async (user, { id, ...topic }) =>
    id === null
      ? { created: true, footprint: (await createTopic(user, topic)).footprint }
      : { created: false, footprint: await updateTopic(user, id, topic) },
  revalidate: ({ footprint }) => invalidateTopics(footprint),
  done: ({ created }, { id: _id, ...values }, { translations }): TopicFormState => {
    if (created) redirect("/admin/topics?done=created");
    // The addresses as stored (made from the name, or put in slug form), not as typed.
    const stored = { ...values };
    for (const locale of locales) stored[`slug.${locale}`] = translations[locale].slug;
    return { status: "saved", values: stored, errors: {}, message: "saved" };
  },
  invalid: (error, { id: _id, ...values }): TopicFormState => ({
    status: "error",
    values,
    errors: topicFieldErrors(error),
    message: "fixBelow",
  }),
  refused: (error, { id: _id, ...values }): TopicFormState =>
    error.code === "invalid"
      ? { status: "error", values, errors: error.fields, message: "fixBelow" }
      : { status: "error", values, errors: {}, message: error.code === "notFound" ? "notFound" : "forbidden" },
});

const mergeSchema = z.object({ id: idSchema, into: idSchema }).refine((v) => v.id !== v.into, { path: ["into"] });

export const mergeTopicAction = redirectAction({
  read: (form) => ({ id: formText(form, "id"), into: formText(form, "into") }),
  schema: mergeSchema,
  permission: "topic.manage",
  run: (user, { id, into }) => mergeTopics(user, id, into),
  revalidate: (footprint) => invalidateTopics(footprint),
  done: () => "/admin/topics?done=merged",
  invalid: ({ id }) =>
    idSchema.safeParse(id).success ? `/admin/topics/${id}?error=chooseTarget` : "/admin/topics?error=notFound",
  refused: (error) => `/admin/topics?error=${error.code}`,
});

export const deleteTopicAction = redirectAction({
  read: (form) => ({ id: formText(form, "id") }),
  schema: z.object({ id: idSchema }),
  permission: "topic.manage",
  run: (user, { id }) => deleteTopic(user, id),
  revalidate: (footprint) => invalidateTopics(footprint),
  done: () => "/admin/topics?done=deleted",
  invalid: () => "/admin/topics?error=notFound",
  refused: (error, { id }) =>
    error.code === "inUse"
      ? `/admin/topics/${id}?error=inUse&count=${error.count}`
      : `/admin/topics?error=${error.code}`,
});
