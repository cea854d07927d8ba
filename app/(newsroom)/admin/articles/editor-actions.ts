"use server";
/**
 * Server actions of the article editor beyond the form's Save: autosave, the presence heartbeat
 * ("someone else is editing this") and opening the workflow of an article autosave created. All
 * are called from client islands for a typed result, in the kit's shape
 * (app/(newsroom)/_kit/action.ts): the session and role are checked here and again below. The
 * image picker's search belongs to the media library (../media/picker-actions.ts).
 */
import { createElement, type ReactNode } from "react";
import { z } from "zod";
import { noteArticlePresence } from "@/db/queries/articles/presence";
import { getArticleForEditing } from "@/db/queries/articles/staff-reads";
import { DomainError } from "@/lib/domain-error";
import { createArticle, updateArticle } from "@/db/queries/articles/saves";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/validation/article-form";
import { resultAction } from "../../_kit/action";
import { articleSaveSchema, readArticleSave } from "./save-input";
import EditArticlePage from "./[id]/page";

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

export type PresenceResult = { status: "ok"; others: string[] } | { status: "refused" };

/**
 * The open editor's heartbeat (lib/presence.ts): the caller has the article open; the answer
 * names who else has it open now. Anyone who may read the article may say so.
 */
export const articlePresenceAction = resultAction({
  read: (sent: { articleId: number }) => sent,
  schema: z.object({ articleId: z.number().int().positive() }),
  permission: "newsroom.enter",
  run: (user, { articleId }) => noteArticlePresence(user, articleId),
  done: (others): PresenceResult => ({ status: "ok", others: others.map((person) => person.name) }),
  invalid: (): PresenceResult => ({ status: "refused" }),
  refused: (): PresenceResult => ({ status: "refused" }),
});

export type OpenedArticleResult = { status: "ok"; workflow: ReactNode } | { status: "refused" };

/**
 * Once autosave has created a new article: the article page's header and panels (Submit,
 * Publish, Schedule, Preview …), rendered by the article page itself, for the new-article page
 * to show above its form in place. Moving to the article's address instead would build a new
 * form and drop whatever was typed since the autosave.
 */
export const openCreatedArticleAction = resultAction({
  read: (sent: { id: number }) => sent,
  schema: z.object({ id: z.number().int().positive() }),
  permission: "newsroom.enter",
  run: async (user, { id }) => {
    if (!(await getArticleForEditing(user, id))) throw new DomainError("notFound");
    return createElement(EditArticlePage, {
      params: Promise.resolve({ id: String(id) }),
      searchParams: Promise.resolve({ part: "workflow", created: "1" }),
    });
  },
  done: (workflow): OpenedArticleResult => ({ status: "ok", workflow }),
  invalid: (): OpenedArticleResult => ({ status: "refused" }),
  refused: (): OpenedArticleResult => ({ status: "refused" }),
});
