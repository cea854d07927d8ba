/**
 * Form rules for accounts: new passwords, invitations, profiles. Error messages are keys under
 * the `accounts.errors` messages, so the form shows them in the user's language.
 */
import { z } from "zod";
import { fieldErrorsOf } from "./form-data";
import { locales } from "@/lib/locales";
import { roles } from "@/lib/roles";
import { passwordMinLength } from "./limits";

export { passwordMinLength };
export const passwordMaxLength = 200;

/** Field name -> message key. */
export type FieldErrors = Partial<Record<string, string>>;

const newPassword = z
  .string()
  .min(passwordMinLength, "passwordTooShort")
  .max(passwordMaxLength, "passwordTooLong")
  .refine((v) => v.trim().length > 0, "passwordTooShort");

/** A new password typed twice (reset link, invitation, password change). */
export const newPasswordSchema = z
  .object({ password: newPassword, confirmation: z.string().max(passwordMaxLength, "passwordTooLong") })
  .refine((v) => v.password === v.confirmation, { message: "passwordMismatch", path: ["confirmation"] });

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "required").max(1024, "passwordTooLong"),
    password: newPassword,
    confirmation: z.string().max(passwordMaxLength, "passwordTooLong"),
  })
  .refine((v) => v.password === v.confirmation, { message: "passwordMismatch", path: ["confirmation"] });

const name = z.string().trim().min(1, "required").max(120, "tooLong");

export const inviteSchema = z.object({
  name,
  email: z.string().trim().toLowerCase().min(1, "required").max(320, "tooLong").pipe(z.email("emailFormat")),
  role: z.enum(roles, "invalidRole"),
});
export type InviteInput = z.infer<typeof inviteSchema>;

export const roleSchema = z.enum(roles);

const perLocale = (max: number) =>
  z.object(
    Object.fromEntries(locales.map((l) => [l, z.string().trim().max(max, "tooLong")])) as Record<
      (typeof locales)[number],
      z.ZodString
    >,
  );

export const profileSchema = z.object({
  name,
  jobTitle: perLocale(120),
  bio: perLocale(2000),
  photoMediaId: z.union([z.literal("").transform(() => null), z.coerce.number().int().positive("unknownPhoto")]),
});
export type ProfileInput = z.infer<typeof profileSchema>;

/** The first message key per field from a zod error, e.g. { password: "passwordTooShort" }. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  return fieldErrorsOf(error);
}
