/**
 * One-time account links: password resets (24 hours) and invitations (7 days). The link holds
 * a random token; only its SHA-256 hash is stored, so a copy of the database opens nothing.
 * Access rule: creating a link needs `user.manage`; reading and using one needs only the token
 * (the pages /reset-password/[token] and /invite/[token] are for people without a session).
 */
import { DomainError } from "@/lib/domain-error";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, like } from "drizzle-orm";
import { assertCan } from "@/lib/permissions";
import type { Role } from "@/lib/roles";
import { firstFreeSlug, slugify } from "@/lib/slug";
import { db, tables, type Executor } from "../../client";
import { violatedUniqueIndex } from "../../errors";
import { recordAudit } from "../audit/record";
import { clearAccountCounts } from "./sign-in-throttles";
import { endOtherSessions } from "./sessions";
import type { StaffUser } from "../types";

const { accountTokens, users } = tables;

const hour = 60 * 60 * 1000;
export const linkLifetimes = { "password-reset": 24 * hour, invite: 7 * 24 * hour } as const;
type Purpose = keyof typeof linkLifetimes;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Tokens are 43 base64url characters; anything else is not worth a database query. */
function plausibleToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export type IssuedLink = { token: string; expiresAt: Date };

/** Who a link is for: an account (reset) or an address not yet an account (invitation). */
type LinkHolder = { userId: number } | { email: string; name: string; role: Role };

/**
 * Stores a new link of `purpose` for `holder`, in place of the holder's unused ones of that
 * purpose, so only the newest link works. Only the token's hash is stored. Runs in the
 * caller's transaction (also used by invitations.ts to resend an invitation).
 */
export async function replaceUnusedLink(
  tx: Executor,
  actor: StaffUser,
  purpose: Purpose,
  holder: LinkHolder,
  link: IssuedLink,
): Promise<void> {
  const sameHolder =
    "userId" in holder ? eq(accountTokens.userId, holder.userId) : eq(accountTokens.email, holder.email);
  await tx
    .delete(accountTokens)
    .where(and(eq(accountTokens.purpose, purpose), sameHolder, isNull(accountTokens.usedAt)));
  await tx.insert(accountTokens).values({
    purpose,
    tokenHash: hashToken(link.token),
    ...holder,
    expiresAt: link.expiresAt,
    createdById: actor.id,
  });
}

/** A fresh token and when a link of `purpose` made now stops working. */
export function newLink(purpose: Purpose): IssuedLink {
  return { token: newToken(), expiresAt: new Date(Date.now() + linkLifetimes[purpose]) };
}

/** An admin creates a reset link for an active account; earlier unused reset links stop working. */
export async function createPasswordResetLink(actor: StaffUser, userId: number): Promise<IssuedLink> {
  assertCan(actor, "user.manage");
  const link = newLink("password-reset");
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, email: users.email, active: users.active })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1);
    if (!user) throw new DomainError("notFound");
    if (!user.active) throw new DomainError("inactive");
    await replaceUnusedLink(tx, actor, "password-reset", { userId }, link);
    await recordAudit(
      {
        action: "user.passwordResetLink",
        actor,
        target: { type: "user", id: userId },
        summary: `Password reset link for ${user.email}`,
        details: { expiresAt: link.expiresAt.toISOString() },
      },
      tx,
    );
  });
  return link;
}

/** An admin invites someone; the account is created when the link is used. */
export async function createInvite(
  actor: StaffUser,
  input: { name: string; email: string; role: Role },
): Promise<IssuedLink> {
  assertCan(actor, "user.manage");
  const email = input.email.trim().toLowerCase();
  const link = newLink("invite");
  await db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
    if (existing) throw new DomainError("emailTaken");
    // A new invitation replaces an unused earlier one for the same address.
    await replaceUnusedLink(tx, actor, "invite", { email, name: input.name, role: input.role }, link);
    await recordAudit(
      {
        action: "user.invite",
        actor,
        target: { type: "invitation", id: email },
        summary: `Invited ${email} as ${input.role}`,
        details: { email, name: input.name, role: input.role, expiresAt: link.expiresAt.toISOString() },
      },
      tx,
    );
  });
  return link;
}

export type LinkView =
  | { state: "usable"; purpose: Purpose; name: string; email: string; role: Role | null }
  | { state: "unknown" | "expired" | "used" };

