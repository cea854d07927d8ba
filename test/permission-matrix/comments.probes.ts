/** Comment moderation: approve, reject, mark as spam, delete (one or many), reply. */
import { eq } from "drizzle-orm";
import { moderateCommentsAction, replyToCommentAction } from "@/app/(newsroom)/admin/comments/actions";
import { db, tables } from "@/db/client";
import { permissionTable } from "@/lib/permissions";
import { countRows, createStaff, publishedAt } from "@/test/database";
import { formData, probe } from "./probe";

async function pendingComments(howMany = 1): Promise<{ ids: number[] }> {
  const editor = await createStaff("editor");
  const article = await publishedAt(editor, new Date());
  const ids: number[] = [];
  for (let n = 0; n < howMany; n += 1) {
    const [row] = await db
      .insert(tables.comments)
      .values({
        articleId: article.id,
        authorName: `Lectora ${n}`,
        body: `Comentario ${n}`,
        clientAddress: "203.0.113.9",
      })
      .returning({ id: tables.comments.id });
    if (row) ids.push(row.id);
  }
  return { ids };
}

async function statusOf(id: number): Promise<string | null> {
  const [row] = await db
    .select({ status: tables.comments.status })
    .from(tables.comments)
    .where(eq(tables.comments.id, id));
  return row?.status ?? null;
}

const moderate = (action: string, status: string) =>
  probe({
    name: `${action} a comment`,
    allowedRoles: permissionTable["comment.moderate"],
    setup: () => pendingComments(),
    attempt: ({ ids }) =>
      moderateCommentsAction(formData({ one: `${action}:${ids[0]}`, bulk: "", status: "", article: "" })),
    succeeded: async ({ ids }) => (await statusOf(ids[0] ?? 0)) === status,
  });

export const probes = [
  moderate("approve", "approved"),
  moderate("reject", "rejected"),
  moderate("spam", "spam"),
  probe({
    name: "delete a comment",
    allowedRoles: permissionTable["comment.moderate"],
    setup: () => pendingComments(),
    attempt: ({ ids }) =>
      moderateCommentsAction(formData({ one: `delete:${ids[0]}`, bulk: "", status: "", article: "" })),
    succeeded: async () => (await countRows(tables.comments)) === 0,
  }),
  probe({
    name: "approve comments in bulk",
    allowedRoles: permissionTable["comment.moderate"],
    setup: () => pendingComments(3),
    attempt: ({ ids }) => moderateCommentsAction(formData({ one: "", bulk: "approve", ids, status: "", article: "" })),
    succeeded: async ({ ids }) => (await Promise.all(ids.map(statusOf))).every((status) => status === "approved"),
  }),
  probe({
    name: "reply to a comment",
    allowedRoles: permissionTable["comment.moderate"],
    setup: () => pendingComments(),
    attempt: ({ ids }) =>
      replyToCommentAction(
        { status: "idle", message: null, values: { commentId: "", body: "" } },
        formData({ commentId: ids[0] ?? 0, body: "Gracias por su comentario." }),
      ),
    succeeded: async () => (await countRows(tables.comments)) === 2,
  }),
];
