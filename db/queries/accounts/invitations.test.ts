import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import { createStaff, refusal, resetTestDatabase, thrownBy } from "@/test/database";
import { listPendingInvitations, resendInvitation, revokeInvitation } from "./invitations";
import { acceptInvite, createInvite, linkLifetimes, viewLink } from "./one-time-links";

beforeEach(resetTestDatabase);

const newcomer = { name: "Nuria Nueva", email: "nuria@test.example", role: "editor" as const };

async function auditActions() {
  return (await db.select({ action: tables.auditLog.action }).from(tables.auditLog)).map((e) => e.action);
}

describe("pending invitations", () => {
  it("lists unused invitations with who invited and until when, not accepted ones", async () => {
    const admin = await createStaff("admin", { name: "Ada" });
    const { expiresAt } = await createInvite(admin, newcomer);
    const accepted = await createInvite(admin, { name: "Otto", email: "otto@test.example", role: "writer" });
    await acceptInvite(accepted.token, "hash");

    expect(await listPendingInvitations(admin)).toEqual([
      {
        id: expect.any(Number),
        ...newcomer,
        invitedBy: "Ada",
        createdAt: expect.any(Date),
        expiresAt,
        expired: false,
      },
    ]);
  });

  it("keeps expired invitations listed, marked expired", async () => {
    const admin = await createStaff("admin");
    await createInvite(admin, newcomer);
    const later = new Date(Date.now() + linkLifetimes.invite + 1000);
    expect(await listPendingInvitations(admin, later)).toMatchObject([{ email: newcomer.email, expired: true }]);
  });

  it("is for admins only", async () => {
    const editor = await createStaff("editor");
    expect(await thrownBy(() => listPendingInvitations(editor))).toEqual(refusal("forbidden"));
  });
});

describe("revoking an invitation", () => {
  it("makes the link refuse at once, audits it, and leaves other invitations alone", async () => {
    const admin = await createStaff("admin");
    const { token } = await createInvite(admin, newcomer);
    const other = await createInvite(admin, { name: "Otto", email: "otto@test.example", role: "writer" });
    const [invitation] = (await listPendingInvitations(admin)).filter((i) => i.email === newcomer.email);

    expect(await revokeInvitation(admin, invitation?.id ?? 0)).toEqual({ email: newcomer.email });

    expect(await viewLink("invite", token)).toEqual({ state: "unknown" });
    expect(await thrownBy(() => acceptInvite(token, "hash"))).toEqual(refusal("linkUnknown"));
    expect((await listPendingInvitations(admin)).map((i) => i.email)).toEqual(["otto@test.example"]);
    expect(await viewLink("invite", other.token)).toMatchObject({ state: "usable" });
    expect(await auditActions()).toContain("user.inviteRevoke");
  });

  it("refuses an accepted, unknown or already revoked invitation, and non-admins", async () => {
    const admin = await createStaff("admin");
    const editor = await createStaff("editor");
    const { token } = await createInvite(admin, newcomer);
    const [invitation] = await listPendingInvitations(admin);
    const id = invitation?.id ?? 0;

    expect(await thrownBy(() => revokeInvitation(editor, id))).toEqual(refusal("forbidden"));
    await acceptInvite(token, "hash");
    expect(await thrownBy(() => revokeInvitation(admin, id))).toEqual(refusal("notFound"));
    expect(await thrownBy(() => revokeInvitation(admin, 999_999))).toEqual(refusal("notFound"));
    // The accepted account is untouched.
    const [user] = await db.select().from(tables.users).where(eq(tables.users.email, newcomer.email));
    expect(user?.active).toBe(true);
  });
});

describe("resending an invitation", () => {
  it("issues a fresh 7-day link for the same person and role; the old link stops working", async () => {
    const admin = await createStaff("admin", { name: "Ada" });
    const other = await createStaff("admin", { name: "Bea" });
    const old = await createInvite(admin, newcomer);
    const [invitation] = await listPendingInvitations(admin);

    const fresh = await resendInvitation(other, invitation?.id ?? 0);

    expect(fresh.token).not.toBe(old.token);
    expect(fresh.email).toBe(newcomer.email);
    expect(fresh.expiresAt.getTime() - Date.now()).toBeGreaterThan(linkLifetimes.invite - 60_000);
    expect(await viewLink("invite", old.token)).toEqual({ state: "unknown" });
    expect(await thrownBy(() => acceptInvite(old.token, "hash"))).toEqual(refusal("linkUnknown"));
    expect(await viewLink("invite", fresh.token)).toMatchObject({ state: "usable", ...newcomer });
    expect(await listPendingInvitations(admin)).toMatchObject([{ ...newcomer, invitedBy: "Bea", expired: false }]);
    expect(await auditActions()).toContain("user.inviteResend");

    await acceptInvite(fresh.token, "hash");
    const [user] = await db.select().from(tables.users).where(eq(tables.users.email, newcomer.email));
    expect(user?.role).toBe("editor");
  });

  it("renews an expired invitation", async () => {
    const admin = await createStaff("admin");
    await createInvite(admin, newcomer);
    await db
      .update(tables.accountTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(tables.accountTokens.email, newcomer.email));
    const [invitation] = await listPendingInvitations(admin);
    expect(invitation?.expired).toBe(true);

    const fresh = await resendInvitation(admin, invitation?.id ?? 0);
    expect(await viewLink("invite", fresh.token)).toMatchObject({ state: "usable" });
    expect(await listPendingInvitations(admin)).toMatchObject([{ expired: false }]);
  });

  it("refuses when the address became an account meanwhile, an unknown id, and non-admins", async () => {
    const admin = await createStaff("admin");
    const writer = await createStaff("writer");
    const { token } = await createInvite(admin, newcomer);
    const [invitation] = await listPendingInvitations(admin);
    const id = invitation?.id ?? 0;

    expect(await thrownBy(() => resendInvitation(writer, id))).toEqual(refusal("forbidden"));
    expect(await thrownBy(() => resendInvitation(admin, 999_999))).toEqual(refusal("notFound"));
    await db.insert(tables.users).values({
      email: newcomer.email,
      name: "Someone",
      slug: "someone",
      role: "writer",
      passwordHash: "x",
    });
    expect(await thrownBy(() => resendInvitation(admin, id))).toEqual(refusal("emailTaken"));
    // Nothing changed: the original link is still the stored one.
    expect(await viewLink("invite", token)).toMatchObject({ state: "usable" });
  });
});
