/** The article list's bulk action: each article goes through the single-article rules. */
import { bulkArticlesAction } from "@/app/(newsroom)/admin/articles/bulk-actions";
import { db, tables } from "@/db/client";
import { readLinkIds } from "@/db/queries/articles/links";
import { createArticle } from "@/db/queries/articles/saves";
import { transitionArticle } from "@/db/queries/articles/transitions";
import type { StaffUser } from "@/db/queries/types";
import { permissionTable } from "@/lib/permissions";
import { articleInput, countRows, createStaff, createTopic, readArticleRow } from "@/test/database";
import { formData, probe } from "./probe";

const idle = { status: "idle" } as const;

async function someoneElsesDraft(): Promise<number> {
  return (await createArticle(await createStaff("writer"), articleInput())).id;
}

async function ownDraft(caller: StaffUser | null): Promise<number> {
  return (await createArticle(caller ?? (await createStaff("writer")), articleInput())).id;
}

async function publishedByEditor(): Promise<number> {
  const editor = await createStaff("editor");
  const { id } = await createArticle(editor, articleInput());
  await transitionArticle(editor, id, "publish");
  return id;
}

function bulk(operation: string, id: number, version: number, extra: Record<string, string | number> = {}) {
  return bulkArticlesAction(idle, formData({ operation, items: [`${id}:${version}`], topicId: "", ...extra }));
}

export const probes = [
  probe({
    name: "bulk: submit one's own draft for review",
    allowedRoles: permissionTable["article.submit"],
    setup: async (caller) => ({ id: await ownDraft(caller) }),
    attempt: ({ id }) => bulk("submit", id, 1),
    succeeded: async ({ id }) => (await readArticleRow(id)).status === "review",
  }),
  probe({
    name: "bulk: publish someone else's draft",
    allowedRoles: permissionTable["article.publish"],
    setup: async () => ({ id: await someoneElsesDraft() }),
    attempt: ({ id }) => bulk("publish", id, 1),
    succeeded: async ({ id }) => (await readArticleRow(id)).status === "published",
  }),
  probe({
    name: "bulk: unpublish a published article, confirmed",
    allowedRoles: permissionTable["article.publish"],
    setup: async () => ({ id: await publishedByEditor() }),
    attempt: ({ id }) => bulk("unpublish", id, 2, { confirmed: "yes" }),
    succeeded: async ({ id }) => (await readArticleRow(id)).status === "unpublished",
  }),
  probe({
    name: "bulk: delete someone else's never-published draft, confirmed",
    allowedRoles: permissionTable["article.editAny"],
    setup: async () => ({ id: await someoneElsesDraft() }),
    attempt: ({ id }) => bulk("delete", id, 1, { confirmed: "yes" }),
    succeeded: async () => (await countRows(tables.articles)) === 0,
  }),
  probe({
    name: "bulk: delete one's own never-published draft, confirmed",
    allowedRoles: permissionTable["article.editOwn"],
    setup: async (caller) => ({ id: await ownDraft(caller) }),
    attempt: ({ id }) => bulk("delete", id, 1, { confirmed: "yes" }),
    succeeded: async () => (await countRows(tables.articles)) === 0,
  }),
  probe({
    name: "bulk: add a topic to someone else's draft",
    allowedRoles: permissionTable["article.editAny"],
    setup: async () => ({ id: await someoneElsesDraft(), topicId: await createTopic({ es: ["Salud", "salud"] }) }),
    attempt: ({ id, topicId }) => bulk("addTopic", id, 1, { topicId }),
    succeeded: async ({ id, topicId }) => (await readLinkIds(db, id)).topicIds.includes(topicId),
  }),
];
