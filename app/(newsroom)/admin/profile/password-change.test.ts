/**
 * The password change's current-password check through the real server action: guesses are
 * counted like sign-in failures, so a stolen session cookie cannot try password after password.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import { hashPassword, verifyPassword } from "@/lib/password";
import { createStaff, resetTestDatabase } from "@/test/database";
import { currentSession, signInAs } from "@/test/permission-matrix/session";
import { changePasswordAction } from "./actions";
import type { PasswordFormState } from "./form-state";

vi.mock("@/auth", () => ({
  auth: async () => currentSession(),
  signIn: async () => undefined,
  signOut: async () => undefined,
  handlers: {},
}));
vi.mock("next/cache", () => ({ updateTag: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "198.51.100.7" }) }));

const idle: PasswordFormState = {
  status: "idle",
  values: { currentPassword: "", password: "", confirmation: "" },
  errors: {},
};
const rightPassword = "the right password 1";

function attempt(currentPassword: string) {
  const form = new FormData();
  form.set("currentPassword", currentPassword);
  form.set("password", "a brand new password");
  form.set("confirmation", "a brand new password");
  return changePasswordAction(idle, form).catch((error: unknown) => error);
}

beforeEach(resetTestDatabase);

describe("password change", () => {
  it("stops taking guesses at the current password after five wrong ones, the right one included", async () => {
    const writer = await createStaff("writer");
    await db
      .update(tables.users)
      .set({ passwordHash: await hashPassword(rightPassword) })
      .where(eq(tables.users.id, writer.id));
    signInAs(writer.id);

    const answers = [];
    for (let guess = 0; guess < 20; guess += 1) answers.push(await attempt(`guess ${guess}`));
    const right = await attempt(rightPassword);
    signInAs(null);

    const errors = answers.map((answer) => (answer as PasswordFormState).errors.currentPassword);
    expect(errors.slice(0, 4)).toEqual(Array(4).fill("wrongPassword"));
    expect(new Set(errors.slice(4))).toEqual(new Set(["tooManyAttempts"]));
    expect((right as PasswordFormState).errors.currentPassword).toBe("tooManyAttempts");
    expect((right as PasswordFormState).retryMinutes).toBe(15);
    const [row] = await db.select().from(tables.users).where(eq(tables.users.id, writer.id));
    expect(await verifyPassword(row?.passwordHash ?? null, rightPassword)).toBe(true);
    const audit = await db.select({ action: tables.auditLog.action }).from(tables.auditLog);
    expect(audit.filter((a) => a.action === "auth.passwordChangeFailed")).toHaveLength(5);
  });
});
