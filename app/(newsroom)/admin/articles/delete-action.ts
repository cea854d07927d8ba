"use server";
/**
 * Deleting a never-published article, in the kit's shape (app/(newsroom)/_kit/action.ts): the
 * session is checked here, the confirmation box must be ticked, and the data layer checks the
 * role and the status again.
 */
import { z } from "zod";
import { deleteArticle } from "@/db/queries/articles/deletion";
import { formTexts, idSchema } from "@/lib/validation/form-data";
import { redirectAction } from "../../_kit/action";

const refusalQuery: Partial<Record<string, string>> = {
  invalid: "deletePublished",
  conflict: "conflict",
  forbidden: "forbidden",
};

export const deleteArticleAction = redirectAction({
  read: (form) => formTexts(form, ["id", "version", "confirm"]),
  schema: z.object({ id: idSchema, version: idSchema, confirm: z.literal("on") }),
  permission: "article.create",
  run: (user, { id, version }) => deleteArticle(user, id, version),
  done: () => "/admin/articles?done=deleted",
  invalid: ({ id }) =>
    idSchema.safeParse(id).success
      ? `/admin/articles/${id}?error=deleteUnconfirmed#delete`
      : "/admin/articles?error=invalid",
  refused: (error, { id }) =>
    error.code === "notFound"
      ? "/admin/articles?error=notFound"
      : `/admin/articles/${id}?error=${refusalQuery[error.code] ?? "forbidden"}`,
});