/** What a link page shows: the person it is for, or why it no longer works. */
export async function viewLink(purpose: Purpose, token: string, now: Date = new Date()): Promise<LinkView> {
  if (!plausibleToken(token)) return { state: "unknown" };
  const [row] = await db
    .select({
      usedAt: accountTokens.usedAt,
      expiresAt: accountTokens.expiresAt,
      email: accountTokens.email,
      name: accountTokens.name,
      role: accountTokens.role,
      userEmail: users.email,
      userName: users.name,
      userActive: users.active,
    })
    .from(accountTokens)
    .leftJoin(users, eq(users.id, accountTokens.userId))
    .where(and(eq(accountTokens.tokenHash, hashToken(token)), eq(accountTokens.purpose, purpose)))
    .limit(1);
  if (!row) return { state: "unknown" };
  if (row.usedAt) return { state: "used" };
  if (row.expiresAt <= now) return { state: "expired" };
  if (purpose === "password-reset") {
    if (!row.userEmail || !row.userActive) return { state: "unknown" };
    return { state: "usable", purpose, name: row.userName ?? "", email: row.userEmail, role: null };
  }
  return { state: "usable", purpose, name: row.name ?? "", email: row.email ?? "", role: row.role };
}

/**
 * Marks the link used, once: the conditional update means two submissions of one link cannot
 * both pass. Throws the reason a link cannot be used.
 */
async function consume(tx: Executor, purpose: Purpose, token: string, now: Date) {
  if (!plausibleToken(token)) throw new DomainError("linkUnknown");
  const tokenHash = hashToken(token);
  const [row] = await tx
    .select({
      id: accountTokens.id,
      usedAt: accountTokens.usedAt,
      expiresAt: accountTokens.expiresAt,
      userId: accountTokens.userId,
      email: accountTokens.email,
      name: accountTokens.name,
      role: accountTokens.role,
    })
    .from(accountTokens)
    .where(and(eq(accountTokens.tokenHash, tokenHash), eq(accountTokens.purpose, purpose)))
    .limit(1);
  if (!row) throw new DomainError("linkUnknown");
  if (row.usedAt) throw new DomainError("linkUsed");
  if (row.expiresAt <= now) throw new DomainError("linkExpired");
  const [claimed] = await tx
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.id, row.id), isNull(accountTokens.usedAt)))
    .returning({ id: accountTokens.id });
  if (!claimed) throw new DomainError("linkUsed");
  return row;
}

/**
 * Sets the new password from a reset link and ends every session of the account. Also lifts a
 * sign-in lock and slowdown: the person has just proved who they are another way.
 */
export async function resetPasswordWithLink(
  token: string,
  passwordHash: string,
  ipAddress: string | null = null,
): Promise<{ email: string }> {
  const now = new Date();
  return db.transaction(async (tx) => {
    const link = await consume(tx, "password-reset", token, now);
    const [user] = await tx
      .update(users)
      .set({ passwordHash, sessionsValidAfter: now, updatedAt: now })
      .where(and(eq(users.id, link.userId ?? -1), eq(users.active, true)))
      .returning({ id: users.id, email: users.email });
    if (!user) throw new DomainError("linkUnknown");
    await endOtherSessions(tx, user.id, null, now);
    await clearAccountCounts(tx, user.email);
    await recordAudit(
      {
        action: "auth.passwordReset",
        actor: user,
        target: { type: "user", id: user.id },
        summary: `Password reset with a link: ${user.email}`,
        ipAddress,
      },
      tx,
    );
    return { email: user.email };
  });
}

/** A slug for the new author page: the name's, numbered when already taken. */
async function freeSlug(tx: Executor, name: string): Promise<string> {
  const base = slugify(name).slice(0, 100) || "autor";
  const taken = await tx
    .select({ slug: users.slug })
    .from(users)
    .where(like(users.slug, `${base}%`));
  return firstFreeSlug(base, new Set(taken.map((r) => r.slug)));
}

/** Creates the invited account with the chosen password. */
export async function acceptInvite(
  token: string,
  passwordHash: string,
  ipAddress: string | null = null,
): Promise<{ email: string }> {
  const now = new Date();
  return db
    .transaction(async (tx) => {
      const link = await consume(tx, "invite", token, now);
      if (!link.email || !link.name || !link.role) throw new DomainError("linkUnknown");
      const [user] = await tx
        .insert(users)
        .values({
          email: link.email,
          name: link.name,
          slug: await freeSlug(tx, link.name),
          role: link.role,
          passwordHash,
          sessionsValidAfter: now,
        })
        .returning({ id: users.id, email: users.email });
      if (!user) throw new Error("User insert returned no row");
      await tx.update(accountTokens).set({ userId: user.id }).where(eq(accountTokens.id, link.id));
      await recordAudit(
        {
          action: "user.inviteAccept",
          actor: user,
          target: { type: "user", id: user.id },
          summary: `Invitation accepted: ${user.email} (${link.role})`,
          details: { role: link.role },
          ipAddress,
        },
        tx,
      );
      return { email: user.email };
    })
    .catch((error: unknown) => {
      if (violatedUniqueIndex(error)?.includes("email")) throw new DomainError("emailTaken");
      throw error;
    });
}
