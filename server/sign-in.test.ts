import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import { liveSession } from "@/db/queries/accounts/sessions";
import { accountSlowdown, throttleRules } from "@/db/queries/accounts/sign-in-throttles";
import { insertUser } from "@/db/queries/accounts/users";
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
const elsewhere = "198.51.100.20";

/** Records the slowdown waits instead of sleeping through them. */
function waits() {
  const recorded: number[] = [];
  return { recorded, sleep: async (ms: number) => void recorded.push(ms) };
}

async function fail(email: string, from = address, sleep = waits().sleep) {
  return checkSignIn({ email, password: "wrong password", address: from, sleep });
}

async function auditActions() {
  return (await db.select({ action: tables.auditLog.action }).from(tables.auditLog)).map((r) => r.action);
}

describe("checkSignIn", () => {
  it("signs in with the right password, opens a session, records when and audits it without the password", async () => {
    const result = await checkSignIn({ email: " ANA@test.example ", password, address });

    expect(result.outcome).toBe("signedIn");
    const [user] = await db.select().from(tables.users).where(eq(tables.users.email, "ana@test.example"));
    expect(user?.lastSignInAt).toBeInstanceOf(Date);
    if (result.outcome !== "signedIn" || !user) throw new Error("not signed in");
    expect(await liveSession(result.sessionId, user.id)).toBe(true);
    const entries = await db.select().from(tables.auditLog);
    expect(entries.map((e) => [e.action, e.actorId, e.ipAddress])).toEqual([["auth.signIn", user.id, address]]);
    expect(JSON.stringify(entries)).not.toContain(password);
  });

  it("locks one client after five wrong passwords for an account, even for the right one", async () => {
    for (let i = 1; i < throttleRules.pair.maxFailures; i += 1)
      expect((await fail("ana@test.example")).outcome).toBe("refused");
    expect((await fail("ana@test.example")).outcome).toBe("locked");

    expect((await checkSignIn({ email: "ana@test.example", password, address, sleep: waits().sleep })).outcome).toBe(
      "locked",
    );
    const lock = await signInLock("ana@test.example", address);
    expect(lock && minutesLeft(lock)).toBe(15);
  });

  it("does not hand out a lock: the owner signs in from elsewhere while someone keeps guessing", async () => {
    // Someone who knows the email fails again and again, from two addresses.
    for (let i = 0; i < 12; i += 1) await fail("ana@test.example", i % 2 ? address : "192.0.2.77");

    const owner = waits();
    const result = await checkSignIn({ email: "ana@test.example", password, address: elsewhere, sleep: owner.sleep });
    expect(result.outcome).toBe("signedIn");
    // … but slowed down, like every attempt on the account while the attack lasts.
    expect(owner.recorded).toEqual([accountSlowdown.maxDelayMs]);
  });

  it("slows the account down more with every failure past the free ones, from any address", async () => {
    const delays: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      const attempt = waits();
      await fail("ana@test.example", `192.0.2.${i}`, attempt.sleep);
      delays.push(attempt.recorded[0] ?? 0);
    }
    expect(delays).toEqual([0, 0, 0, 0, 0, 1000, 2000, 4000, 8000]);
    const audit = await auditActions();
    expect(audit.filter((a) => a === "auth.repeatedFailures")).toHaveLength(1);
  });

  it("answers an unknown email exactly like a known one, lock and slowdown included", async () => {
    const outcomes = [];
    for (let i = 0; i < throttleRules.pair.maxFailures; i += 1)
      outcomes.push((await fail("nobody@test.example")).outcome);
    expect(outcomes).toEqual(["refused", "refused", "refused", "refused", "locked"]);
    const next = waits();
    await fail("nobody@test.example", elsewhere, next.sleep);
    expect(next.recorded).toEqual([accountSlowdown.firstDelayMs]);
  });

  it("clears this client's count after a successful sign-in", async () => {
    for (let i = 1; i < throttleRules.pair.maxFailures; i += 1) await fail("ana@test.example");
    expect((await checkSignIn({ email: "ana@test.example", password, address })).outcome).toBe("signedIn");

    expect((await fail("ana@test.example")).outcome).toBe("refused");
  });

  it("starts counting again once the lock has run out", async () => {
    for (let i = 0; i < throttleRules.pair.maxFailures; i += 1) await fail("ana@test.example");
    const past = new Date(Date.now() - throttleRules.pair.lockMs - 1000);
    await db
      .update(tables.signInThrottles)
      .set({ lockedUntil: new Date(Date.now() - 1000), windowStartedAt: past })
      .where(eq(tables.signInThrottles.key, `pair:ana@test.example|${address}`));

    expect(await signInLock("ana@test.example", address)).toBeNull();
    expect((await checkSignIn({ email: "ana@test.example", password, address })).outcome).toBe("signedIn");
  });

  it("locks one address that tries many accounts, leaving other addresses free", async () => {
    for (let i = 0; i < throttleRules.address.maxFailures; i += 1) await fail(`guess${i}@test.example`);

    expect((await checkSignIn({ email: "ana@test.example", password, address })).outcome).toBe("locked");
    expect((await checkSignIn({ email: "ana@test.example", password, address: elsewhere })).outcome).toBe("signedIn");
  });

  it("refuses a deactivated account with the same answer as a wrong password", async () => {
    await db.update(tables.users).set({ active: false }).where(eq(tables.users.email, "ana@test.example"));
    expect((await checkSignIn({ email: "ana@test.example", password, address })).outcome).toBe("refused");
  });
});
