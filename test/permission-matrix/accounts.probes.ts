/**
 * Accounts: users administration (admins only) and the own profile (every active staff member,
 * own account only).
 */
import { eq } from "drizzle-orm";
import {
  changeRoleAction,
  createResetLinkAction,
  deactivateUserAction,
  inviteUserAction,
  reactivateUserAction,
  resendInvitationAction,
  revokeInvitationAction,
} from "@/app/(newsroom)/admin/users/actions";
import {
  changePasswordAction,
  saveProfileAction,
  setNewsroomLanguageAction,
  signOutEverywhereAction,
} from "@/app/(newsroom)/admin/profile/actions";
import { db, tables } from "@/db/client";
import type { StaffUser } from "@/db/queries/types";
import { hashPassword, verifyPassword } from "@/lib/password";
import { permissionTable } from "@/lib/permissions";
import { startStaffSession } from "@/db/queries/accounts/sessions";
import { createInvite, hashToken } from "@/db/queries/accounts/one-time-links";
import { countRows, createStaff } from "@/test/database";
import { formData, probe } from "./probe";

const inviteState = { values: { name: "", email: "", role: "writer" }, errors: {} };
const profileState = {
  status: "idle" as const,
  values: { name: "", jobTitle: {}, bio: {}, photoMediaId: "" },
  errors: {},
};
const passwordState = {
  status: "idle" as const,
  values: { currentPassword: "", password: "", confirmation: "" },
  errors: {},
};

/** An invitation issued by an admin of its own, so the caller's role alone decides. */
async function pendingInvitation() {
  const { token } = await createInvite(await createStaff("admin"), {
    name: "Invitada",
    email: "invitada@test.example",
    role: "writer",
  });
  const [row] = await db
    .select({ id: tables.accountTokens.id })
    .from(tables.accountTokens)
    .where(eq(tables.accountTokens.tokenHash, hashToken(token)));
  if (!row) throw new Error("invitation not stored");
  return { id: row.id, tokenHash: hashToken(token) };
}

async function userRow(id: number) {
  const [row] = await db.select().from(tables.users).where(eq(tables.users.id, id));
  if (!row) throw new Error(`user ${id} not found`);
  return row;
}

/** The caller's own account, or (anonymous) a writer's, so "own account" never helps a stranger. */
async function ownAccount(caller: StaffUser | null): Promise<StaffUser> {
  return caller ?? (await createStaff("writer"));
}

const oldPassword = "old password 123";
let oldHash: string | undefined;

export const probes = [
  probe({
    name: "invite a new user",
    allowedRoles: permissionTable["user.manage"],
    setup: async () => ({}),
    attempt: () =>
      inviteUserAction(inviteState, formData({ name: "Nueva", email: "nueva@test.example", role: "admin" })),
    succeeded: async () => (await countRows(tables.accountTokens)) === 1,
  }),
  probe({
    name: "send a pending invitation again (a new link, the old one stops working)",
    allowedRoles: permissionTable["user.manage"],
    setup: pendingInvitation,
    attempt: ({ id }) => resendInvitationAction({}, formData({ id })),
    succeeded: async ({ tokenHash }) =>
      (await db.select().from(tables.accountTokens).where(eq(tables.accountTokens.tokenHash, tokenHash))).length ===
        0 && (await countRows(tables.accountTokens)) === 1,
  }),
  probe({
    name: "withdraw a pending invitation",
    allowedRoles: permissionTable["user.manage"],
    setup: pendingInvitation,
    attempt: ({ id }) => revokeInvitationAction(formData({ id })),
    succeeded: async () => (await countRows(tables.accountTokens)) === 0,
  }),
  probe({
    name: "change a user's role",
    allowedRoles: permissionTable["user.manage"],
    setup: async () => ({ target: await createStaff("writer") }),
    attempt: ({ target }) => changeRoleAction(formData({ id: target.id, role: "admin" })),
    succeeded: async ({ target }) => (await userRow(target.id)).role === "admin",
  }),
  probe({
    name: "deactivate a user",
    allowedRoles: permissionTable["user.manage"],
    setup: async () => ({ target: await createStaff("editor") }),
    attempt: ({ target }) => deactivateUserAction(formData({ id: target.id })),
    succeeded: async ({ target }) => !(await userRow(target.id)).active,
  }),
  probe({
    name: "reactivate a user",
    allowedRoles: permissionTable["user.manage"],
    setup: async () => {
      const target = await createStaff("editor");
      await db.update(tables.users).set({ active: false }).where(eq(tables.users.id, target.id));
      return { target };
    },
    attempt: ({ target }) => reactivateUserAction(formData({ id: target.id })),
    succeeded: async ({ target }) => (await userRow(target.id)).active,
  }),
  probe({
    name: "create a password-reset link for someone",
    allowedRoles: permissionTable["user.manage"],
    setup: async () => ({ target: await createStaff("writer") }),
    attempt: ({ target }) => createResetLinkAction({}, formData({ id: target.id })),
    succeeded: async () => (await countRows(tables.accountTokens)) === 1,
  }),
  probe({
    name: "edit one's own profile",
    allowedRoles: permissionTable["newsroom.enter"],
    setup: async (caller) => ({ account: await ownAccount(caller) }),
    attempt: () =>
      saveProfileAction(
        profileState,
        formData({
          name: "Nombre nuevo",
          "jobTitle.es": "Cargo",
          "jobTitle.en": "Title",
          "bio.es": "",
          "bio.en": "",
          photoMediaId: "",
        }),
      ),
    succeeded: async ({ account }) => (await userRow(account.id)).name === "Nombre nuevo",
  }),
  probe({
    name: "choose one's own newsroom language",
    allowedRoles: permissionTable["newsroom.enter"],
    setup: async (caller) => ({ account: await ownAccount(caller) }),
    attempt: () => setNewsroomLanguageAction({ status: "idle" }, formData({ language: "en" })),
    succeeded: async ({ account }) => (await userRow(account.id)).newsroomLocale === "en",
  }),
  probe({
    name: "change one's own password",
    allowedRoles: permissionTable["newsroom.enter"],
    setup: async (caller) => {
      const account = await ownAccount(caller);
      oldHash ??= await hashPassword(oldPassword);
      await db.update(tables.users).set({ passwordHash: oldHash }).where(eq(tables.users.id, account.id));
      return { account };
    },
    attempt: () =>
      changePasswordAction(
        passwordState,
        formData({ currentPassword: oldPassword, password: "brand new password", confirmation: "brand new password" }),
      ),
    succeeded: async ({ account }) => verifyPassword((await userRow(account.id)).passwordHash, "brand new password"),
  }),
  probe({
    name: "sign out everywhere (own sessions only)",
    allowedRoles: permissionTable["newsroom.enter"],
    // The caller's own session on another device, or (anonymous) a writer's: a stranger must
    // not be able to end anyone's sessions.
    setup: async (caller) => {
      const account = await ownAccount(caller);
      return { account, session: await db.transaction((tx) => startStaffSession(tx, account.id)) };
    },
    attempt: () => signOutEverywhereAction(),
    // The row itself, not liveSession: a deactivated account's sessions are dead already.
    succeeded: async ({ session }) => {
      const [row] = await db.select().from(tables.staffSessions).where(eq(tables.staffSessions.id, session));
      return row?.revokedAt != null;
    },
  }),
];
