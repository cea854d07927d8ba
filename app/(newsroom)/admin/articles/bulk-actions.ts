"use server";
/**
 * The article list's bulk action, in the kit's shape (app/(newsroom)/_kit/action.ts). Any staff
 * member may send it; each article then goes through the single-article rules in the data layer
 * (db/queries/articles/bulk.ts), which refuse per article what the role or the status does not
 * allow. Unpublish and delete need `confirmed` (sent by the confirmation dialog, or by the
 * confirmation the answer shows when the browser runs no JavaScript).
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  applyBulkOperation,
  bulkOperations,
  confirmedOperations,
  describeArticlesForStaff,
} from "@/db/queries/articles/bulk";
import { formList, formTexts, idSchema } from "@/lib/validation/form-data";
import { invalidateArticle } from "@/server/invalidate";
import { formAction } from "../../_kit/action";
import type { BulkState } from "./bulk-state";

/** Rows one request may change: a few pages of the list. */
const maxSelected = 100;

/** A selected row: "id:version", the version the list showed. */
const itemSchema = z
  .string()
  .regex(/^\d+:\d+$/)
  .transform((value) => {
    const [id, version] = value.split(":");
    return { id: idSchema.parse(id), version: idSchema.parse(version) };
  });

const bulkSchema = z
  .object({
    operation: z.enum(bulkOperations),
    items: z.array(itemSchema).min(1, "noneSelected").max(maxSelected, "tooMany"),
    topicId: z.union([z.literal("").transform(() => undefined), idSchema]),
    confirmed: z.string().transform((value) => value === "yes"),
  })
  .refine((input) => input.operation !== "addTopic" || input.topicId !== undefined, {
    message: "topicRequired",
    path: ["topicId"],
  });

export const bulkArticlesAction = formAction({
  read: (form) => ({ ...formTexts(form, ["operation", "topicId", "confirmed"]), items: formList(form, "items") }),
  schema: bulkSchema,
  permission: "newsroom.enter",
  run: async (user, { operation, items, topicId, confirmed }) => {
    if (confirmedOperations.includes(operation) && !confirmed) {
      const titles = await describeArticlesForStaff(
        user,
        items.map((item) => item.id),
      );
      return {
        kind: "confirm" as const,
        items: items.flatMap((item) => {
          const seen = titles.get(item.id);
          return seen ? [{ ...item, title: seen.title }] : [];
        }),
      };
    }
    return { kind: "done" as const, outcomes: await applyBulkOperation(user, operation, items, { topicId }) };
  },
  revalidate: async (result) => {
    if (result.kind !== "done") return;
    // Reader pages that showed an article, or show it now, are refreshed.
    for (const outcome of result.outcomes)
      if (outcome.result === "done" && (outcome.previous || outcome.status === "published"))
        await invalidateArticle(outcome.id, outcome.previous);
    revalidatePath("/admin/articles");
    revalidatePath("/admin");
  },
  done: (result, _values, { operation }): BulkState =>
    result.kind === "confirm"
      ? { status: "confirm", operation, items: result.items }
      : {
          status: "done",
          operation,
          lines: result.outcomes.map(({ id, title, locale, result: outcome, reason, problems }) => ({
            id,
            title,
            locale,
            result: outcome,
            reason,
            problems,
          })),
        },
  invalid: (error): BulkState => {
    const message = error.issues
      .map((issue) => issue.message)
      .find((m) => m === "noneSelected" || m === "tooMany" || m === "topicRequired");
    return { status: "error", message: message ?? "invalid" };
  },
  refused: (error): BulkState => ({
    status: "error",
    message:
      error.code === "forbidden" ? "forbidden" : error.fields.topicId === "topicRequired" ? "topicRequired" : "invalid",
  }),
});
