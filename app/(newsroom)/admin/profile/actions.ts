"use server";
/**
 * The signed-in person's own profile and password, in the kit's shape
 * (app/(newsroom)/_kit/action.ts): each checks the session itself; the data layer only ever
 * touches the caller's own account.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/auth";
import { currentSessionId, requirePermission } from "@/auth-session";
import {
  changeOwnPassword,
  setOwnNewsroomLocale,
  updateOwnProfile,
  verifyOwnPassword,
} from "@/db/queries/accounts/profile";
import { endAllOwnSessions } from "@/db/queries/accounts/sessions";
import { isDomainError } from "@/lib/domain-error";
import { locales } from "@/lib/locales";
import { hashPassword } from "@/lib/password";
import { fieldErrors, passwordChangeSchema, profileSchema } from "@/lib/validation/accounts";
import { formText, formTexts } from "@/lib/validation/form-data";
import { invalidateAuthorProfile } from "@/server/invalidate";
import { attemptPassword, minutesLeft } from "@/server/password-attempts";
import { requestAddress } from "@/server/request-address";
import { formAction } from "../../_kit/action";
import type { LanguageFormState, PasswordFormState, ProfileFormState, ProfileFormValues } from "./form-state";

const perLocale = (form: FormData, field: string) =>
  Object.fromEntries(locales.map((l) => [l, formText(form, `${field}.${l}`)]));

export const saveProfileAction = formAction({
  read: (form): ProfileFormValues => ({
    name: formText(form, "name"),
    jobTitle: perLocale(form, "jobTitle"),
    bio: perLocale(form, "bio"),
    photoMediaId: formText(form, "photoMediaId"),
  }),
  schema: profileSchema,
  permission: "newsroom.enter",
  run: (user, profile) => updateOwnProfile(user, profile).then((result) => ({ ...result, userId: user.id })),
  revalidate: ({ userId, bylinePages }) => invalidateAuthorProfile(userId, bylinePages),
  done: (_result, values): ProfileFormState => ({ status: "saved", values, errors: {} }),
  invalid: (error, values): ProfileFormState => ({ status: "error", values, errors: fieldErrors(error) }),
  refused: (error, values): ProfileFormState => ({
    status: "error",
    values,
    errors: error.code === "unknownPhoto" ? { photoMediaId: error.code } : { form: error.code },
  }),
});

export const changePasswordAction = formAction({
  read: (form) => formTexts(form, ["currentPassword", "password", "confirmation"]),
  schema: passwordChangeSchema,
  permission: "newsroom.enter",
  run: async (user, { currentPassword, password }) => {
    // Counted like sign-in failures: a stolen session cookie must not become a free guessing
    // machine for the password (server/password-attempts.ts).
    const attempt = await attemptPassword({
      email: user.email,
      address: await requestAddress(),
      actor: user,
      verify: () => verifyOwnPassword(user, currentPassword),
    });
    if (attempt.outcome !== "accepted") return attempt;
    // Every other session of the account ends; this browser's goes on.
    await changeOwnPassword(user, await hashPassword(password), await currentSessionId());
    return attempt;
  },
  done: (attempt, values): PasswordFormState => {
    if (attempt.outcome === "locked")
      return {
        status: "error",
        values,
        errors: { currentPassword: "tooManyAttempts" },
        retryMinutes: minutesLeft(attempt.until),
      };
    if (attempt.outcome === "refused") return { status: "error", values, errors: { currentPassword: "wrongPassword" } };
    redirect("/admin/profile?password=changed");
  },
  invalid: (error, values): PasswordFormState => ({ status: "error", values, errors: fieldErrors(error) }),
  refused: (error, values): PasswordFormState => ({ status: "error", values, errors: { form: error.code } }),
});

/**
 * The newsroom's language for this person: a language, or "browser" to follow the browser's.
 * The form then loads the page afresh, so every screen and the menu change at once.
 */
export const setNewsroomLanguageAction = formAction({
  read: (form) => formTexts(form, ["language"]),
  schema: z.object({ language: z.enum(["browser", ...locales]) }),
  permission: "newsroom.enter",
  run: (user, { language }) => setOwnNewsroomLocale(user, language === "browser" ? null : language),
  done: (): LanguageFormState => ({ status: "saved" }),
  invalid: (): LanguageFormState => ({ status: "error", error: "invalidLanguage" }),
  refused: (error): LanguageFormState => ({ status: "error", error: error.code }),
});

/** "Sign out everywhere": every session of this account ends, this one included. */
export async function signOutEverywhereAction(): Promise<void> {
  try {
    const user = await requirePermission("newsroom.enter");
    await endAllOwnSessions(user, await requestAddress());
  } catch (error) {
    // Without a live session there is nothing to end: the caller is simply signed out.
    if (!isDomainError(error, "forbidden")) throw error;
  }
  await signOut({ redirectTo: "/login?everywhere=1" });
}
