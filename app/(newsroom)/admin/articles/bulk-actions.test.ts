/**
 * The list's bulk action through the real server action: unpublish and delete change nothing
 * until confirmed (the answer lists what would change instead), and a bad request changes nothing.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createArticle } from "@/db/queries/articles/saves";
import { transitionArticle } from "@/db/queries/articles/transitions";
import { articleInput, createStaff, readArticleRow, resetTestDatabase } from "@/test/database";
import { currentSession, signInAs } from "@/test/permission-matrix/session";
import { bulkArticlesAction } from "./bulk-actions";

vi.mock("@/auth", () => ({
  auth: async () => currentSession(),
  signIn: async () => undefined,
  signOut: async () => undefined,
  handlers: {},
}));
vi.mock("next/cache", () => ({
  updateTag: () => undefined,
  revalidateTag: () => undefined,
  revalidatePath: () => undefined,
}));

beforeEach(resetTestDatabase);

function send(fields: Record<string, string | string[]>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  return bulkArticlesAction({ status: "idle" }, form);
}

describe("bulkArticlesAction", () => {
  it("asks before unpublishing, and unpublishes once confirmed", async () => {
    const editor = await createStaff("editor");
    signInAs(editor.id);
    const { id } = await createArticle(editor, articleInput({ title: "En portada" }));
    await transitionArticle(editor, id, "publish");

    const asked = await send({ operation: "unpublish", items: [`${id}:2`], topicId: "" });
    expect(asked).toEqual({
      status: "confirm",
      operation: "unpublish",
      items: [{ id, version: 2, title: "En portada" }],
    });
    expect((await readArticleRow(id)).status).toBe("published");

    const done = await send({ operation: "unpublish", items: [`${id}:2`], topicId: "", confirmed: "yes" });
    expect(done).toMatchObject({ status: "done", lines: [{ id, result: "done" }] });
    expect((await readArticleRow(id)).status).toBe("unpublished");
  });

  it("asks before deleting", async () => {
    const editor = await createStaff("editor");
    signInAs(editor.id);
    const { id } = await createArticle(editor, articleInput());
    expect(await send({ operation: "delete", items: [`${id}:1`], topicId: "" })).toMatchObject({ status: "confirm" });
    expect((await readArticleRow(id)).status).toBe("draft");
  });

  it("refuses an empty selection, a missing topic and a tampered item, changing nothing", async () => {
    const editor = await createStaff("editor");
    signInAs(editor.id);
    const { id } = await createArticle(editor, articleInput());
    expect(await send({ operation: "publish", topicId: "" })).toEqual({ status: "error", message: "noneSelected" });
    expect(await send({ operation: "addTopic", items: [`${id}:1`], topicId: "" })).toEqual({
      status: "error",
      message: "topicRequired",
    });
    expect(await send({ operation: "publish", items: ["1 OR 1=1"], topicId: "" })).toEqual({
      status: "error",
      message: "invalid",
    });
    expect(await send({ operation: "explode", items: [`${id}:1`], topicId: "" })).toEqual({
      status: "error",
      message: "invalid",
    });
    expect((await readArticleRow(id)).status).toBe("draft");
  });
});
