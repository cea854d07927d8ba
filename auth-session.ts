/**
 * Session helpers for pages, server actions and staff queries. They sit above the data layer:
 * every call re-reads the account, so a deactivated user or a changed role counts at once.
 */
import { DomainError } from "@/lib/domain-error";
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "./auth";
import { sessionMaxAgeSeconds } from "./auth.config";
import { getOwnNewsroomLocale } from "./db/queries/accounts/profile";
import { getActiveStaffUser } from "./db/queries/accounts/users";
import type { StaffUser } from "./db/queries/types";
import type { Locale } from "./lib/locales";
import { can, type Permission } from "./lib/permissions";

/**
 * The signed-in, still-active staff member and the id of their session, or null. Memoised per
 * request. The jwt callback in auth.ts has already checked that the session row is live (not
 * signed out or cut off, within its 8 hours); the account is re-read here for its current role.
 */
const currentStaffSession = cache(async (): Promise<{ user: StaffUser; sessionId: string } | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  const sessionId = session?.sessionId;
  const signedInAt = session?.signedInAt;
  if (!Number.isInteger(id) || id <= 0 || typeof sessionId !== "string" || typeof signedInAt !== "number") return null;
  if (signedInAt < Date.now() - sessionMaxAgeSeconds * 1000) return null;
  const user = await getActiveStaffUser(id, new Date(signedInAt));
  return user ? { user, sessionId } : null;
});

/** The signed-in, still-active staff member, or null. */
export async function getStaffUser(): Promise<StaffUser | null> {
  return (await currentStaffSession())?.user ?? null;
}

/**
 * The newsroom language the signed-in person chose in their profile, or null (nobody signed in,
 * or "as my browser says"). Memoised per request; i18n/request.ts asks it for every staff page.
 */
export const staffNewsroomLocale = cache(async (): Promise<Locale | null> => {
  const user = await getStaffUser();
  return user ? getOwnNewsroomLocale(user) : null;
});

/** The id of this request's staff session, for ending the others (password change) or all. */
export async function currentSessionId(): Promise<string | null> {
  return (await currentStaffSession())?.sessionId ?? null;
}

/** For staff pages: the user, or a redirect to the sign-in page. */
export async function requireStaffPage(permission: Permission = "newsroom.enter"): Promise<StaffUser> {
  const user = await getStaffUser();
  if (!user) redirect("/login");
  if (!can(user.role, permission)) redirect("/admin?denied=1");
  return user;
}

/** For server actions: the user if signed in and allowed; throws otherwise. */
export async function requirePermission(permission: Permission): Promise<StaffUser> {
  const user = await getStaffUser();
  if (!user) throw new DomainError("forbidden", { permission: "signedIn" });
  if (!can(user.role, permission)) throw new DomainError("forbidden", { permission: permission });
  return user;
}
