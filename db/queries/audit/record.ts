/**
 * Writing to the append-only audit log. Only inserts live here (and listing, for admins): no
 * function in the app updates or deletes an entry.
 */
import type { AuditAction } from "@/lib/audit-actions";
import { db, tables, type Executor } from "../../client";

export type AuditEntry = {
  action: AuditAction;
  /** Who did it; null for anonymous events such as a failed sign-in. */
  actor: { id: number; email: string } | null;
  /** What it was done to, e.g. { type: "article", id: 12 }. */
  target?: { type: string; id: number | string };
  /** One readable line for the log screen. */
  summary: string;
  /** Structured before/after values; never passwords, tokens or other secrets. */
  details?: Record<string, unknown>;
  ipAddress?: string | null;
};

/**
 * Records one entry. Pass the transaction that made the change so the entry and the change
 * land together or not at all.
 */
export async function recordAudit(entry: AuditEntry, executor: Executor = db): Promise<void> {
  await executor.insert(tables.auditLog).values({
    action: entry.action,
    actorId: entry.actor?.id ?? null,
    actorLabel: entry.actor?.email ?? "",
    targetType: entry.target?.type ?? "",
    targetId: entry.target ? String(entry.target.id) : null,
    summary: entry.summary.slice(0, 500),
    details: entry.details ?? null,
    ipAddress: entry.ipAddress ?? null,
  });
}
