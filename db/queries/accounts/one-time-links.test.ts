import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import { createStaff, resetTestDatabase, thrownBy, refusal } from "@/test/database";
import {
  acceptInvite,
  createInvite,
  createPasswordResetLink,
  hashToken,
  linkLifetimes,
  resetPasswordWithLink,
  viewLink,
} from "./one-time-links";
import { getActiveStaffUser } from "./users";

beforeEach(resetTestDatabase);

async function userByEmail(email: string) {
  const [row] = await db.select().from(tables.users).where(eq(tables.users.email, email));
  return row ?? null;
}

describe("password reset links", () => {
  it("stores only a hash of the token, valid for 24 hours, and audits the link without it", async () => {
    const admin = await createStaff("admin");
    const writer = await createStaff("writer");
    const { token, expiresAt } = await createPasswordResetLink(admin, writer.id);

    const [row] = await db.select().from(tables.accountTokens);
    expect(row?.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(linkLifetimes["password-reset"] - 60_000);
    const audit = await db.select().from(tables.auditLog);
    expect(audit.map((e) => e.action)).toEqual(["user.passwordResetLink"]);
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it("is issued by admins only", async () => {
    const editor = await createStaff("editor");
    const writer = await createStaff("writer");
    expect(await thrownBy(() => createPasswordResetLink(editor, writer.id))).toEqual(refusal("forbidden"));
  });

  it("sets the new password once, ends the account's sessions, and then reports itself used", async () => {
    const admin = await createStaff("admin");
    const writer = await createStaff("writer");
    const { token } = await createPasswordResetLink(admin, writer.id);
    const signedInBefore = new Date(Date.now() - 1000);

    expect(await viewLink("password-reset", token)).toMatchObject({ state: "usable", email: writer.email });
    await resetPasswordWithLink(token, "new-hash");

    expect((await userByEmail(writer.email))?.passwordHash).toBe("new-hash");
    expect(await getActiveStaffUser(writer.id, signedInBefore)).toBeNull();
    expect(await viewLink("password-reset", token)).toEqual({ state: "used" });
    expect(await thrownBy(() => resetPasswordWithLink(token, "other-hash"))).toEqual(refusal("linkUsed"));
    expect((await userByEmail(writer.email))?.passwordHash).toBe("new-hash");
  });

  it("refuses expired, tampered and unknown links and changes nothing", async () => {
    const admin = await createStaff("admin");
    const writer = await createStaff("writer");
    const { token } = await createPasswordResetLink(admin, writer.id);
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;

    expect(await viewLink("password-reset", tampered)).toEqual({ state: "unknown" });
    expect(await viewLink("password-reset", "short")).toEqual({ state: "unknown" });
    expect(await thrownBy(() => resetPasswordWithLink(tampered, "x"))).toEqual(refusal("linkUnknown"));
    // An invitation token is not a reset token.
    expect(await viewLink("invite", token)).toEqual({ state: "unknown" });

    await db
      .update(tables.accountTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(tables.accountTokens.purpose, "password-reset"));
    expect(await viewLink("password-reset", token)).toEqual({ state: "expired" });
    expect(await thrownBy(() => resetPasswordWithLink(token, "x"))).toEqual(refusal("linkExpired"));
    expect((await userByEmail(writer.email))?.passwordHash).toBe("not-a-real-hash");
  });

  it("a newer link replaces an unused older one", async () => {
    const admin = await createStaff("admin");
    const writer = await createStaff("writer");
    const first = await createPasswordResetLink(admin, writer.id);
    await createPasswordResetLink(admin, writer.id);
    expect(await viewLink("password-reset", first.token)).toEqual({ state: "unknown" });
  });
});

describe("invitations", () => {
  it("creates the account with the invited name, email and role when the link is used, once", async () => {
    const admin = await createStaff("admin");
    const { token, expiresAt } = await createInvite(admin, {
      name: "Nuria Núñez",
      email: "nuria@test.example",
      role: "editor",
    });
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(linkLifetimes.invite - 60_000);
    expect(await userByEmail("nuria@test.example")).toBeNull();
    expect(await viewLink("invite", token)).toEqual({
      state: "usable",
      purpose: "invite",
      name: "Nuria Núñez",
      email: "nuria@test.example",
      role: "editor",
    });

    await acceptInvite(token, "chosen-hash");

    expect(await userByEmail("nuria@test.example")).toMatchObject({
      name: "Nuria Núñez",
      slug: "nuria-nunez",
      role: "editor",
      active: true,
      passwordHash: "chosen-hash",
    });
    expect(await thrownBy(() => acceptInvite(token, "again"))).toEqual(refusal("linkUsed"));
    const actions = (await db.select().from(tables.auditLog)).map((e) => e.action);
    expect(actions).toEqual(["user.invite", "user.inviteAccept"]);
  });

  it("refuses to invite an email that already has an account", async () => {
    const admin = await createStaff("admin");
    const writer = await createStaff("writer");
    expect(await thrownBy(() => createInvite(admin, { name: "X", email: writer.email, role: "writer" }))).toEqual(
      refusal("emailTaken"),
    );
    expect(await db.select().from(tables.accountTokens)).toEqual([]);
  });

  it("gives the new author page a free slug", async () => {
    const admin = await createStaff("admin", { name: "Ana" });
    await db.update(tables.users).set({ slug: "ana" }).where(eq(tables.users.id, admin.id));
    const { token } = await createInvite(admin, { name: "Ana", email: "ana2@test.example", role: "writer" });
    await acceptInvite(token, "h");
    expect((await userByEmail("ana2@test.example"))?.slug).toBe("ana-2");
  });
});
