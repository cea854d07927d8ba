/**
 * What Save and autosave both send: the article form plus the article's id (empty for a new
 * one) and the version the editor started from. Server-only: zod stays out of the browser.
 */
import "server-only";
import { z } from "zod";
import { articleFormSchema, readArticleForm } from "@/lib/validation/article-form";
import { formTexts, optionalIdSchema } from "@/lib/validation/form-data";

export function readArticleSave(form: FormData) {
  return { values: readArticleForm(form), ...formTexts(form, ["id", "version"]) };
}

export const articleSaveSchema = z.preprocess(
  (sent: ReturnType<typeof readArticleSave>) => ({ ...sent.values, id: sent.id, version: sent.version }),
  articleFormSchema
    .and(z.object({ id: optionalIdSchema, version: optionalIdSchema }))
    // An existing article is saved against the version the editor started from.
    .refine((v) => v.id === null || v.version !== null, { path: ["form"], message: "invalid" }),
);
