"use server";
/**
 * Article server actions, in the kit's shape (app/(newsroom)/_kit/action.ts): each checks the
 * session and the role itself, validates with zod, and lets the data layer check again.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { createArticle, restoreRevision, updateArticle } from "@/db/queries/articles/saves";
import { transitionArticle } from "@/db/queries/articles/transitions";
import { createTranslation } from "@/db/queries/articles/translations";
import type { DomainError } from "@/lib/domain-error";
import { locales } from "@/lib/locales";
import { fieldErrorsFrom } from "@/lib/validation/article-form";
import { formText, formTexts, idSchema } from "@/lib/validation/form-data";
import { invalidateArticle } from "@/server/invalidate";
import { formAction, redirectAction } from "../../_kit/action";
import type { ArticleFormState } from "./form-state";
import { articleSaveSchema, readArticleSave } from "./save-input";

/** Creates an article (then opens it) or saves a new version of it (the form stays). */
export const saveArticleAction = formAction({
  read: readArticleSave,
  schema: articleSaveSchema,
  permission: "article.create",
  run: async (user, { id, version, ...article }) => {
    if (id === null) return { kind: "created", id: (await createArticle(user, article)).id } as const;
    const saved = await updateArticle(user, id, version ?? 0, article);
    return { kind: "saved", id, saved } as const;
  },
  revalidate: async (result) => {
    if (result.kind === "saved" && result.saved.status === "published")
      await invalidateArticle(result.id, result.saved.previous);
  },
  done: (result, { values }, { slug }): ArticleFormState => {
    if (result.kind === "created") redirect(`/admin/articles/${result.id}?created=1`);
    return {
      status: "saved",
      values: { ...values, slug },
      errors: {},
      message: "saved",
      version: result.saved.version,
    };
  },
  invalid: (error, { values }): ArticleFormState => ({
    status: "error",
    values,
    errors: fieldErrorsFrom(error),
    message: "fixBelow",
  }),
  refused: (error, { values }, { version }): ArticleFormState => {
    if (error.code === "invalid") return { status: "error", values, errors: error.fields, message: "fixBelow" };
    // The form keeps the typed values and the version they started from; the page offers a
    // diff of that version against the current one (revision numbers are versions).
    if (error.code === "conflict")
      return {
        status: "error",
        values,
        errors: {},
        message: "conflict",
        conflict: { startedFrom: version, current: error.currentVersion ?? 0 },
      };
    return { status: "error", values, errors: {}, message: error.code === "notFound" ? "notFound" : "forbidden" };
  },
});

/** Restores a revision as a new save; answers with a redirect back to the revisions page. */
export const restoreRevisionAction = redirectAction({
  read: (form) => formTexts(form, ["id", "revision", "version"]),
  schema: z.object({ id: idSchema, revision: idSchema, version: idSchema }),
  permission: "article.create",
  run: (user, { id, revision, version }) => restoreRevision(user, id, revision, version),
  revalidate: async (saved, { id }) => {
    if (saved.status === "published") await invalidateArticle(id, saved.previous);
  },
  done: (_saved, { id, revision }) => `/admin/articles/${id}/revisions?restored=${revision}`,
  invalid: () => "/admin/articles?error=invalid",
  refused: (error, { id }) =>
    `/admin/articles/${id}/revisions?error=${error.code === "invalid" ? (Object.values(error.fields)[0] ?? "invalid") : error.code}`,
});

/** Where a refused status change sends the editor back to: the article, naming what is wrong. */
function statusRefusal(error: DomainError): string {
  if (error.missingAlt.length) return `error=altTextMissing&images=${error.missingAlt.map((m) => m.mediaId).join("-")}`;
  if (error.code === "publishChecks") return `error=publishChecks&problems=${error.problems.join("-")}`;
  if (error.code === "forbidden" || error.code === "notFound") return `error=${error.code}`;
  return "error=badTransition";
}

/** Publish, unpublish or submit for review; answers with a redirect that names the outcome. */
function statusAction(change: "publish" | "unpublish" | "submit") {
  return redirectAction({
    read: (form) => ({ id: formText(form, "id") }),
    schema: z.object({ id: idSchema }),
    permission: change === "submit" ? "article.submit" : "article.publish",
    run: (user, { id }) => transitionArticle(user, id, change),
    revalidate: (_result, { id }) => invalidateArticle(id),
    done: (_result, { id }) => `/admin/articles/${id}?done=${change}`,
    invalid: () => "/admin/articles?error=invalid",
    refused: (error, { id }) => `/admin/articles/${id}?${statusRefusal(error)}`,
  });
}

export const publishArticleAction = statusAction("publish");
export const unpublishArticleAction = statusAction("unpublish");
export const submitArticleAction = statusAction("submit");

/** Creates the story's draft in another language and opens it for editing. */
export const translateArticleAction = redirectAction({
  read: (form) => formTexts(form, ["id", "locale"]),
  schema: z.object({ id: idSchema, locale: z.enum(locales) }),
  permission: "article.create",
  run: (user, { id, locale }) => createTranslation(user, id, locale),
  done: (created) => `/admin/articles/${created.id}?translated=1`,
  invalid: () => "/admin/articles?error=invalid",
  refused: (error, { id }) =>
    `/admin/articles/${id}?error=${error.code === "invalid" ? "translationExists" : error.code}`,
});
