import { beforeEach, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import { createStaff, resetTestDatabase, thrownBy, refusal } from "@/test/database";
import { changeUserRole, listUsers, setUserActive } from "./user-admin";
import { getActiveStaffUser } from "./users";

beforeEach(resetTestDatabase);

async function activeAdmins(): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(tables.users)
    .where(and(eq(tables.users.role, "admin"), eq(tables.users.active, true)));
  return row?.n ?? 0;
}

async function userRow(id: number) {
  const [row] = await db.select().from(tables.users).where(eq(tables.users.id, id));
  if (!row) throw new Error("no user");
  return row;
}

describe("users administration", () => {
  it("is for admins only", async () => {
    const editor = await createStaff("editor");
    const writer = await createStaff("writer");
    expect(await thrownBy(() => listUsers(editor))).toEqual(refusal("forbidden"));
    expect(await thrownBy(() => changeUserRole(editor, writer.id, "editor"))).toEqual(refusal("forbidden"));
    expect((await userRow(writer.id)).role).toBe("writer");
  });

  it("lists every account with role, state and last sign-in", async () => {
    const signedIn = new Date("2026-03-02T09:30:00Z");
    const admin = await createStaff("admin", { name: "Zoe" });
    const former = await createStaff("writer", { name: "Ana" });
    await db.update(tables.users).set({ active: false }).where(eq(tables.users.id, former.id));
    await db.update(tables.users).set({ lastSignInAt: signedIn }).where(eq(tables.users.id, admin.id));
    const rows = await listUsers(admin);
    // Active accounts first, then by name.
    expect(rows.map((r) => [r.name, r.email, r.role, r.active, r.lastSignInAt])).toEqual([
      ["Zoe", admin.email, "admin", true, signedIn],
      ["Ana", former.email, "writer", false, null],
    ]);
  });

  it("changes a role and records it in the audit log", async () => {
    const admin = await createStaff("admin");
    const writer = await createStaff("writer");
    await changeUserRole(admin, writer.id, "editor");

    expect((await getActiveStaffUser(writer.id, new Date()))?.role).toBe("editor");
    const [entry] = await db.select().from(tables.auditLog);
    expect(entry).toMatchObject({
      action: "user.roleChange",
      actorId: admin.id,
      details: { before: "writer", after: "editor" },
    });
  });

  it("never demotes or deactivates the last active admin", async () => {
    const admin = await createStaff("admin");
    expect(await thrownBy(() => changeUserRole(admin, admin.id, "editor"))).toEqual(refusal("lastAdmin"));
    expect(await thrownBy(() => setUserActive(admin, admin.id, false))).toEqual(refusal("lastAdmin"));
    expect(await activeAdmins()).toBe(1);
    expect(await db.select().from(tables.auditLog)).toEqual([]);
  });

  it("deactivation ends the account's sessions; reactivation does not revive them", async () => {
    const admin = await createStaff("admin");
    const writer = await createStaff("writer");
    const signedInBefore = new Date(Date.now() - 1000);

    await setUserActive(admin, writer.id, false);
    expect(await getActiveStaffUser(writer.id, signedInBefore)).toBeNull();
    await setUserActive(admin, writer.id, true);

    expect((await userRow(writer.id)).active).toBe(true);
    expect(await getActiveStaffUser(writer.id, signedInBefore)).toBeNull();
    expect(await getActiveStaffUser(writer.id, new Date())).not.toBeNull();
    const actions = (await db.select().from(tables.auditLog)).map((e) => e.action);
    expect(actions).toEqual(["user.deactivate", "user.reactivate"]);
  });

  it("lets exactly one of two admins demoting each other at the same moment succeed", async () => {
    const first = await createStaff("admin");
    const second = await createStaff("admin");

    const results = await Promise.allSettled([
      changeUserRole(first, second.id, "editor"),
      changeUserRole(second, first.id, "editor"),
    ]);

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await activeAdmins()).toBe(1);
  });

  it("keeps one admin when the last two demote or deactivate themselves at the same moment", async () => {
    const first = await createStaff("admin");
    const second = await createStaff("admin");

    const results = await Promise.allSettled([
      changeUserRole(first, first.id, "writer"),
      setUserActive(second, second.id, false),
    ]);

    const refusals = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(refusals).toEqual([refusal("lastAdmin")]);
    expect(await activeAdmins()).toBe(1);
  });
});
