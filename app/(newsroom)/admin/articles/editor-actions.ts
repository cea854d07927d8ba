"use server";
/**
 * Server actions of the article editor beyond the form's Save: autosave and the media picker.
 * Each is a public POST endpoint: it checks the session and role itself and lets the data layer
 * check again.
 */
import { z } from "zod";
import { requirePermission, UnauthenticatedError } from "@/auth-session";
import { searchMediaForEditor, type PickerImage } from "@/db/queries/media-picker";
import {
  ArticleConflictError,
  ArticleInputError,
  ArticleNotFoundError,
  createArticle,
  updateArticle,
} from "@/db/queries/staff-articles";
import type { Page } from "@/db/queries/types";
import { locales } from "@/lib/locales";
import { ForbiddenError } from "@/lib/permissions";
import { articleFormSchema, fieldErrorsFrom, readArticleForm, type FieldErrors } from "@/lib/validation/article-form";

export type AutosaveResult =
  | { status: "saved"; id: number; version: number; slug: string; savedAt: string; created: boolean }
  | { status: "invalid"; errors: FieldErrors }
  | { status: "conflict"; startedFrom: number | null; current: number }
  | { status: "refused"; message: "forbidden" | "notFound" | "autosaveStatus" };

const idSchema = z.coerce.number().int().positive();

function refused(error: unknown): AutosaveResult | null {
  if (error instanceof UnauthenticatedError || error instanceof ForbiddenError)
    return { status: "refused", message: "forbidden" };
  if (error instanceof ArticleNotFoundError) return { status: "refused", message: "notFound" };
  return null;
}

/**
 * Saves the form as it is, without leaving the page. A new article is created once (the client
 * sends its id with every later autosave); an existing one is saved through the same
 * version-guarded path as Save, but only while it is a draft or in review.
 */
export async function autosaveArticleAction(form: FormData): Promise<AutosaveResult> {
  let user;
  try {
    user = await requirePermission("article.create");
  } catch (error) {
    const refusal = refused(error);
    if (refusal) return refusal;
    throw error;
  }
  const parsed = articleFormSchema.safeParse(readArticleForm(form));
  if (!parsed.success) return { status: "invalid", errors: fieldErrorsFrom(parsed.error) };
  const idField = form.get("id");
  const version = idSchema.safeParse(form.get("version"));
  try {
    if (idField === null || idField === "") {
      const { id } = await createArticle(user, parsed.data);
      return {
        status: "saved",
        id,
        version: 1,
        slug: parsed.data.slug,
        savedAt: new Date().toISOString(),
        created: true,
      };
    }
    const id = idSchema.parse(idField);
    if (!version.success) return { status: "invalid", errors: { form: "invalid" } };
    const saved = await updateArticle(user, id, version.data, parsed.data, { onlyStatuses: ["draft", "review"] });
    return {
      status: "saved",
      id,
      version: saved.version,
      slug: saved.slug,
      savedAt: new Date().toISOString(),
      created: false,
    };
  } catch (error) {
    if (error instanceof ArticleConflictError)
      return { status: "conflict", startedFrom: version.success ? version.data : null, current: error.currentVersion };
    if (error instanceof ArticleInputError) {
      if (error.fields.form === "autosaveStatus") return { status: "refused", message: "autosaveStatus" };
      return { status: "invalid", errors: error.fields };
    }
    const refusal = refused(error);
    if (refusal) return refusal;
    throw error;
  }
}

const pickerSchema = z.object({
  query: z.string().max(100),
  page: z.number().int().min(1).max(10_000),
  locale: z.enum(locales),
});

export type MediaPickerResult = { status: "ok"; images: Page<PickerImage> } | { status: "refused" };

/** One page of library images for the editor's picker, filtered by `query`. */
export async function searchMediaPickerAction(input: {
  query: string;
  page: number;
  locale: string;
}): Promise<MediaPickerResult> {
  const parsed = pickerSchema.safeParse(input);
  if (!parsed.success) return { status: "refused" };
  try {
    const user = await requirePermission("article.create");
    return { status: "ok", images: await searchMediaForEditor(user, parsed.data) };
  } catch (error) {
    if (error instanceof UnauthenticatedError || error instanceof ForbiddenError) return { status: "refused" };
    throw error;
  }
}
