import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import { createMedia, createStaff, resetTestDatabase } from "@/test/database";
import { countActiveAdmins, findUserForSignIn, getActiveStaffUser, insertUser, listActiveAuthors } from "./users";
import { getAuthorBySlug } from "../reader/authors";

beforeEach(resetTestDatabase);

async function setUser(id: number, values: Partial<typeof tables.users.$inferInsert>): Promise<void> {
  await db.update(tables.users).set(values).where(eq(tables.users.id, id));
}

describe("getActiveStaffUser", () => {
  it("returns the account's current id, email, name and role", async () => {
    const writer = await createStaff("writer", { name: "Ana Redactora" });

    expect(await getActiveStaffUser(writer.id, new Date())).toEqual(writer);
  });

  it("returns null once the account is deactivated", async () => {
    const writer = await createStaff("writer");
    await setUser(writer.id, { active: false });

    expect(await getActiveStaffUser(writer.id, new Date())).toBeNull();
  });

  it("reflects a role change at once", async () => {
    const writer = await createStaff("writer");
    await setUser(writer.id, { role: "editor" });

    expect((await getActiveStaffUser(writer.id, new Date()))?.role).toBe("editor");
  });

  it("refuses a session issued before the account's sessionsValidAfter and keeps later ones", async () => {
    const writer = await createStaff("writer");
    const revokedAt = new Date(Date.now() - 60_000);
    await setUser(writer.id, { sessionsValidAfter: revokedAt });

    expect(await getActiveStaffUser(writer.id, new Date(revokedAt.getTime() - 1))).toBeNull();
    expect(await getActiveStaffUser(writer.id, revokedAt)).toEqual(writer);
    expect(await getActiveStaffUser(writer.id, new Date())).toEqual(writer);
  });

  it("returns null for an unknown id", async () => {
    expect(await getActiveStaffUser(4242, new Date())).toBeNull();
  });
});

describe("findUserForSignIn", () => {
  it("finds the account whatever the case and surrounding spaces of the email", async () => {
    const id = await insertUser({
      email: "Lucia.Vidal@Heraldo.Example",
      name: "Lucía Vidal",
      slug: "lucia-vidal",
      role: "writer",
      passwordHash: "hash-of-lucia",
    });

    const found = await findUserForSignIn("  LUCIA.vidal@heraldo.EXAMPLE ");

    expect(found).toEqual({
      id,
      email: "lucia.vidal@heraldo.example",
      name: "Lucía Vidal",
      role: "writer",
      active: true,
      passwordHash: "hash-of-lucia",
    });
  });

  it("still finds a deactivated account, marked inactive, so sign-in can refuse it", async () => {
    const writer = await createStaff("writer");
    await setUser(writer.id, { active: false });

    expect((await findUserForSignIn(writer.email))?.active).toBe(false);
  });

  it("returns null for an unknown email", async () => {
    await createStaff("writer");

    expect(await findUserForSignIn("nobody@test.example")).toBeNull();
  });
});

describe("insertUser", () => {
  it("refuses a second account with the same email in another case", async () => {
    await insertUser({ email: "same@test.example", name: "One", slug: "one", role: "writer", passwordHash: "x" });

    await expect(
      insertUser({ email: "SAME@test.example", name: "Two", slug: "two", role: "writer", passwordHash: "x" }),
    ).rejects.toThrow();
  });
});

describe("countActiveAdmins and listActiveAuthors", () => {
  it("counts only active admins", async () => {
    await createStaff("admin");
    const retired = await createStaff("admin");
    await createStaff("editor");
    await setUser(retired.id, { active: false });

    expect(await countActiveAdmins()).toBe(1);
  });

  it("lists active accounts by name for the byline picker", async () => {
    const zoe = await createStaff("writer", { name: "Zoe" });
    const ana = await createStaff("editor", { name: "Ana" });
    const gone = await createStaff("writer", { name: "Mario" });
    await setUser(gone.id, { active: false });

    expect(await listActiveAuthors()).toEqual([
      { id: ana.id, name: "Ana" },
      { id: zoe.id, name: "Zoe" },
    ]);
  });
});

describe("getAuthorBySlug", () => {
  it("shows an active author's public profile and hides a deactivated one", async () => {
    const id = await insertUser({
      email: "sofia@test.example",
      name: "Sofía Ruiz",
      slug: "sofia-ruiz",
      role: "writer",
      passwordHash: "x",
      bio: { es: "Periodista", en: "Reporter" },
      jobTitle: { es: "Redactora", en: "Writer" },
    });

    expect(await getAuthorBySlug("sofia-ruiz")).toEqual({
      id,
      name: "Sofía Ruiz",
      slug: "sofia-ruiz",
      bio: { es: "Periodista", en: "Reporter" },
      jobTitle: { es: "Redactora", en: "Writer" },
      photo: null,
    });

    await setUser(id, { active: false });
    expect(await getAuthorBySlug("sofia-ruiz")).toBeNull();
  });

  it("includes the author's portrait with its alt text per language", async () => {
    const photo = await createMedia({ es: "Retrato de Ana", en: "Portrait of Ana" });
    const id = await insertUser({
      email: "ana@test.example",
      name: "Ana",
      slug: "ana",
      role: "writer",
      passwordHash: "x",
    });
    await db.update(tables.users).set({ photoMediaId: photo }).where(eq(tables.users.id, id));
    const author = await getAuthorBySlug("ana");
    expect(author?.photo?.alt).toEqual({ es: "Retrato de Ana", en: "Portrait of Ana" });
    expect(author?.photo?.src).toMatch(/^\/media\//);
  });
});
