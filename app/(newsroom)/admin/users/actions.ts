"use server";
/**
 * Users administration, in the kit's shape (app/(newsroom)/_kit/action.ts): each checks the
 * session and `user.manage` itself, validates with zod, and the data layer checks the permission again.
 */
import { z } from "zod";
import { resendInvitation, revokeInvitation } from "@/db/queries/accounts/invitations";
import { createInvite, createPasswordResetLink } from "@/db/queries/accounts/one-time-links";
import { changeUserRole, setUserActive } from "@/db/queries/accounts/user-admin";
import type { DomainError } from "@/lib/domain-error";
import { fieldErrors, inviteSchema, roleSchema } from "@/lib/validation/accounts";
import { formTexts, idSchema } from "@/lib/validation/form-data";
import { refreshStaffScreen } from "@/server/invalidate";
import { absoluteUrl } from "@/server/site-url";
import { formAction, redirectAction } from "../../_kit/action";
import type { InviteFormState, ResendInvitationState, ResetLinkState } from "./form-state";

export const inviteUserAction = formAction({
  read: (form) => formTexts(form, ["name", "email", "role"]),
  schema: inviteSchema,
  permission: "user.manage",
  run: async (user, invite) => {
    const { token, expiresAt } = await createInvite(user, invite);
    return { url: await absoluteUrl(`/invite/${token}`), expiresAt: expiresAt.toISOString(), email: invite.email };
  },
  // The pending invitations listed beside the form now include this one.
  revalidate: refreshStaffScreen,
  // The form empties for the next invitation and shows the link once.
  done: (link, values): InviteFormState => ({ values: { name: "", email: "", role: values.role }, errors: {}, link }),
  invalid: (error, values): InviteFormState => ({ values, errors: fieldErrors(error) }),
  refused: (error, values): InviteFormState =>
    error.code === "emailTaken" ? { values, errors: { email: error.code } } : { values, errors: {}, error: error.code },
});

export const createResetLinkAction = formAction({
  read: (form) => formTexts(form, ["id"]),
  schema: z.object({ id: idSchema }),
  permission: "user.manage",
  run: async (user, { id }) => {
    const { token, expiresAt } = await createPasswordResetLink(user, id);
    return { url: await absoluteUrl(`/reset-password/${token}`), expiresAt: expiresAt.toISOString() };
  },
  done: (link): ResetLinkState => ({ link }),
  invalid: (): ResetLinkState => ({ error: "notFound" }),
  refused: (error): ResetLinkState => ({ error: error.code }),
});

/** Changes made on one user's page come back to it with the outcome in the address. */
function onUserPage(outcome: string) {
  return {
    done: (_result: unknown, { id }: { id: number }) => `/admin/users/${id}?done=${outcome}`,
    invalid: (_values: unknown, error: z.ZodError) =>
      error.issues.some((issue) => issue.path[0] === "role")
        ? "/admin/users?error=invalidRole"
        : "/admin/users?error=notFound",
    refused: (error: DomainError, { id }: { id: number }) => `/admin/users/${id}?error=${error.code}`,
  } as const;
}

export const changeRoleAction = redirectAction({
  read: (form) => formTexts(form, ["id", "role"]),
  schema: z.object({ id: idSchema, role: roleSchema }),
  permission: "user.manage",
  run: (user, { id, role }) => changeUserRole(user, id, role),
  ...onUserPage("roleChanged"),
});

export const deactivateUserAction = redirectAction({
  read: (form) => formTexts(form, ["id"]),
  schema: z.object({ id: idSchema }),
  permission: "user.manage",
  run: (user, { id }) => setUserActive(user, id, false),
  ...onUserPage("deactivated"),
});

export const reactivateUserAction = redirectAction({
  read: (form) => formTexts(form, ["id"]),
  schema: z.object({ id: idSchema }),
  permission: "user.manage",
  run: (user, { id }) => setUserActive(user, id, true),
  ...onUserPage("reactivated"),
});

/** A pending invitation's new link, in place of the old one (which stops working); shown once. */
export const resendInvitationAction = formAction({
  read: (form) => formTexts(form, ["id"]),
  schema: z.object({ id: idSchema }),
  permission: "user.manage",
  run: async (user, { id }) => {
    const { token, expiresAt, email } = await resendInvitation(user, id);
    return { url: await absoluteUrl(`/invite/${token}`), expiresAt: expiresAt.toISOString(), email };
  },
  revalidate: refreshStaffScreen,
  done: (link): ResendInvitationState => ({ link }),
  invalid: (): ResendInvitationState => ({ error: "invitationGone" }),
  refused: (error): ResendInvitationState => ({
    error: error.code === "notFound" ? "invitationGone" : error.code,
  }),
});

/** Withdraws a pending invitation: its link answers "not valid" from now on. */
export const revokeInvitationAction = redirectAction({
  read: (form) => formTexts(form, ["id"]),
  schema: z.object({ id: idSchema }),
  permission: "user.manage",
  run: (user, { id }) => revokeInvitation(user, id),
  done: () => "/admin/users?done=invitationRevoked",
  invalid: () => "/admin/users?error=invitationGone",
  refused: (error) => `/admin/users?error=${error.code === "notFound" ? "invitationGone" : error.code}`,
});
