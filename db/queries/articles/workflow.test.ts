import { DomainError } from "@/lib/domain-error";
import { transitionArticle } from "./transitions";
import { beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import {
  articleInput,
  createMedia,
  createStaff,
  readArticleRow,
  resetTestDatabase,
  thrownBy,
  refusal,
} from "@/test/database";
import { createArticle, restoreRevision, updateArticle } from "./saves";
import { getArticleWorkflow, listReviewQueue } from "./workflow";

beforeEach(resetTestDatabase);

const now = new Date("2026-05-04T10:00:00Z");
const inAnHour = new Date("2026-05-04T11:00:00Z");

async function auditActionsFor(id: number): Promise<string[]> {
  const rows = await db
    .select({ action: tables.auditLog.action })
    .from(tables.auditLog)
    .where(and(eq(tables.auditLog.targetType, "article"), eq(tables.auditLog.targetId, String(id))))
    .orderBy(tables.auditLog.id);
  return rows.map((r) => r.action);
}

describe("scheduling", () => {
  it("schedules, moves and cancels a publication, each audited", async () => {
    const editor = await createStaff("editor");
    const { id } = await createArticle(editor, articleInput());

    await transitionArticle(editor, id, "schedule", { at: inAnHour, now });
    let row = await readArticleRow(id);
    expect(row.status).toBe("scheduled");
    expect(row.scheduledPublishAt).toEqual(inAnHour);

    const later = new Date("2026-05-05T09:00:00Z");
    await transitionArticle(editor, id, "schedule", { at: later, now: now });
    expect((await readArticleRow(id)).scheduledPublishAt).toEqual(later);

    await transitionArticle(editor, id, "cancelSchedule");
    row = await readArticleRow(id);
    expect(row.status).toBe("draft");
    expect(row.scheduledPublishAt).toBeNull();
    expect(await auditActionsFor(id)).toEqual(["article.schedule", "article.schedule", "article.unschedule"]);
  });

  it("refuses a time in the past, and changes nothing", async () => {
    const editor = await createStaff("editor");
    const { id } = await createArticle(editor, articleInput());
    const error = await thrownBy(() =>
      transitionArticle(editor, id, "schedule", { at: new Date("2026-05-04T09:59:00Z"), now: now }),
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("pastTime");
    expect((await readArticleRow(id)).status).toBe("draft");
    expect(await auditActionsFor(id)).toEqual([]);
  });

  it("refuses to schedule an article that fails the publish checks, naming the problems", async () => {
    const editor = await createStaff("editor");
    const { id } = await createArticle(editor, articleInput());
    await db.update(tables.articles).set({ summary: "", body: "<p> </p>" }).where(eq(tables.articles.id, id));
    const error = await thrownBy(() => transitionArticle(editor, id, "schedule", { at: inAnHour, now }));
    expect((error as DomainError).code).toBe("publishChecks");
    expect((error as DomainError).problems).toEqual(["summaryMissing", "bodyMissing"]);
    expect((await readArticleRow(id)).status).toBe("draft");
  });

  it("refuses to schedule an article whose lead image has no alt text in its language", async () => {
    const editor = await createStaff("editor");
    const leadMediaId = await createMedia({ es: "", en: "A harbour at dawn" });
    const { id } = await createArticle(editor, articleInput({ leadMediaId }));
    const error = await thrownBy(() => transitionArticle(editor, id, "schedule", { at: inAnHour, now }));
    expect((error as DomainError).problems).toEqual(["imageAltMissing"]);
    expect((await readArticleRow(id)).status).toBe("draft");
  });

  it("does not let writers schedule, even their own article", async () => {
    const writer = await createStaff("writer");
    const { id } = await createArticle(writer, articleInput());
    expect(await thrownBy(() => transitionArticle(writer, id, "schedule", { at: inAnHour, now }))).toBeInstanceOf(
      DomainError,
    );
    expect((await readArticleRow(id)).status).toBe("draft");
  });

  it("schedules an unpublication of a published article, after any scheduled publication", async () => {
    const editor = await createStaff("editor");
    const { id } = await createArticle(editor, articleInput());
    expect(
      ((await thrownBy(() => transitionArticle(editor, id, "scheduleUnpublish", { at: inAnHour, now }))) as DomainError)
        .code,
    ).toBe("badTransition");
    await transitionArticle(editor, id, "schedule", { at: inAnHour, now });
    const before = new Date("2026-05-04T10:30:00Z");
    expect(
      (
        (await thrownBy(() =>
          transitionArticle(editor, id, "scheduleUnpublish", { at: before, now: now }),
        )) as DomainError
      ).code,
    ).toBe("unpublishBeforePublish");
    const after = new Date("2026-05-06T10:00:00Z");
    await transitionArticle(editor, id, "scheduleUnpublish", { at: after, now: now });
    expect((await readArticleRow(id)).scheduledUnpublishAt).toEqual(after);
    await transitionArticle(editor, id, "cancelUnpublish");
    expect((await readArticleRow(id)).scheduledUnpublishAt).toBeNull();
  });

  it("keeps each language's schedule apart", async () => {
    const editor = await createStaff("editor");
    const es = await createArticle(editor, articleInput({ locale: "es" }));
    const en = await createArticle(editor, articleInput({ locale: "en" }));
    await transitionArticle(editor, es.id, "schedule", { at: inAnHour, now });
    expect((await readArticleRow(en.id)).status).toBe("draft");
    expect((await getArticleWorkflow(editor, es.id))?.scheduledPublishAt).toEqual(inAnHour);
    expect((await getArticleWorkflow(editor, en.id))?.scheduledPublishAt).toBeNull();
  });

  it("publishing or unpublishing by hand replaces what was scheduled", async () => {
    const editor = await createStaff("editor");
    const { id } = await createArticle(editor, articleInput());
    await transitionArticle(editor, id, "schedule", { at: inAnHour, now });
    await transitionArticle(editor, id, "publish");
    expect((await readArticleRow(id)).scheduledPublishAt).toBeNull();
    await transitionArticle(editor, id, "scheduleUnpublish", { at: new Date(Date.now() + 3_600_000) });
    await transitionArticle(editor, id, "unpublish");
    expect((await readArticleRow(id)).scheduledUnpublishAt).toBeNull();
  });
});

describe("review", () => {
  it("records the submission time and lists the queue oldest submission first", async () => {
    const writer = await createStaff("writer", { name: "Wanda" });
    const editor = await createStaff("editor");
    const first = await createArticle(writer, articleInput({ title: "Primera" }));
    const second = await createArticle(writer, articleInput({ title: "Segunda" }));
    const draft = await createArticle(writer, articleInput({ title: "Borrador" }));
    await transitionArticle(writer, second.id, "submit");
    await transitionArticle(writer, first.id, "submit");
    await db
      .update(tables.articles)
      .set({ submittedAt: new Date("2026-01-01T00:00:00Z") })
      .where(eq(tables.articles.id, first.id));

    const queue = await listReviewQueue(editor);
    expect(queue.map((q) => q.title)).toEqual(["Primera", "Segunda"]);
    expect(queue[1]?.submittedAt).toBeInstanceOf(Date);
    expect(queue[0]?.authorNames).toEqual(["Wanda"]);
    expect(queue.some((q) => q.id === draft.id)).toBe(false);
  });

  it("lets editors send an article in review back to draft, not writers", async () => {
    const writer = await createStaff("writer");
    const editor = await createStaff("editor");
    const { id } = await createArticle(writer, articleInput());
    await transitionArticle(writer, id, "submit");
    expect(await thrownBy(() => transitionArticle(writer, id, "returnToDraft"))).toEqual(refusal("forbidden"));
    await transitionArticle(editor, id, "returnToDraft", { note: "Falta la fuente." });
    expect((await readArticleRow(id)).status).toBe("draft");
    expect(await auditActionsFor(id)).toEqual(["article.submit", "article.returnToDraft"]);
  });
});

describe("audit of status changes and restores", () => {
  it("records submit, publish, unpublish and restore with the actor, in the same change", async () => {
    const writer = await createStaff("writer");
    const editor = await createStaff("editor");
    const input = articleInput();
    const { id } = await createArticle(writer, input);
    await updateArticle(writer, id, 1, { ...input, title: "Cambiado" });
    await transitionArticle(writer, id, "submit");
    await transitionArticle(editor, id, "publish");
    const { version } = await transitionArticle(editor, id, "unpublish");
    await restoreRevision(editor, id, 1, version);

    expect(await auditActionsFor(id)).toEqual([
      "article.submit",
      "article.publish",
      "article.unpublish",
      "article.restore",
    ]);
    const [publish] = await db.select().from(tables.auditLog).where(eq(tables.auditLog.action, "article.publish"));
    expect(publish?.actorId).toBe(editor.id);
    expect(publish?.summary).toContain("Cambiado");
  });

  it("records nothing when the change is refused", async () => {
    const writer = await createStaff("writer");
    const { id } = await createArticle(writer, articleInput());
    await thrownBy(() => transitionArticle(writer, id, "publish"));
    await transitionArticle(writer, id, "submit");
    await thrownBy(() => transitionArticle(writer, id, "submit"));
    expect(await auditActionsFor(id)).toEqual(["article.submit"]);
  });
});
