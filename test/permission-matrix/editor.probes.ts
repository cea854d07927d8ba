/**
 * Article editor actions: autosave (new, own, others', published), the presence heartbeat and
 * opening the workflow of an article autosave created.
 */
import { transitionArticle } from "@/db/queries/articles/transitions";
import { and, eq } from "drizzle-orm";
import {
  articlePresenceAction,
  autosaveArticleAction,
  openCreatedArticleAction,
} from "@/app/(newsroom)/admin/articles/editor-actions";
import { db, tables } from "@/db/client";
import { createArticle } from "@/db/queries/articles/saves";
import type { StaffUser } from "@/db/queries/types";
import { permissionTable } from "@/lib/permissions";
import { articleInput, createStaff, readArticleRow } from "@/test/database";
import { formData, probe } from "./probe";

function articleForm(input: ReturnType<typeof articleInput>, extra: Record<string, string | number> = {}) {
  return formData({
    locale: input.locale,
    title: input.title,
    slug: input.slug,
    summary: input.summary,
    body: input.body,
    seoTitle: "Search title",
    seoDescription: "Search description",
    commentsEnabled: true,
    ...extra,
  });
}

async function ownDraft(caller: StaffUser | null): Promise<number> {
  const owner = caller ?? (await createStaff("writer"));
  return (await createArticle(owner, articleInput())).id;
}

export const probes = [
  probe({
    name: "autosave a new article",
    allowedRoles: permissionTable["article.create"],
    setup: async () => ({ input: articleInput() }),
    attempt: ({ input }) => autosaveArticleAction(articleForm(input)),
    succeeded: async ({ input }) =>
      (await db.select().from(tables.articles).where(eq(tables.articles.slug, input.slug))).length === 1,
  }),
  probe({
    name: "autosave one's own draft",
    allowedRoles: permissionTable["article.editOwn"],
    setup: async (caller) => ({ id: await ownDraft(caller), input: articleInput() }),
    attempt: ({ id, input }) => autosaveArticleAction(articleForm(input, { id, version: 1 })),
    succeeded: async ({ id, input }) => (await readArticleRow(id)).title === input.title,
  }),
  probe({
    name: "autosave someone else's draft",
    allowedRoles: permissionTable["article.editAny"],
    setup: async () => {
      const author = await createStaff("writer");
      return { id: (await createArticle(author, articleInput())).id, input: articleInput() };
    },
    attempt: ({ id, input }) => autosaveArticleAction(articleForm(input, { id, version: 1 })),
    succeeded: async ({ id, input }) => (await readArticleRow(id)).title === input.title,
  }),
  probe({
    // Live articles change only through Save, whoever asks.
    name: "autosave a published article",
    allowedRoles: [],
    setup: async () => {
      const editor = await createStaff("editor");
      const { id } = await createArticle(editor, articleInput());
      await transitionArticle(editor, id, "publish");
      return { id, input: articleInput() };
    },
    attempt: ({ id, input }) => autosaveArticleAction(articleForm(input, { id, version: 1 })),
    succeeded: async ({ id, input }) => (await readArticleRow(id)).title === input.title,
  }),
  probe({
    // Any staff member who may read the article may say they have it open.
    name: "say one has an article open in the editor",
    allowedRoles: permissionTable["newsroom.enter"],
    setup: async () => {
      const author = await createStaff("writer");
      return { id: (await createArticle(author, articleInput())).id };
    },
    attempt: ({ id }) => articlePresenceAction({ articleId: id }),
    succeeded: async ({ id }, caller) =>
      caller !== null &&
      (
        await db
          .select()
          .from(tables.articlePresence)
          .where(and(eq(tables.articlePresence.articleId, id), eq(tables.articlePresence.userId, caller.id)))
      ).length === 1,
  }),
  probe({
    // A read: "succeeded" means the article page's workflow came back to show.
    name: "open the workflow of an article autosave created",
    allowedRoles: permissionTable["newsroom.enter"],
    // The caller's own new draft, as autosave made it (a writer may not open another's draft).
    setup: async (caller) => {
      const author = caller ?? (await createStaff("writer"));
      return { id: (await createArticle(author, articleInput())).id, opened: [] as boolean[] };
    },
    attempt: async (context) => {
      const result = await openCreatedArticleAction({ id: context.id });
      context.opened.push(result.status === "ok");
      return result;
    },
    succeeded: async ({ opened }) => opened.includes(true),
  }),
];
