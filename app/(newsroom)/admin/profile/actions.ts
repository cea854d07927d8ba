"use server";
/**
 * The signed-in person's own profile and password. Public POST endpoints: each checks the
 * session itself; the data layer only ever touches the caller's own account.
 */
import { updateTag } from "next/cache";
import { purgeReaderResponses } from "@/server/response-cache/purge";
import { redirect } from "next/navigation";
import { signOut } from "@/auth";
import { currentSessionId, requirePermission, UnauthenticatedError } from "@/auth-session";
import { AccountInputError } from "@/db/queries/account-errors";
import { changeOwnPassword, updateOwnProfile, verifyOwnPassword } from "@/db/queries/profile";
import { endAllOwnSessions } from "@/db/queries/staff-sessions";
import { cacheTags } from "@/lib/cache-tags";
import { locales } from "@/lib/locales";
import { hashPassword } from "@/lib/password";
import { ForbiddenError } from "@/lib/permissions";
import { fieldErrors, passwordChangeSchema, profileSchema } from "@/lib/validation/accounts";
import { attemptPassword, minutesLeft } from "@/server/password-attempts";
import { requestAddress } from "@/server/request-address";
import type { PasswordFormState, ProfileFormState, ProfileFormValues } from "./form-state";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

function refusalKey(error: unknown): string | null {
  if (error instanceof UnauthenticatedError || error instanceof ForbiddenError) return "forbidden";
  if (error instanceof AccountInputError) return error.key;
  return null;
}

export async function saveProfileAction(_previous: ProfileFormState, form: FormData): Promise<ProfileFormState> {
  const values: ProfileFormValues = {
    name: text(form, "name"),
    jobTitle: Object.fromEntries(locales.map((l) => [l, text(form, `jobTitle.${l}`)])),
    bio: Object.fromEntries(locales.map((l) => [l, text(form, `bio.${l}`)])),
    photoMediaId: text(form, "photoMediaId"),
  };
  const parsed = profileSchema.safeParse(values);
  if (!parsed.success) return { status: "error", values, errors: fieldErrors(parsed.error) };
  try {
    const user = await requirePermission("newsroom.enter");
    const { bylinePages } = await updateOwnProfile(user, parsed.data);
    // The author page (profile and listing) and, after a new name, the bylines that show it.
    updateTag(cacheTags.authors);
    updateTag(cacheTags.author(user.id));
    for (const page of bylinePages) updateTag(cacheTags.article(page.locale, page.slug));
    if (bylinePages.length) for (const locale of locales) updateTag(cacheTags.listing(locale));
    purgeReaderResponses();
    return { status: "saved", values, errors: {} };
  } catch (error) {
    const key = refusalKey(error);
    if (!key) throw error;
    return { status: "error", values, errors: key === "unknownPhoto" ? { photoMediaId: key } : { form: key } };
  }
}

export async function changePasswordAction(_previous: PasswordFormState, form: FormData): Promise<PasswordFormState> {
  const values = {
    currentPassword: text(form, "currentPassword"),
    password: text(form, "password"),
    confirmation: text(form, "confirmation"),
  };
  const parsed = passwordChangeSchema.safeParse(values);
  if (!parsed.success) return { status: "error", values, errors: fieldErrors(parsed.error) };
  try {
    const user = await requirePermission("newsroom.enter");
    // Counted like sign-in failures: a stolen session cookie must not become a free guessing
    // machine for the password (server/password-attempts.ts).
    const attempt = await attemptPassword({
      email: user.email,
      address: await requestAddress(),
      actor: user,
      verify: () => verifyOwnPassword(user, parsed.data.currentPassword),
    });
    if (attempt.outcome === "locked")
      return {
        status: "error",
        values,
        errors: { currentPassword: "tooManyAttempts" },
        retryMinutes: minutesLeft(attempt.until),
      };
    if (attempt.outcome === "refused") return { status: "error", values, errors: { currentPassword: "wrongPassword" } };
    const passwordHash = await hashPassword(parsed.data.password);
    // Every other session of the account ends; this browser's goes on.
    await changeOwnPassword(user, passwordHash, await currentSessionId());
  } catch (error) {
    const key = refusalKey(error);
    if (!key) throw error;
    return { status: "error", values, errors: { form: key } };
  }
  redirect("/admin/profile?password=changed");
}

/** "Sign out everywhere": every session of this account ends, this one included. */
export async function signOutEverywhereAction(): Promise<void> {
  try {
    const user = await requirePermission("newsroom.enter");
    await endAllOwnSessions(user, await requestAddress());
  } catch (error) {
    if (!refusalKey(error)) throw error;
  }
  await signOut({ redirectTo: "/login?everywhere=1" });
}
