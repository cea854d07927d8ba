import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { JWT } from "next-auth/jwt";
import { authConfig, sessionMaxAgeSeconds } from "@/auth.config";
import { db, tables } from "@/db/client";
import { endAllOwnSessions, endStaffSession, startStaffSession } from "@/db/queries/accounts/sessions";
import type { StaffUser } from "@/db/queries/types";
import { createStaff, resetTestDatabase } from "@/test/database";
import { checkedSessionToken } from "./session-token";

beforeEach(resetTestDatabase);

const hour = 60 * 60 * 1000;

// next-auth types `user` as always present; after sign-in the callback gets none.
const noUser = undefined as never;

/** The token next-auth writes at sign-in, for a session row opened `ago` ms before now. */
async function signedInToken(user: StaffUser, ago = 0): Promise<JWT> {
  const at = new Date(Date.now() - ago);
  const sid = await db.transaction((tx) => startStaffSession(tx, user.id, at));
  const token = authConfig.callbacks.jwt({
    token: {},
    user: { id: String(user.id), sessionId: sid, signedInAt: at.getTime() },
  });
  if (!token) throw new Error("no token at sign-in");
  return token;
}

describe("staff session tokens", () => {
  it("accept a fresh sign-in's token", async () => {
    const token = await signedInToken(await createStaff("writer"));
    expect(await checkedSessionToken(token)).toEqual(token);
  });

  it("cannot be renewed through next-auth's public update: the sign-in time never moves", async () => {
    const token = await signedInToken(await createStaff("writer"), 7 * hour);
    const before = token.signedInAt;
    // What POST /api/auth/session with a CSRF token hands the callback.
    const updated = authConfig.callbacks.jwt({
      token: { ...token },
      user: noUser,
      trigger: "update",
      session: { signedInAt: Date.now(), issuedAt: Date.now() },
    });
    expect(updated?.signedInAt).toBe(before);
    // One hour and a minute later the 8 hours from sign-in are over, however often it was "updated".
    expect(await checkedSessionToken(updated ?? {}, Date.now() + hour + 60_000)).toBeNull();
  });

  it("end 8 hours after sign-in", async () => {
    const token = await signedInToken(await createStaff("writer"), sessionMaxAgeSeconds * 1000 + 1000);
    expect(authConfig.callbacks.jwt({ token, user: noUser })).toBeNull();
    expect(await checkedSessionToken(token)).toBeNull();
  });

  it("are refused from the moment their session is signed out, for every copy of the cookie", async () => {
    const token = await signedInToken(await createStaff("writer"));
    await endStaffSession(token.sid ?? "");
    expect(await checkedSessionToken(token)).toBeNull();
    const audit = await db.select({ action: tables.auditLog.action }).from(tables.auditLog);
    expect(audit.map((a) => a.action)).toEqual(["auth.signOut"]);
  });

  it("are all refused after 'sign out everywhere', and those of other accounts go on", async () => {
    const writer = await createStaff("writer");
    const phone = await signedInToken(writer);
    const laptop = await signedInToken(writer);
    const someoneElse = await signedInToken(await createStaff("editor"));
    expect(await endAllOwnSessions(writer)).toBe(2);
    expect(await checkedSessionToken(phone)).toBeNull();
    expect(await checkedSessionToken(laptop)).toBeNull();
    expect(await checkedSessionToken(someoneElse)).toEqual(someoneElse);
  });

  it("are refused once the account is deactivated, or without a session row", async () => {
    const writer = await createStaff("writer");
    const token = await signedInToken(writer);
    await db.update(tables.users).set({ active: false }).where(eq(tables.users.id, writer.id));
    expect(await checkedSessionToken(token)).toBeNull();
    // A token from before sessions had rows, or forged with a made-up id.
    expect(await checkedSessionToken({ ...token, sid: "made-up" })).toBeNull();
    expect(await checkedSessionToken({ uid: token.uid, signedInAt: Date.now() })).toBeNull();
  });
});
