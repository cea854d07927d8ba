/**
 * Every change of status goes through one path: the Publish button, the review decision,
 * scheduling and cancelling, and the scheduler all run the same checks, bump the version and
 * write a revision and an audit entry, together or not at all.
 */
import { DomainError } from "@/lib/domain-error";
import { beforeEach, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import { articleInput, createStaff, readArticleRow, resetTestDatabase, thrownBy, refusal } from "@/test/database";
import { transitionArticle, transitionIfDue, type StaffTransition } from "./transitions";
import { createArticle } from "./saves";
import type { StaffUser } from "../types";

beforeEach(resetTestDatabase);

const hour = 3_600_000;

async function history(id: number) {
  const revisions = await db
    .select({ revision: tables.articleRevisions.revision })
    .from(tables.articleRevisions)
    .where(eq(tables.articleRevisions.articleId, id))
    .orderBy(asc(tables.articleRevisions.revision));
  const audit = await db
    .select({ action: tables.auditLog.action })
    .from(tables.auditLog)
    .where(eq(tables.auditLog.targetId, String(id)))
    .orderBy(asc(tables.auditLog.id));
  return { revisions: revisions.map((r) => r.revision), audit: audit.map((a) => a.action) };
}

/** An article in the status each transition starts from, made through the transitions themselves. */
async function articleReadyFor(editor: StaffUser, name: StaffTransition): Promise<number> {
  const { id } = await createArticle(editor, articleInput());
  const later = new Date(Date.now() + hour);
  const steps: Partial<Record<StaffTransition, [StaffTransition, Date?][]>> = {
    returnToDraft: [["submit"]],
    unpublish: [["publish"]],
    cancelSchedule: [["schedule", later]],
    scheduleUnpublish: [["publish"]],
    cancelUnpublish: [["publish"], ["scheduleUnpublish", later]],
  };
  for (const [step, at] of steps[name] ?? []) await transitionArticle(editor, id, step, { at });
  return id;
}

describe("one transition path", () => {
  const cases: StaffTransition[] = [
    "submit",
    "returnToDraft",
    "publish",
    "unpublish",
    "schedule",
    "cancelSchedule",
    "scheduleUnpublish",
    "cancelUnpublish",
  ];
  it.each(cases)("'%s' bumps the version and writes one revision and one audit entry", async (name) => {
    const editor = await createStaff("editor");
    const id = await articleReadyFor(editor, name);
    const before = await readArticleRow(id);
    const { revisions, audit } = await history(id);

    const result = await transitionArticle(editor, id, name, {
      at: new Date(Date.now() + 2 * hour),
      note: "Revise el titular.",
    });

    expect(result.version).toBe(before.version + 1);
    expect((await readArticleRow(id)).version).toBe(before.version + 1);
    const after = await history(id);
    expect(after.revisions).toEqual([...revisions, before.version + 1]);
    expect(after.audit).toHaveLength(audit.length + 1);
  });

  it("the Publish button runs the full publish checks, as scheduling and the scheduler do", async () => {
    const editor = await createStaff("editor");
    const { id } = await createArticle(editor, articleInput());
    // Emptied behind the form's back (an old row, an import): not fit to go live.
    await db.update(tables.articles).set({ summary: " " }).where(eq(tables.articles.id, id));

    for (const attempt of [
      () => transitionArticle(editor, id, "publish"),
      () => transitionArticle(editor, id, "schedule", { at: new Date(Date.now() + hour) }),
    ]) {
      const error = await thrownBy(attempt);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).problems).toEqual(["summaryMissing"]);
    }
    const row = await readArticleRow(id);
    expect([row.status, row.version]).toEqual(["draft", 1]);
    expect(await history(id)).toEqual({ revisions: [1], audit: [] });
  });

  it("the review decision publishes through the same checks, inside the transaction", async () => {
    const writer = await createStaff("writer");
    const editor = await createStaff("editor");
    const { id } = await createArticle(writer, articleInput());
    await transitionArticle(writer, id, "submit");
    await db.update(tables.articles).set({ title: "" }).where(eq(tables.articles.id, id));

    const error = await thrownBy(() => transitionArticle(editor, id, "publish"));
    expect((error as DomainError).problems).toEqual(["titleMissing"]);
    expect((await readArticleRow(id)).status).toBe("review");
  });

  it("the scheduler refuses what the Publish button would refuse", async () => {
    const editor = await createStaff("editor");
    const { id } = await createArticle(editor, articleInput());
    const now = new Date();
    await transitionArticle(editor, id, "schedule", { at: new Date(now.getTime() + hour), now });
    await db.update(tables.articles).set({ body: "<p> </p>" }).where(eq(tables.articles.id, id));

    const error = await thrownBy(() => transitionIfDue(id, "scheduledPublish", new Date(now.getTime() + 2 * hour)));
    expect((error as DomainError).problems).toEqual(["bodyMissing"]);
    expect((await readArticleRow(id)).status).toBe("scheduled");
  });

  it("refuses a change from a status the table does not list, and records nothing", async () => {
    const editor = await createStaff("editor");
    const { id } = await createArticle(editor, articleInput());
    for (const name of ["unpublish", "returnToDraft", "cancelSchedule", "cancelUnpublish"] as const) {
      expect(await thrownBy(() => transitionArticle(editor, id, name))).toEqual(refusal("badTransition"));
    }
    expect(await history(id)).toEqual({ revisions: [1], audit: [] });
  });
});
