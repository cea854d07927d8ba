/**
 * Pending invitations on the users screen: the list, revoking one and sending one again. An
 * invitation is an unused `invite` row of account_tokens (one-time-links.ts creates and uses
 * them). Access rule: every export needs `user.manage` (admins).
 */
import { and, desc, eq, isNull } from "drizzle-orm";
import { DomainError } from "@/lib/domain-error";
import { assertCan } from "@/lib/permissions";
import type { Role } from "@/lib/roles";
import { db, tables, type Executor } from "../../client";
import { recordAudit } from "../audit/record";
import { newLink, replaceUnusedLink, type IssuedLink } from "./one-time-links";
import type { StaffUser } from "../types";

const { accountTokens, users } = tables;

export type PendingInvitation = {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** The admin who issued the current link; null once that account is gone. */
  invitedBy: string | null;
  createdAt: Date;
  expiresAt: Date;
  /** Past its expiry: the link no longer works, but the invitation can be sent again. */
  expired: boolean;
};

/** Unused invitations, the newest first; expired ones stay listed so they can be sent again. */
export async function listPendingInvitations(actor: StaffUser, now: Date = new Date()): Promise<PendingInvitation[]> {
  assertCan(actor, "user.manage");
  const rows = await db
    .select({
      id: accountTokens.id,
      email: accountTokens.email,
      name: accountTokens.name,
      role: accountTokens.role,
      invitedBy: users.name,
      createdAt: accountTokens.createdAt,
      expiresAt: accountTokens.expiresAt,
    })
    .from(accountTokens)
    .leftJoin(users, eq(users.id, accountTokens.createdById))
    .where(and(eq(accountTokens.purpose, "invite"), isNull(accountTokens.usedAt)))
    .orderBy(desc(accountTokens.createdAt), desc(accountTokens.id))
    .limit(500);
  return rows.flatMap(({ email, name, role, ...row }) =>
    email && name && role ? [{ ...row, email, name, role, expired: row.expiresAt <= now }] : [],
  );
}

/** The unused invitation `id`, or a "notFound" refusal (used, revoked or never existed). */
async function readPending(tx: Executor, id: number) {
  const [row] = await tx
    .select({ id: accountTokens.id, email: accountTokens.email, name: accountTokens.name, role: accountTokens.role })
    .from(accountTokens)
    .where(and(eq(accountTokens.id, id), eq(accountTokens.purpose, "invite"), isNull(accountTokens.usedAt)))
    .limit(1);
  if (!row?.email || !row.name || !row.role) throw new DomainError("notFound");
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

/** Withdraws an invitation: its link stops working at once (it answers "not valid"). */
export async function revokeInvitation(actor: StaffUser, id: number): Promise<{ email: string }> {
  assertCan(actor, "user.manage");
  return db.transaction(async (tx) => {
    const invitation = await readPending(tx, id);
    // Conditional on still being unused, so a link accepted a moment ago is not "revoked".
    const [deleted] = await tx
      .delete(accountTokens)
      .where(and(eq(accountTokens.id, id), isNull(accountTokens.usedAt)))
      .returning({ id: accountTokens.id });
    if (!deleted) throw new DomainError("notFound");
    await recordAudit(
      {
        action: "user.inviteRevoke",
        actor,
        target: { type: "invitation", id: invitation.email },
        summary: `Invitation withdrawn: ${invitation.email}`,
        details: { email: invitation.email, role: invitation.role },
      },
      tx,
    );
    return { email: invitation.email };
  });
}

/**
 * Issues a fresh link for the same person and role, valid for the full 7 days again; the old
 * link stops working (its row is replaced). Refused when the address has meanwhile become an account.
 */
export async function resendInvitation(actor: StaffUser, id: number): Promise<IssuedLink & { email: string }> {
  assertCan(actor, "user.manage");
  const link = newLink("invite");
  return db.transaction(async (tx) => {
    const invitation = await readPending(tx, id);
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, invitation.email)).limit(1);
    if (existing) throw new DomainError("emailTaken");
    const holder = { email: invitation.email, name: invitation.name, role: invitation.role };
    await replaceUnusedLink(tx, actor, "invite", holder, link);
    await recordAudit(
      {
        action: "user.inviteResend",
        actor,
        target: { type: "invitation", id: invitation.email },
        summary: `Invitation sent again: ${invitation.email}`,
        details: { ...holder, expiresAt: link.expiresAt.toISOString() },
      },
      tx,
    );
    return { ...link, email: invitation.email };
  });
}
