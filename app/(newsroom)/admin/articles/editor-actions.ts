"use server";
/**
 * Server actions of the article editor beyond the form's Save: autosave, called from a client
 * island for a typed result, in the kit's shape (app/(newsroom)/_kit/action.ts): the session and
 * role are checked here and again below. The image picker's search belongs to the media library
 * (../media/picker-actions.ts).
 */
import { createArticle, updateArticle } from "@/db/queries/articles/saves";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/validation/article-form";
import { resultAction } from "../../_kit/action";
import { articleSaveSchema, readArticleSave } from "./save-input";

export type AutosaveResult =
  | { status: "saved"; id: number; version: number; slug: string; savedAt: string; created: boolean }
  | { status: "invalid"; errors: FieldErrors }
  | { status: "conflict"; startedFrom: number | null; current: number }
  | { status: "refused"; message: "forbidden" | "notFound" | "autosaveStatus" };

/**
 * Saves the form as it is, without leaving the page. A new article is created once (the client
 * sends its id with every later autosave); an existing one is saved through the same
 * version-guarded path as Save, but only while it is a draft or in review.
 */
export const autosaveArticleAction = resultAction({
  read: readArticleSave,
  schema: articleSaveSchema,
  permission: "article.create",
  run: async (user, { id, version, ...article }) => {
    if (id === null)
      return { id: (await createArticle(user, article)).id, version: 1, slug: article.slug, created: true };
    const saved = await updateArticle(user, id, version ?? 0, article, { onlyStatuses: ["draft", "review"] });
    return { id, version: saved.version, slug: saved.slug, created: false };
  },
  done: (saved): AutosaveResult => ({ status: "saved", ...saved, savedAt: new Date().toISOString() }),
  invalid: (error): AutosaveResult => ({ status: "invalid", errors: fieldErrorsFrom(error) }),
  refused: (error, _values, { version }): AutosaveResult => {
    if (error.code === "conflict")
      return { status: "conflict", startedFrom: version, current: error.currentVersion ?? 0 };
    if (error.code === "invalid")
      return error.fields.form === "autosaveStatus"
        ? { status: "refused", message: "autosaveStatus" }
        : { status: "invalid", errors: error.fields };
    return { status: "refused", message: error.code === "notFound" ? "notFound" : "forbidden" };
  },
});
