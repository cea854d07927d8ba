import { transitionArticle } from "./transitions";
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db, tables } from "../../client";
import { articleInput, createStaff, resetTestDatabase } from "@/test/database";
import { recordAudit } from "../audit/record";
import { listRecentActivity, listScheduledItems, listWaitingArticles } from "./dashboard";
import { createArticle } from "./saves";

describe("dashboard", () => {
  beforeEach(resetTestDatabase);

  it("shows editors everyone's submissions and writers only their own drafts and submissions", async () => {
    const editor = await createStaff("editor");
    const writer = await createStaff("writer");
    const other = await createStaff("writer");
    const mine = await createArticle(writer, articleInput({ title: "Mi borrador" }));
    const submitted = await createArticle(other, articleInput({ title: "Enviada" }));
    await transitionArticle(other, submitted.id, "submit");

    const review = await listWaitingArticles(editor);
    expect(review.scope).toBe("review");
    expect(review.items.map((a) => a.title)).toEqual(["Enviada"]);

    const own = await listWaitingArticles(writer);
    expect(own.scope).toBe("own");
    expect(own.items.map((a) => a.id)).toEqual([mine.id]);
  });

  it("lists scheduled publications with their times, soonest first", async () => {
    const editor = await createStaff("editor");
    const later = await createArticle(editor, articleInput({ title: "Más tarde" }));
    const sooner = await createArticle(editor, articleInput({ title: "Antes" }));
    await db
      .update(tables.articles)
      .set({ status: "scheduled", scheduledPublishAt: new Date("2030-01-02T09:00:00Z") })
      .where(eq(tables.articles.id, later.id));
    await db
      .update(tables.articles)
      .set({ status: "scheduled", scheduledPublishAt: new Date("2030-01-01T09:00:00Z") })
      .where(eq(tables.articles.id, sooner.id));
    const items = await listScheduledItems(editor);
    expect(items.map((i) => [i.title, i.change, i.at?.toISOString()])).toEqual([
      ["Antes", "publish", "2030-01-01T09:00:00.000Z"],
      ["Más tarde", "publish", "2030-01-02T09:00:00.000Z"],
    ]);
  });

  it("shows recent activity to editors (content only) and admins (everything), not writers", async () => {
    const admin = await createStaff("admin");
    const editor = await createStaff("editor");
    const writer = await createStaff("writer");
    await recordAudit({ action: "article.publish", actor: editor, summary: "Published" });
    await recordAudit({ action: "settings.change", actor: admin, summary: "Settings" });
    expect((await listRecentActivity(admin))?.map((e) => e.action)).toEqual(["settings.change", "article.publish"]);
    expect((await listRecentActivity(editor))?.map((e) => e.action)).toEqual(["article.publish"]);
    expect(await listRecentActivity(writer)).toBeNull();
  });
});
