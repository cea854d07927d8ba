import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import { throttleRules } from "@/db/queries/sign-in-throttles";
import { insertUser } from "@/db/queries/users";
import { hashPassword } from "@/lib/password";
import { resetTestDatabase } from "@/test/database";
import { checkSignIn, minutesLeft, signInLock } from "./sign-in";

const password = "correct horse battery";
let passwordHash: string;

beforeEach(async () => {
  await resetTestDatabase();
  passwordHash ??= await hashPassword(password);
  await insertUser({ email: "ana@test.example", name: "Ana", slug: "ana", role: "editor", passwordHash });
});

const address = "203.0.113.9";

async function fail(email: string, from = address) {
  return checkSignIn({ email, password: "wrong password", address: from });
}

async function auditActions() {
  return (await db.select({ action: tables.auditLog.action }).from(tables.auditLog)).map((r) => r.action);
}

describe("checkSignIn", () => {
  it("signs in with the right password, records when and audits it without the password", async () => {
    const result = await checkSignIn({ email: " ANA@test.example ", password, address });

    expect(result.outcome).toBe("signedIn");
    const [user] = await db.select().from(tables.users).where(eq(tables.users.email, "ana@test.example"));
    expect(user?.lastSignInAt).toBeInstanceOf(Date);
    const entries = await db.select().from(tables.auditLog);
    expect(entries.map((e) => [e.action, e.actorId, e.ipAddress])).toEqual([["auth.signIn", user?.id, address]]);
    expect(JSON.stringify(entries)).not.toContain(password);
  });

  it("locks the account after five failures, then refuses even the right password", async () => {
    for (let i = 1; i < throttleRules.account.maxFailures; i += 1)
      expect((await fail("ana@test.example")).outcome).toBe("refused");
    const fifth = await fail("ana@test.example");
    expect(fifth.outcome).toBe("locked");

    const right = await checkSignIn({ email: "ana@test.example", password, address: "198.51.100.20" });
    expect(right.outcome).toBe("locked");
    const lock = await signInLock("ana@test.example", "198.51.100.20");
    expect(lock && minutesLeft(lock)).toBe(15);
    expect(await auditActions()).toEqual(Array(5).fill("auth.signInFailed"));
  });

  it("answers an unknown email exactly like a known one, lock included", async () => {
    const outcomes = [];
    for (let i = 0; i < throttleRules.account.maxFailures; i += 1)
      outcomes.push((await fail("nobody@test.example")).outcome);
    expect(outcomes).toEqual(["refused", "refused", "refused", "refused", "locked"]);
  });

  it("clears the account's count after a successful sign-in", async () => {
    for (let i = 1; i < throttleRules.account.maxFailures; i += 1) await fail("ana@test.example");
    expect((await checkSignIn({ email: "ana@test.example", password, address })).outcome).toBe("signedIn");

    expect((await fail("ana@test.example")).outcome).toBe("refused");
  });

  it("starts counting again once the lock has run out", async () => {
    for (let i = 0; i < throttleRules.account.maxFailures; i += 1) await fail("ana@test.example");
    const past = new Date(Date.now() - throttleRules.account.lockMs - 1000);
    await db
      .update(tables.signInThrottles)
      .set({ lockedUntil: new Date(Date.now() - 1000), windowStartedAt: past })
      .where(eq(tables.signInThrottles.key, "account:ana@test.example"));

    expect(await signInLock("ana@test.example", address)).toBeNull();
    expect((await checkSignIn({ email: "ana@test.example", password, address })).outcome).toBe("signedIn");
  });

  it("locks one address that tries many accounts, leaving other addresses free", async () => {
    for (let i = 0; i < throttleRules.address.maxFailures; i += 1) await fail(`guess${i}@test.example`);

    expect((await checkSignIn({ email: "ana@test.example", password, address })).outcome).toBe("locked");
    expect((await checkSignIn({ email: "ana@test.example", password, address: "198.51.100.20" })).outcome).toBe(
      "signedIn",
    );
  });

  it("refuses a deactivated account with the same answer as a wrong password", async () => {
    await db.update(tables.users).set({ active: false }).where(eq(tables.users.email, "ana@test.example"));
    expect((await checkSignIn({ email: "ana@test.example", password, address })).outcome).toBe("refused");
  });
});
