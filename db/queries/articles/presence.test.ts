import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import { presenceTtlMs } from "@/lib/presence";
import { articleInput, countRows, createStaff, refusal, resetTestDatabase, thrownBy } from "@/test/database";
import { leaveArticle, listOthersEditing, noteArticlePresence } from "./presence";
import { createArticle } from "./saves";

beforeEach(resetTestDatabase);

const now = new Date("2026-06-01T12:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);

describe("who else is editing an article", () => {
  it("names the others who have the article open, never oneself", async () => {
    const ana = await createStaff("writer", { name: "Ana Pérez" });
    const bea = await createStaff("editor", { name: "Bea Gil" });
    const { id } = await createArticle(ana, articleInput());

    expect(await noteArticlePresence(ana, id, now)).toEqual([]);
    expect(await noteArticlePresence(bea, id, later(1000))).toEqual([{ userId: ana.id, name: "Ana Pérez" }]);
    expect(await noteArticlePresence(ana, id, later(2000))).toEqual([{ userId: bea.id, name: "Bea Gil" }]);
    // One row per person and article, however many heartbeats.
    expect(await countRows(tables.articlePresence)).toBe(2);
  });

  it("stops naming someone whose heartbeat stopped once the presence expires", async () => {
    const ana = await createStaff("writer", { name: "Ana" });
    const bea = await createStaff("editor", { name: "Bea" });
    const { id } = await createArticle(ana, articleInput());
    await noteArticlePresence(ana, id, now);

    expect(await listOthersEditing(bea, id, later(presenceTtlMs - 1))).toHaveLength(1);
    expect(await listOthersEditing(bea, id, later(presenceTtlMs))).toEqual([]);
    // A heartbeat moves the expiry on.
    await noteArticlePresence(ana, id, later(presenceTtlMs - 1));
    expect(await listOthersEditing(bea, id, later(presenceTtlMs + 1000))).toHaveLength(1);
  });

  it("stops naming someone at once when they leave, and clears expired presences then", async () => {
    const ana = await createStaff("writer", { name: "Ana" });
    const bea = await createStaff("editor", { name: "Bea" });
    const carla = await createStaff("editor", { name: "Carla" });
    const { id } = await createArticle(ana, articleInput());
    const other = await createArticle(ana, articleInput());
    await noteArticlePresence(carla, id, now);
    await noteArticlePresence(carla, other.id, now);
    await noteArticlePresence(ana, id, later(presenceTtlMs));
    await noteArticlePresence(bea, id, later(presenceTtlMs));

    await leaveArticle(ana, id, later(presenceTtlMs + 1));
    expect(await listOthersEditing(bea, id, later(presenceTtlMs + 1))).toEqual([]);
    // Carla's expired row on this article went; on the other article it waits for its own leave.
    const rows = await db.select().from(tables.articlePresence);
    const left = rows.map((r) => `${r.articleId}:${r.userId}`).sort();
    expect(left).toEqual([`${id}:${bea.id}`, `${other.id}:${carla.id}`].sort());
  });

  it("does not name deactivated accounts, and refuses unknown articles", async () => {
    const ana = await createStaff("writer", { name: "Ana" });
    const bea = await createStaff("editor", { name: "Bea" });
    const { id } = await createArticle(ana, articleInput());
    await noteArticlePresence(ana, id, now);
    await db.update(tables.users).set({ active: false }).where(eq(tables.users.id, ana.id));
    expect(await listOthersEditing(bea, id, now)).toEqual([]);

    expect(await thrownBy(() => noteArticlePresence(bea, id + 100, now))).toEqual(refusal("notFound"));
    expect(await countRows(tables.articlePresence)).toBe(1);
  });
});
