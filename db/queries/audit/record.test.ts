import { beforeEach, describe, expect, it } from "vitest";
import { db, tables } from "../../client";
import { createStaff, resetTestDatabase } from "@/test/database";
import { recordAudit } from "./record";

describe("recordAudit", () => {
  beforeEach(resetTestDatabase);

  it("stores who did what to which target, with a readable summary", async () => {
    const editor = await createStaff("editor");

    await recordAudit({
      action: "article.publish",
      actor: editor,
      target: { type: "article", id: 7 },
      summary: "Published “Becas” (es)",
      details: { from: "review", to: "published" },
      ipAddress: "203.0.113.9",
    });

    const [entry] = await db.select().from(tables.auditLog);
    expect(entry).toMatchObject({
      action: "article.publish",
      actorId: editor.id,
      actorLabel: editor.email,
      targetType: "article",
      targetId: "7",
      summary: "Published “Becas” (es)",
      details: { from: "review", to: "published" },
      ipAddress: "203.0.113.9",
    });
    expect(entry?.occurredAt).toBeInstanceOf(Date);
  });

  it("records anonymous events and writes nothing when its transaction is rolled back", async () => {
    await recordAudit({ action: "auth.signInFailed", actor: null, summary: "Failed sign-in for x@example.org" });
    await db
      .transaction(async (tx) => {
        await recordAudit({ action: "settings.change", actor: null, summary: "rolled back" }, tx);
        throw new Error("abort");
      })
      .catch(() => undefined);

    const entries = await db.select().from(tables.auditLog);
    expect(entries.map((e) => [e.action, e.actorId])).toEqual([["auth.signInFailed", null]]);
  });
});
