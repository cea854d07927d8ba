"use server";
/**
 * Article server actions. Each one is a public POST endpoint: it checks the session and the
 * role itself (requirePermission), validates with zod, and lets the data layer check again.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { requirePermission, UnauthenticatedError } from "@/auth-session";
import {
  ArticleConflictError,
  ArticleInputError,
  ArticleNotFoundError,
  createArticle,
  restoreRevision,
  updateArticle,
} from "@/db/queries/staff-articles";
import { transitionArticle, WorkflowError } from "@/db/queries/article-transitions";
import { ForbiddenError } from "@/lib/permissions";
import { createTranslation } from "@/db/queries/article-translations";
import { locales } from "@/lib/locales";
import { articleFormSchema, fieldErrorsFrom, readArticleForm } from "@/lib/validation/article-form";
import { invalidateArticle } from "@/server/invalidate";
import type { ArticleFormState } from "./form-state";

const idSchema = z.coerce.number().int().positive();

function refusal(error: unknown): string | null {
  if (error instanceof UnauthenticatedError || error instanceof ForbiddenError) return "forbidden";
  if (error instanceof ArticleConflictError) return "conflict";
  if (error instanceof ArticleNotFoundError) return "notFound";
  return null;
}

export async function saveArticleAction(_previous: ArticleFormState, form: FormData): Promise<ArticleFormState> {
  const values = readArticleForm(form);
  const user = await requirePermission("article.create").catch((error: unknown) => {
    if (refusal(error)) return null;
    throw error;
  });
  if (!user) return { status: "error", values, errors: {}, message: "forbidden" };

  const parsed = articleFormSchema.safeParse(values);
  if (!parsed.success) return { status: "error", values, errors: fieldErrorsFrom(parsed.error), message: "fixBelow" };

  const idField = form.get("id");
  try {
    if (idField === null || idField === "") {
      const { id } = await createArticle(user, parsed.data);
      redirect(`/admin/articles/${id}?created=1`);
    }
    const id = idSchema.parse(idField);
    const version = idSchema.parse(form.get("version"));
    const saved = await updateArticle(user, id, version, parsed.data);
    if (saved.status === "published") await invalidateArticle(id, saved.previous);
    return {
      status: "saved",
      values: { ...values, slug: parsed.data.slug },
      errors: {},
      message: "saved",
      version: saved.version,
    };
  } catch (error) {
    if (error instanceof ArticleInputError)
      return { status: "error", values, errors: error.fields, message: "fixBelow" };
    if (error instanceof ArticleConflictError) {
      // The form keeps the typed values and the version they started from; the page offers a
      // diff of that version against the current one (revision numbers are versions).
      const startedFrom = idSchema.safeParse(form.get("version"));
      return {
        status: "error",
        values,
        errors: {},
        message: "conflict",
        conflict: { startedFrom: startedFrom.success ? startedFrom.data : null, current: error.currentVersion },
      };
    }
    const key = refusal(error);
    if (key) return { status: "error", values, errors: {}, message: key };
    throw error;
  }
}

const restoreSchema = z.object({ id: idSchema, revision: idSchema, version: idSchema });

/** Restores a revision as a new save; answers with a redirect back to the revisions page. */
export async function restoreRevisionAction(form: FormData): Promise<void> {
  const parsed = restoreSchema.safeParse({
    id: form.get("id"),
    revision: form.get("revision"),
    version: form.get("version"),
  });
  if (!parsed.success) redirect("/admin/articles?error=invalid");
  const { id, revision, version } = parsed.data;
  let outcome: string;
  try {
    const user = await requirePermission("article.create");
    const saved = await restoreRevision(user, id, revision, version);
    if (saved.status === "published") await invalidateArticle(id, saved.previous);
    outcome = `restored=${revision}`;
  } catch (error) {
    if (error instanceof ArticleInputError) outcome = `error=${Object.values(error.fields)[0] ?? "invalid"}`;
    else {
      const key = refusal(error);
      if (!key) throw error;
      outcome = `error=${key}`;
    }
  }
  redirect(`/admin/articles/${id}/revisions?${outcome}`);
}

/** Publish, unpublish or submit for review; answers with a redirect that names the outcome. */
async function changeStatus(action: "publish" | "unpublish" | "submit", form: FormData): Promise<void> {
  const id = idSchema.parse(form.get("id"));
  let outcome: string;
  try {
    const user = await requirePermission(action === "submit" ? "article.submit" : "article.publish");
    await transitionArticle(user, id, action);
    await invalidateArticle(id);
    outcome = `done=${action}`;
  } catch (error) {
    if (error instanceof WorkflowError && error.missingAlt.length)
      outcome = `error=altTextMissing&images=${error.missingAlt.map((m) => m.mediaId).join("-")}`;
    else if (error instanceof WorkflowError && error.reason === "publishChecks")
      outcome = `error=publishChecks&problems=${error.problems.join("-")}`;
    else if (error instanceof WorkflowError) outcome = "error=badTransition";
    else {
      const key = refusal(error);
      if (!key) throw error;
      outcome = `error=${key}`;
    }
  }
  redirect(`/admin/articles/${id}?${outcome}`);
}

export async function publishArticleAction(form: FormData): Promise<void> {
  await changeStatus("publish", form);
}

export async function unpublishArticleAction(form: FormData): Promise<void> {
  await changeStatus("unpublish", form);
}

export async function submitArticleAction(form: FormData): Promise<void> {
  await changeStatus("submit", form);
}

const translateSchema = z.object({ id: idSchema, locale: z.enum(locales) });

/** Creates the story's draft in another language and opens it for editing. */
export async function translateArticleAction(form: FormData): Promise<void> {
  const parsed = translateSchema.safeParse({ id: form.get("id"), locale: form.get("locale") });
  if (!parsed.success) redirect("/admin/articles?error=invalid");
  const { id, locale } = parsed.data;
  let target: string;
  try {
    const user = await requirePermission("article.create");
    const created = await createTranslation(user, id, locale);
    target = `/admin/articles/${created.id}?translated=1`;
  } catch (error) {
    if (error instanceof ArticleInputError) target = `/admin/articles/${id}?error=translationExists`;
    else {
      const key = refusal(error);
      if (!key) throw error;
      target = `/admin/articles/${id}?error=${key}`;
    }
  }
  redirect(target);
}
