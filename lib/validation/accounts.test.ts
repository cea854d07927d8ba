import { describe, expect, it } from "vitest";
import { fieldErrors, inviteSchema, newPasswordSchema, passwordChangeSchema, profileSchema } from "./accounts";

function errorsOf(result: { success: boolean; error?: Parameters<typeof fieldErrors>[0] }) {
  return result.error ? fieldErrors(result.error) : {};
}

describe("account form rules", () => {
  it("wants a new password of at least 10 characters, typed the same twice", () => {
    expect(errorsOf(newPasswordSchema.safeParse({ password: "short", confirmation: "short" }))).toEqual({
      password: "passwordTooShort",
    });
    expect(errorsOf(newPasswordSchema.safeParse({ password: "long enough 1", confirmation: "long enough 2" }))).toEqual(
      { confirmation: "passwordMismatch" },
    );
    expect(newPasswordSchema.safeParse({ password: "long enough 1", confirmation: "long enough 1" }).success).toBe(
      true,
    );
    expect(errorsOf(newPasswordSchema.safeParse({ password: " ".repeat(12), confirmation: " ".repeat(12) }))).toEqual({
      password: "passwordTooShort",
    });
  });

  it("asks for the current password when changing it", () => {
    expect(
      errorsOf(
        passwordChangeSchema.safeParse({
          currentPassword: "",
          password: "long enough 1",
          confirmation: "long enough 1",
        }),
      ),
    ).toEqual({ currentPassword: "required" });
  });

  it("normalises an invitation's email and refuses unknown roles", () => {
    const ok = inviteSchema.safeParse({ name: " Ana ", email: " Ana@Example.ORG ", role: "editor" });
    expect(ok.success && ok.data).toEqual({ name: "Ana", email: "ana@example.org", role: "editor" });
    expect(errorsOf(inviteSchema.safeParse({ name: "", email: "not-an-email", role: "owner" }))).toEqual({
      name: "required",
      email: "emailFormat",
      role: "invalidRole",
    });
  });

  it("takes a profile's texts per language and an optional photo", () => {
    const parsed = profileSchema.safeParse({
      name: "Ana",
      jobTitle: { es: "Jefa de prensa", en: "Head of press" },
      bio: { es: "", en: "" },
      photoMediaId: "",
    });
    expect(parsed.success && parsed.data.photoMediaId).toBeNull();
    expect(
      errorsOf(
        profileSchema.safeParse({
          name: "Ana",
          jobTitle: { es: "x".repeat(121), en: "" },
          bio: { es: "", en: "" },
          photoMediaId: "7",
        }),
      ),
    ).toEqual({ "jobTitle.es": "tooLong" });
  });
});
