/** Article editor actions: autosave (new, own, others', published). */
import { transitionArticle } from "@/db/queries/articles/transitions";
import { eq } from "drizzle-orm";
import { autosaveArticleAction } from "@/app/(newsroom)/admin/articles/editor-actions";
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
];
