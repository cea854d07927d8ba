/** Article actions: create, edit own and others' work, submit, publish, unpublish, restore, translate. */
import { transitionArticle } from "@/db/queries/articles/transitions";
import { eq } from "drizzle-orm";
import { deleteArticleAction } from "@/app/(newsroom)/admin/articles/delete-action";
import {
  publishArticleAction,
  restoreRevisionAction,
  saveArticleAction,
  submitArticleAction,
  translateArticleAction,
  unpublishArticleAction,
} from "@/app/(newsroom)/admin/articles/actions";
import { db, tables } from "@/db/client";
import { createArticle, updateArticle } from "@/db/queries/articles/saves";
import type { StaffUser } from "@/db/queries/types";
import { permissionTable } from "@/lib/permissions";
import { articleInput, countRows, createStaff, readArticleRow } from "@/test/database";
import { formData, probe } from "./probe";

const emptyState = { status: "idle", values: {}, errors: {}, message: null } as never;

function articleForm(input: ReturnType<typeof articleInput>, extra: Record<string, string | number> = {}) {
  return formData({
    locale: input.locale,
    title: input.title,
    slug: input.slug,
    summary: input.summary,
    body: input.body,
    topicIds: input.topicIds,
    authorIds: input.authorIds,
    leadMediaId: "",
    leadImageCaption: "",
    leadImageCredit: "",
    sourceName: "",
    sourceUrl: "",
    correction: "",
    featured: false,
    breaking: false,
    commentsEnabled: true,
    ...extra,
  });
}

/** A draft written by another writer, so ownership never helps the caller. */
async function someoneElsesDraft(): Promise<number> {
  const author = await createStaff("writer");
  return (await createArticle(author, articleInput())).id;
}

async function publishedByEditor(): Promise<number> {
  const editor = await createStaff("editor");
  const { id } = await createArticle(editor, articleInput());
  await transitionArticle(editor, id, "publish");
  return id;
}

/** Every role that may create articles may edit its own draft. */
async function ownDraft(caller: StaffUser | null): Promise<number> {
  const owner = caller ?? (await createStaff("writer"));
  return (await createArticle(owner, articleInput())).id;
}

export const probes = [
  probe({
    name: "create an article",
    allowedRoles: permissionTable["article.create"],
    setup: async () => ({ input: articleInput() }),
    attempt: ({ input }) => saveArticleAction(emptyState, articleForm(input)),
    succeeded: async ({ input }) =>
      (await db.select().from(tables.articles).where(eq(tables.articles.slug, input.slug))).length === 1,
  }),
  probe({
    name: "edit one's own draft",
    allowedRoles: permissionTable["article.editOwn"],
    setup: async (caller) => ({ id: await ownDraft(caller), input: articleInput() }),
    attempt: ({ id, input }) => saveArticleAction(emptyState, articleForm(input, { id, version: 1 })),
    succeeded: async ({ id, input }) => (await readArticleRow(id)).title === input.title,
  }),
  probe({
    name: "edit someone else's draft",
    allowedRoles: permissionTable["article.editAny"],
    setup: async () => ({ id: await someoneElsesDraft(), input: articleInput() }),
    attempt: ({ id, input }) => saveArticleAction(emptyState, articleForm(input, { id, version: 1 })),
    succeeded: async ({ id, input }) => (await readArticleRow(id)).title === input.title,
  }),
  probe({
    name: "submit one's own draft for review",
    allowedRoles: permissionTable["article.submit"],
    setup: async (caller) => ({ id: await ownDraft(caller) }),
    attempt: ({ id }) => submitArticleAction(formData({ id })),
    succeeded: async ({ id }) => (await readArticleRow(id)).status === "review",
  }),
  probe({
    name: "publish someone else's draft",
    allowedRoles: permissionTable["article.publish"],
    setup: async () => ({ id: await someoneElsesDraft() }),
    attempt: ({ id }) => publishArticleAction(formData({ id })),
    succeeded: async ({ id }) => (await readArticleRow(id)).status === "published",
  }),
  probe({
    name: "publish one's own draft",
    allowedRoles: permissionTable["article.publish"],
    setup: async (caller) => ({ id: await ownDraft(caller) }),
    attempt: ({ id }) => publishArticleAction(formData({ id })),
    succeeded: async ({ id }) => (await readArticleRow(id)).status === "published",
  }),
  probe({
    name: "unpublish a published article",
    allowedRoles: permissionTable["article.publish"],
    setup: async () => ({ id: await publishedByEditor() }),
    attempt: ({ id }) => unpublishArticleAction(formData({ id })),
    succeeded: async ({ id }) => (await readArticleRow(id)).status === "unpublished",
  }),
  probe({
    name: "restore an earlier revision of someone else's draft",
    allowedRoles: permissionTable["article.editAny"],
    setup: async () => {
      const author = await createStaff("writer");
      const first = articleInput();
      const { id } = await createArticle(author, first);
      await updateArticle(author, id, 1, { ...first, title: "Second title" });
      return { id, firstTitle: first.title };
    },
    attempt: ({ id }) => restoreRevisionAction(formData({ id, revision: 1, version: 2 })),
    succeeded: async ({ id, firstTitle }) => (await readArticleRow(id)).title === firstTitle,
  }),
  probe({
    name: "translate someone else's article",
    allowedRoles: permissionTable["article.editAny"],
    setup: async () => ({ id: await someoneElsesDraft() }),
    attempt: ({ id }) => translateArticleAction(formData({ id, locale: "en" })),
    succeeded: async () => (await countRows(tables.articles)) === 2,
  }),
  probe({
    name: "delete one's own never-published draft",
    allowedRoles: permissionTable["article.editOwn"],
    setup: async (caller) => ({ id: await ownDraft(caller) }),
    attempt: ({ id }) => deleteArticleAction(formData({ id, version: 1, confirm: true })),
    succeeded: async () => (await countRows(tables.articles)) === 0,
  }),
  probe({
    name: "delete someone else's never-published draft",
    allowedRoles: permissionTable["article.editAny"],
    setup: async () => ({ id: await someoneElsesDraft() }),
    attempt: ({ id }) => deleteArticleAction(formData({ id, version: 1, confirm: true })),
    succeeded: async () => (await countRows(tables.articles)) === 0,
  }),
];
