import { transitionArticle } from "@/db/queries/articles/transitions";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import { createArticle } from "@/db/queries/articles/saves";
import type { StaffUser } from "@/db/queries/types";
import { articleInput, createMedia, createStaff, readArticleRow, resetTestDatabase } from "@/test/database";
import { logger } from "./logger";
import { runScheduledChanges } from "./scheduler";

beforeEach(resetTestDatabase);

const scheduledOn = new Date("2026-03-02T08:00:00Z");
const at = (minutes: number) => new Date(scheduledOn.getTime() + minutes * 60_000);

async function scheduled(editor: StaffUser, minutes: number): Promise<number> {
  const { id } = await createArticle(editor, articleInput());
  await transitionArticle(editor, id, "schedule", { at: at(minutes), now: scheduledOn });
  return id;
}

async function entriesFor(id: number, action: string) {
  return db
    .select()
    .from(tables.auditLog)
    .where(and(eq(tables.auditLog.action, action), eq(tables.auditLog.targetId, String(id))));
}

async function revisionsOf(id: number) {
  return db.select().from(tables.articleRevisions).where(eq(tables.articleRevisions.articleId, id));
}

const noInvalidation = async () => undefined;

describe("runScheduledChanges", () => {
  it("publishes what is due, leaves what is not, and expires the caches of what changed", async () => {
    const editor = await createStaff("editor");
    const due = await scheduled(editor, 10);
    const later = await scheduled(editor, 60);
    const invalidated: number[] = [];

    const pass = await runScheduledChanges(at(10), async (id) => {
      invalidated.push(id);
    });

    expect(pass).toEqual({ published: [due], unpublished: [], failed: [] });
    const row = await readArticleRow(due);
    expect(row.status).toBe("published");
    expect(row.publishedAt).toEqual(at(10));
    expect(row.scheduledPublishAt).toBeNull();
    expect((await readArticleRow(later)).status).toBe("scheduled");
    expect(invalidated).toEqual([due]);
    const [entry] = await entriesFor(due, "article.publish");
    expect(entry?.actorId).toBeNull();
    expect(entry?.summary).toMatch(/as scheduled/);
    // Scheduling and the publication are revisions of their own, numbered like the versions.
    expect((await revisionsOf(due)).map((r) => r.revision).sort()).toEqual([1, 2, 3]);
    expect(row.version).toBe(3);
  });

  it("catches up on everything overdue in one pass after downtime", async () => {
    const editor = await createStaff("editor");
    const ids = [await scheduled(editor, 5), await scheduled(editor, 90), await scheduled(editor, 60 * 24)];

    const pass = await runScheduledChanges(at(60 * 24 * 3), noInvalidation);

    expect([...pass.published].sort()).toEqual([...ids].sort());
    for (const id of ids) expect((await readArticleRow(id)).status).toBe("published");
  });

  it("unpublishes a published article whose unpublish time has come, and not before", async () => {
    const editor = await createStaff("editor");
    const { id } = await createArticle(editor, articleInput());
    await transitionArticle(editor, id, "publish");
    await transitionArticle(editor, id, "scheduleUnpublish", { at: at(30), now: scheduledOn });

    expect((await runScheduledChanges(at(29), noInvalidation)).unpublished).toEqual([]);
    expect((await readArticleRow(id)).status).toBe("published");

    const pass = await runScheduledChanges(at(31), noInvalidation);
    expect(pass.unpublished).toEqual([id]);
    const row = await readArticleRow(id);
    expect(row.status).toBe("unpublished");
    expect(row.scheduledUnpublishAt).toBeNull();
    expect(await entriesFor(id, "article.unpublish")).toHaveLength(1);
  });

  it("publishes then unpublishes an article whose whole window passed during downtime", async () => {
    const editor = await createStaff("editor");
    const id = await scheduled(editor, 10);
    await transitionArticle(editor, id, "scheduleUnpublish", { at: at(20), now: scheduledOn });

    const pass = await runScheduledChanges(at(60), noInvalidation);

    expect(pass).toEqual({ published: [id], unpublished: [id], failed: [] });
    expect((await readArticleRow(id)).status).toBe("unpublished");
  });

  it("publishes each item exactly once when two instances run at the same moment", async () => {
    const editor = await createStaff("editor");
    const ids = [await scheduled(editor, 1), await scheduled(editor, 2), await scheduled(editor, 3)];

    const [first, second] = await Promise.all([
      runScheduledChanges(at(5), noInvalidation),
      runScheduledChanges(at(5), noInvalidation),
    ]);

    expect([...first.published, ...second.published].sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect((await readArticleRow(id)).status).toBe("published");
      expect(await entriesFor(id, "article.publish")).toHaveLength(1);
      // Created, scheduled, published: one revision each, none twice.
      expect(await revisionsOf(id)).toHaveLength(3);
    }
  });

  it("logs a failing article and goes on with the others", async () => {
    const editor = await createStaff("editor");
    const broken = await scheduled(editor, 1);
    const fine = await scheduled(editor, 2);
    // Emptied behind the newsroom's back: it no longer passes the publish checks.
    await db.update(tables.articles).set({ summary: " " }).where(eq(tables.articles.id, broken));
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);

    const pass = await runScheduledChanges(at(5), noInvalidation);

    expect(pass).toEqual({ published: [fine], unpublished: [], failed: [broken] });
    expect((await readArticleRow(broken)).status).toBe("scheduled");
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ articleId: broken }), "scheduled change failed");
    logged.mockRestore();
  });

  it("does not publish an article whose image lost its alt text after it was scheduled", async () => {
    const editor = await createStaff("editor");
    const leadMediaId = await createMedia({ es: "Un puerto al amanecer", en: "" });
    const { id } = await createArticle(editor, articleInput({ leadMediaId }));
    await transitionArticle(editor, id, "schedule", { at: at(1), now: scheduledOn });
    await db
      .update(tables.media)
      .set({ alt: { es: "" } })
      .where(eq(tables.media.id, leadMediaId));
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);

    const pass = await runScheduledChanges(at(5), noInvalidation);

    expect(pass.failed).toEqual([id]);
    expect((await readArticleRow(id)).status).toBe("scheduled");
    logged.mockRestore();
  });
});
