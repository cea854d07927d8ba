"use server";
/**
 * The signed-in person's own profile and password. Public POST endpoints: each checks the
 * session itself; the data layer only ever touches the caller's own account.
 */
import { updateTag } from "next/cache";
import { purgeReaderResponses } from "@/server/response-cache/purge";
import { redirect } from "next/navigation";
import { renewOwnSession, requirePermission, UnauthenticatedError } from "@/auth-session";
import { AccountInputError } from "@/db/queries/account-errors";
import { changeOwnPassword, updateOwnProfile, verifyOwnPassword } from "@/db/queries/profile";
import { cacheTags } from "@/lib/cache-tags";
import { locales } from "@/lib/locales";
import { hashPassword } from "@/lib/password";
import { ForbiddenError } from "@/lib/permissions";
import { fieldErrors, passwordChangeSchema, profileSchema } from "@/lib/validation/accounts";
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
    if (!(await verifyOwnPassword(user, parsed.data.currentPassword)))
      return { status: "error", values, errors: { currentPassword: "wrongPassword" } };
    const passwordHash = await hashPassword(parsed.data.password);
    // This browser gets a fresh session first; every session older than it then ends.
    const keepFrom = (await renewOwnSession()) ?? new Date();
    await changeOwnPassword(user, passwordHash, keepFrom);
  } catch (error) {
    const key = refusalKey(error);
    if (!key) throw error;
    return { status: "error", values, errors: { form: key } };
  }
  // A fresh page load, not a re-render of this request: the request still carries the old
  // session cookie, which the change has just retired; the browser now holds the renewed one.
  redirect("/admin/profile?password=changed");
}
