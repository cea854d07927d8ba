/**
 * Session helpers for pages, server actions and staff queries. They sit above the data layer:
 * every call re-reads the account, so a deactivated user or a changed role counts at once.
 */
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth, unstable_update } from "./auth";
import { sessionMaxAgeSeconds } from "./auth.config";
import { getActiveStaffUser } from "./db/queries/users";
import type { StaffUser } from "./db/queries/types";
import { can, ForbiddenError, type Permission } from "./lib/permissions";

/**
 * The signed-in, still-active staff member, or null. Memoised per request. A session counts
 * for 8 hours from sign-in, and not at all when it was issued before the account's
 * sessionsValidAfter (password change or reset, deactivation).
 */
export const getStaffUser = cache(async (): Promise<StaffUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  const issuedAt = session?.issuedAt;
  if (!Number.isInteger(id) || id <= 0 || typeof issuedAt !== "number") return null;
  if (issuedAt < Date.now() - sessionMaxAgeSeconds * 1000) return null;
  return getActiveStaffUser(id, new Date(issuedAt));
});

/**
 * Re-issues this browser's session (see the jwt callback in auth.ts) and returns its new issue
 * time, so a caller can cut off every session older than it and keep this one.
 */
export async function renewOwnSession(): Promise<Date | null> {
  const session = await unstable_update({});
  return typeof session?.issuedAt === "number" ? new Date(session.issuedAt) : null;
}

/** For staff pages: the user, or a redirect to the sign-in page. */
export async function requireStaffPage(permission: Permission = "newsroom.enter"): Promise<StaffUser> {
  const user = await getStaffUser();
  if (!user) redirect("/login");
  if (!can(user.role, permission)) redirect("/admin?denied=1");
  return user;
}

/** Thrown to a server action's caller that has no valid session. */
export class UnauthenticatedError extends Error {
  constructor() {
    super("Not signed in");
    this.name = "UnauthenticatedError";
  }
}

/** For server actions: the user if signed in and allowed; throws otherwise. */
export async function requirePermission(permission: Permission): Promise<StaffUser> {
  const user = await getStaffUser();
  if (!user) throw new UnauthenticatedError();
  if (!can(user.role, permission)) throw new ForbiddenError(permission);
  return user;
}
