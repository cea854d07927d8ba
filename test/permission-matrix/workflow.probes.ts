/** Workflow actions: scheduling, the review queue's decisions, and preview share links. */
import { transitionArticle } from "@/db/queries/articles/transitions";
import { and, eq, isNotNull } from "drizzle-orm";
import {
  cancelScheduleAction,
  createPreviewLinkAction,
  reviewDecisionAction,
  revokePreviewLinkAction,
  scheduleArticleAction,
  sendBackArticleAction,
} from "@/app/(newsroom)/admin/articles/workflow-actions";
import { db, tables } from "@/db/client";
import { createPreviewLink } from "@/db/queries/articles/preview-links";
import { createArticle } from "@/db/queries/articles/saves";
import type { StaffUser } from "@/db/queries/types";
import { permissionTable } from "@/lib/permissions";
import { toLocalInputValue } from "@/lib/workflow/site-time";
import { siteTimeZone } from "@/server/site-time";
import { articleInput, createStaff, readArticleRow } from "@/test/database";
import { formData, probe } from "./probe";

// Share links are signed with the site secret, which `npm start` always provides.
process.env.AUTH_SECRET ??= "permission-matrix-secret-0123456789abcdef";

const idleSchedule = { status: "idle", at: "" } as const;
const idleShare = { status: "idle" } as const;
const inTwoHours = () => new Date(Date.now() + 2 * 3_600_000);
const localInTwoHours = () => toLocalInputValue(inTwoHours(), siteTimeZone(), true);

async function someoneElsesDraft(): Promise<number> {
  const author = await createStaff("writer");
  return (await createArticle(author, articleInput())).id;
}

async function inReview(): Promise<number> {
  const author = await createStaff("writer");
  const { id } = await createArticle(author, articleInput());
  await transitionArticle(author, id, "submit");
  return id;
}

async function published(): Promise<number> {
  const editor = await createStaff("editor");
  const { id } = await createArticle(editor, articleInput());
  await transitionArticle(editor, id, "publish");
  return id;
}

async function ownDraft(caller: StaffUser | null): Promise<number> {
  const owner = caller ?? (await createStaff("writer"));
  return (await createArticle(owner, articleInput())).id;
}

async function liveLinks(articleId: number): Promise<number> {
  const rows = await db
    .select({ id: tables.previewLinks.id })
    .from(tables.previewLinks)
    .where(eq(tables.previewLinks.articleId, articleId));
  return rows.length;
}

export const probes = [
  probe({
    name: "schedule the publication of someone else's draft",
    allowedRoles: permissionTable["article.publish"],
    setup: async () => ({ id: await someoneElsesDraft() }),
    attempt: ({ id }) => scheduleArticleAction(idleSchedule, formData({ id, kind: "publish", at: localInTwoHours() })),
    succeeded: async ({ id }) => (await readArticleRow(id)).status === "scheduled",
  }),
  probe({
    name: "schedule the publication of one's own draft",
    allowedRoles: permissionTable["article.publish"],
    setup: async (caller) => ({ id: await ownDraft(caller) }),
    attempt: ({ id }) => scheduleArticleAction(idleSchedule, formData({ id, kind: "publish", at: localInTwoHours() })),
    succeeded: async ({ id }) => (await readArticleRow(id)).status === "scheduled",
  }),
  probe({
    name: "schedule the unpublication of a published article",
    allowedRoles: permissionTable["article.publish"],
    setup: async () => ({ id: await published() }),
    attempt: ({ id }) =>
      scheduleArticleAction(idleSchedule, formData({ id, kind: "unpublish", at: localInTwoHours() })),
    succeeded: async ({ id }) => (await readArticleRow(id)).scheduledUnpublishAt !== null,
  }),
  probe({
    name: "cancel a scheduled publication",
    allowedRoles: permissionTable["article.publish"],
    setup: async () => {
      const id = await someoneElsesDraft();
      await transitionArticle(await createStaff("editor"), id, "schedule", { at: inTwoHours() });
      return { id };
    },
    attempt: ({ id }) => cancelScheduleAction(formData({ id, kind: "publish" })),
    succeeded: async ({ id }) => (await readArticleRow(id)).status === "draft",
  }),
  probe({
    name: "cancel a scheduled unpublication",
    allowedRoles: permissionTable["article.publish"],
    setup: async () => {
      const id = await published();
      await transitionArticle(await createStaff("editor"), id, "scheduleUnpublish", { at: inTwoHours() });
      return { id };
    },
    attempt: ({ id }) => cancelScheduleAction(formData({ id, kind: "unpublish" })),
    succeeded: async ({ id }) => (await readArticleRow(id)).scheduledUnpublishAt === null,
  }),
  probe({
    name: "publish an article from the review queue",
    allowedRoles: permissionTable["article.publish"],
    setup: async () => ({ id: await inReview() }),
    attempt: ({ id }) => reviewDecisionAction(formData({ id, decision: "publish" })),
    succeeded: async ({ id }) => (await readArticleRow(id)).status === "published",
  }),
  probe({
    name: "send an article in review back to its writer with a note",
    allowedRoles: permissionTable["article.publish"],
    setup: async () => ({ id: await inReview() }),
    attempt: ({ id }) =>
      sendBackArticleAction(
        { status: "idle", note: "" },
        formData({ id, from: "review", note: "Falta la fuente del dato principal." }),
      ),
    succeeded: async ({ id }) => (await readArticleRow(id)).status === "draft",
  }),
  probe({
    name: "share a preview of one's own article",
    allowedRoles: permissionTable["article.create"],
    setup: async (caller) => ({ id: await ownDraft(caller) }),
    attempt: ({ id }) => createPreviewLinkAction(idleShare, formData({ id, hours: 24 })),
    succeeded: async ({ id }) => (await liveLinks(id)) === 1,
  }),
  probe({
    name: "share a preview of someone else's article",
    allowedRoles: permissionTable["article.publish"],
    setup: async () => ({ id: await someoneElsesDraft() }),
    attempt: ({ id }) => createPreviewLinkAction(idleShare, formData({ id, hours: 1 })),
    succeeded: async ({ id }) => (await liveLinks(id)) === 1,
  }),
  probe({
    name: "revoke a preview link of someone else's article",
    allowedRoles: permissionTable["article.publish"],
    setup: async () => {
      const author = await createStaff("writer");
      const { id } = await createArticle(author, articleInput());
      const link = await createPreviewLink(author, id, 24);
      return { id, linkId: link.id };
    },
    attempt: ({ id, linkId }) => revokePreviewLinkAction(formData({ id, linkId })),
    succeeded: async ({ linkId }) =>
      (
        await db
          .select({ id: tables.previewLinks.id })
          .from(tables.previewLinks)
          .where(and(eq(tables.previewLinks.id, linkId), isNotNull(tables.previewLinks.revokedAt)))
      ).length === 1,
  }),
];
