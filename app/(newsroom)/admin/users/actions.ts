"use server";
/**
 * Users administration. Public POST endpoints: each checks the session and `user.manage`
 * itself, validates with zod, and the data layer checks the permission again.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { requirePermission, UnauthenticatedError } from "@/auth-session";
import { AccountInputError } from "@/db/queries/account-errors";
import { createInvite, createPasswordResetLink } from "@/db/queries/account-tokens";
import { changeUserRole, setUserActive } from "@/db/queries/user-admin";
import { ForbiddenError } from "@/lib/permissions";
import { fieldErrors, inviteSchema, roleSchema } from "@/lib/validation/accounts";
import { absoluteUrl } from "@/server/site-url";
import type { InviteFormState, ResetLinkState } from "./form-state";

function refusalKey(error: unknown): string | null {
  if (error instanceof UnauthenticatedError || error instanceof ForbiddenError) return "forbidden";
  if (error instanceof AccountInputError) return error.key;
  return null;
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

export async function inviteUserAction(_previous: InviteFormState, form: FormData): Promise<InviteFormState> {
  const values = { name: text(form, "name"), email: text(form, "email"), role: text(form, "role") };
  const parsed = inviteSchema.safeParse(values);
  if (!parsed.success) return { values, errors: fieldErrors(parsed.error) };
  try {
    const user = await requirePermission("user.manage");
    const { token, expiresAt } = await createInvite(user, parsed.data);
    return {
      values: { name: "", email: "", role: values.role },
      errors: {},
      link: {
        url: await absoluteUrl(`/invite/${token}`),
        expiresAt: expiresAt.toISOString(),
        email: parsed.data.email,
      },
    };
  } catch (error) {
    const key = refusalKey(error);
    if (!key) throw error;
    return key === "emailTaken" ? { values, errors: { email: key } } : { values, errors: {}, error: key };
  }
}

const idSchema = z.coerce.number().int().positive();

export async function createResetLinkAction(_previous: ResetLinkState, form: FormData): Promise<ResetLinkState> {
  const id = idSchema.safeParse(form.get("id"));
  if (!id.success) return { error: "notFound" };
  try {
    const user = await requirePermission("user.manage");
    const { token, expiresAt } = await createPasswordResetLink(user, id.data);
    return { link: { url: await absoluteUrl(`/reset-password/${token}`), expiresAt: expiresAt.toISOString() } };
  } catch (error) {
    const key = refusalKey(error);
    if (!key) throw error;
    return { error: key };
  }
}

/** Runs a change on one user's page and comes back to it with the outcome in the address. */
async function onUserPage(form: FormData, change: (id: number) => Promise<string>): Promise<void> {
  const id = idSchema.safeParse(form.get("id"));
  if (!id.success) redirect("/admin/users?error=notFound");
  let outcome: string;
  try {
    outcome = `done=${await change(id.data)}`;
  } catch (error) {
    const key = refusalKey(error);
    if (!key) throw error;
    outcome = `error=${key}`;
  }
  redirect(`/admin/users/${id.data}?${outcome}`);
}

export async function changeRoleAction(form: FormData): Promise<void> {
  const role = roleSchema.safeParse(form.get("role"));
  if (!role.success) redirect(`/admin/users?error=invalidRole`);
  await onUserPage(form, async (id) => {
    await changeUserRole(await requirePermission("user.manage"), id, role.data);
    return "roleChanged";
  });
}

export async function deactivateUserAction(form: FormData): Promise<void> {
  await onUserPage(form, async (id) => {
    await setUserActive(await requirePermission("user.manage"), id, false);
    return "deactivated";
  });
}

export async function reactivateUserAction(form: FormData): Promise<void> {
  await onUserPage(form, async (id) => {
    await setUserActive(await requirePermission("user.manage"), id, true);
    return "reactivated";
  });
}
