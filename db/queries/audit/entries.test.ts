import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db, tables } from "../../client";
import { auditActions } from "@/lib/audit-actions";
import { newsroomAreas } from "@/messages";
import { createStaff, resetTestDatabase, thrownBy, refusal } from "@/test/database";
import { listAuditActors, listAuditEntries } from "./entries";

/** An entry at a given time, written straight to the table. */
async function entryAt(at: string, action: (typeof auditActions)[number], actor: { id: number; email: string } | null) {
  await db.insert(tables.auditLog).values({
    occurredAt: new Date(at),
    action,
    actorId: actor?.id ?? null,
    actorLabel: actor?.email ?? "",
    summary: `${action} at ${at}`,
  });
}

describe("reading the audit log", () => {
  beforeEach(resetTestDatabase);

  it("lists newest first and filters by actor, action and time range", async () => {
    const admin = await createStaff("admin");
    const editor = await createStaff("editor");
    await entryAt("2026-03-01T10:00:00Z", "auth.signIn", editor);
    await entryAt("2026-03-02T10:00:00Z", "article.publish", editor);
    await entryAt("2026-03-03T10:00:00Z", "settings.change", admin);
    await entryAt("2026-03-04T10:00:00Z", "auth.signInFailed", null);

    const all = await listAuditEntries(admin, {}, 1);
    expect(all.total).toBe(4);
    expect(all.items.map((e) => e.action)).toEqual([
      "auth.signInFailed",
      "settings.change",
      "article.publish",
      "auth.signIn",
    ]);
    const byEditor = await listAuditEntries(admin, { actorId: editor.id }, 1);
    expect(byEditor.items.map((e) => e.action)).toEqual(["article.publish", "auth.signIn"]);
    const publishes = await listAuditEntries(admin, { action: "article.publish" }, 1);
    expect(publishes.items.map((e) => e.actorName)).toEqual([editor.name]);
    const range = await listAuditEntries(
      admin,
      { from: new Date("2026-03-02T00:00:00Z"), until: new Date("2026-03-04T00:00:00Z") },
      1,
    );
    expect(range.items.map((e) => e.action)).toEqual(["settings.change", "article.publish"]);
    expect((await listAuditActors(admin)).map((a) => a.id).sort()).toEqual([admin.id, editor.id].sort());
  });

  it("is for admins only", async () => {
    const editor = await createStaff("editor");
    expect(await thrownBy(() => listAuditEntries(editor, {}, 1))).toEqual(refusal("forbidden"));
  });

  it("every kind of event has a label in every language", () => {
    for (const [locale, text] of Object.entries(newsroomAreas.audit)) {
      const labels = (text as { actions: Record<string, Record<string, string>> }).actions;
      for (const action of auditActions) {
        const [group = "", name = ""] = action.split(".");
        expect(labels[group]?.[name], `${locale}: ${action}`).toBeTruthy();
      }
    }
  });
});

/** Every source file of the app, outside tests. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (["node_modules", ".next", "e2e", "test", "data", "migrations"].includes(name) || name.startsWith("."))
      return [];
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

describe("the audit log is append-only", () => {
  it("no code in the app updates or deletes audit entries", () => {
    const offenders = sourceFiles(path.resolve(import.meta.dirname, "../..")).filter((file) => {
      const text = readFileSync(file, "utf8");
      return (
        /\.(update|delete)\(\s*(tables\.)?auditLog\b/.test(text) || /(update|delete\s+from)\s+"?audit_log/i.test(text)
      );
    });
    expect(offenders).toEqual([]);
  });
});
