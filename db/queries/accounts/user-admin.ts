/**
 * Users administration: the list, role changes, deactivation and reactivation. Access rule:
 * every export needs `user.manage` (admins). The last active admin can never be demoted or
 * deactivated; the check and the change are one transaction that locks the admin rows on
 * PostgreSQL (SELECT ... FOR UPDATE) and is serialised on SQLite, so two admins demoting each
 * other at the same moment cannot both succeed.
 */
import { DomainError } from "@/lib/domain-error";
import { and, desc, eq } from "drizzle-orm";
import { assertCan } from "@/lib/permissions";
import type { Role } from "@/lib/roles";
import { db, tables, type Transaction } from "../../client";
import { selectForUpdate, writeTransaction } from "../../dialect";
import { recordAudit } from "../audit/record";
import { repeatedFailures } from "./sign-in-throttles";
import { endOtherSessions } from "./sessions";
import type { StaffUser } from "../types";

const { users } = tables;

export type UserRow = {
  id: number;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  lastSignInAt: Date | null;
  /**
   * Wrong passwords for this account in the last 15 minutes, from anywhere, once there are
   * enough that its sign-ins are being slowed down; 0 otherwise.
   */
  recentFailures: number;
};

/** The columns of a `UserRow`; the failure count is added from the sign-in throttles. */
const userRowColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  active: users.active,
  lastSignInAt: users.lastSignInAt,
};

/** The row with its recent wrong passwords, for the list and the detail page alike. */
async function withRecentFailures<Row extends Omit<UserRow, "recentFailures">>(rows: Row[]): Promise<UserRow[]> {
  const failures = await repeatedFailures(rows.map((row) => row.email));
  return rows.map((row) => ({ ...row, recentFailures: failures.get(row.email) ?? 0 }));
}

export async function listUsers(actor: StaffUser): Promise<UserRow[]> {
  assertCan(actor, "user.manage");
  const rows = await db
    .select(userRowColumns)
    .from(users)
    .orderBy(desc(users.active), users.name, users.id)
    .limit(1000);
  return withRecentFailures(rows);
}

export async function getUserForAdmin(actor: StaffUser, id: number): Promise<UserRow | null> {
  assertCan(actor, "user.manage");
  const [row] = await db.select(userRowColumns).from(users).where(eq(users.id, id)).limit(1);
  if (!row) return null;
  const [withFailures] = await withRecentFailures([row]);
  return withFailures ?? null;
}

/**
 * The ids of the active admins, locked until the transaction ends on PostgreSQL. A transaction
 * that waited for the lock sees the rows as the other one left them (READ COMMITTED re-checks
 * a locked row), so a demoted admin is no longer counted.
 */
async function lockActiveAdmins(tx: Transaction): Promise<number[]> {
  const query = tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true)))
    .orderBy(users.id);
  const rows = await selectForUpdate(query);
  return rows.map((row) => row.id);
}

async function readTarget(tx: Transaction, id: number) {
  const [row] = await tx
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, active: users.active })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  if (!row) throw new DomainError("notFound");
  return row;
}

/** Who may still act: the actor must be one of the locked, active admins. */
function assertStillAdmin(actor: StaffUser, admins: number[]): void {
  if (!admins.includes(actor.id)) throw new DomainError("forbidden", { permission: "user.manage" });
}

/**
 * A change to someone's account under the last-admin rule: one transaction with the active
 * admins locked, the actor still one of them, and the target read. `change` is told whether the
 * target is the only active admin, so a demotion or deactivation can be refused.
 */
async function changeAccount(
  actor: StaffUser,
  id: number,
  change: (tx: Transaction, target: Awaited<ReturnType<typeof readTarget>>, lastAdmin: boolean) => Promise<void>,
): Promise<void> {
  assertCan(actor, "user.manage");
  await writeTransaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    assertStillAdmin(actor, admins);
    const target = await readTarget(tx, id);
    const lastAdmin = target.active && target.role === "admin" && admins.every((a) => a === id);
    await change(tx, target, lastAdmin);
  });
}

export async function changeUserRole(actor: StaffUser, id: number, role: Role): Promise<void> {
  await changeAccount(actor, id, async (tx, target, lastAdmin) => {
    if (target.role === role) return;
    if (lastAdmin) throw new DomainError("lastAdmin");
    await tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, id));
    await recordAudit(
      {
        action: "user.roleChange",
        actor,
        target: { type: "user", id },
        summary: `Role of ${target.email}: ${target.role} → ${role}`,
        details: { before: target.role, after: role },
      },
      tx,
    );
  });
}

/**
 * Deactivation also ends the account's sessions at once (their rows and sessionsValidAfter); reactivation
 * does not bring them back: the person signs in again.
 */
export async function setUserActive(actor: StaffUser, id: number, active: boolean): Promise<void> {
  await changeAccount(actor, id, async (tx, target, lastAdmin) => {
    if (target.active === active) return;
    if (!active && lastAdmin) throw new DomainError("lastAdmin");
    const now = new Date();
    await tx
      .update(users)
      .set(active ? { active, updatedAt: now } : { active, sessionsValidAfter: now, updatedAt: now })
      .where(eq(users.id, id));
    if (!active) await endOtherSessions(tx, id, null, now);
    await recordAudit(
      {
        action: active ? "user.reactivate" : "user.deactivate",
        actor,
        target: { type: "user", id },
        summary: `${active ? "Reactivated" : "Deactivated"} ${target.email}`,
      },
      tx,
    );
  });
}

/**
 * For the admins' dashboard: active accounts that are getting many wrong passwords right now
 * (their sign-ins are being slowed down), with how many in the last 15 minutes.
 */
export async function listAccountsUnderAttack(
  actor: StaffUser,
): Promise<{ id: number; name: string; email: string; failures: number }[]> {
  assertCan(actor, "user.manage");
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(users.name)
    .limit(1000);
  const failures = await repeatedFailures(rows.map((row) => row.email));
  return rows.flatMap((row) => {
    const count = failures.get(row.email);
    return count ? [{ ...row, failures: count }] : [];
  });
}
