/**
 * Reading the audit log. Access rule: `audit.read` (admins), checked here. Read-only: nothing
 * in the app updates or deletes an entry (db/queries/audit/record.ts only inserts).
 */
import { and, count, desc, eq, gte, inArray, lt, type SQL } from "drizzle-orm";
import type { AuditAction } from "@/lib/audit-actions";
import { assertCan } from "@/lib/permissions";
import { db, tables } from "../../client";
import type { StaffUser } from "../types";

const { auditLog, users, articles, topics, media } = tables;

export const auditPageSize = 50;

export type AuditFilters = {
  actorId?: number;
  action?: AuditAction;
  /** Inclusive start, exclusive end. */
  from?: Date;
  until?: Date;
};

export type AuditEntryRow = {
  id: number;
  occurredAt: Date;
  actorId: number | null;
  actorLabel: string;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  /** Whether the target still exists (so the screen can link to it). */
  targetExists: boolean;
  summary: string;
  ipAddress: string | null;
};

/**
 * What every view of the log shows of an entry (with the actor's current name, joined from
 * users). Only the audit screen adds the actor's id and the client address.
 */
export const auditEntryColumns = {
  id: auditLog.id,
  occurredAt: auditLog.occurredAt,
  actorLabel: auditLog.actorLabel,
  actorName: users.name,
  action: auditLog.action,
  targetType: auditLog.targetType,
  targetId: auditLog.targetId,
  summary: auditLog.summary,
};

/** Newest first; the id orders entries written in the same instant. */
export const newestEntriesFirst = [desc(auditLog.occurredAt), desc(auditLog.id)];

function where(filters: AuditFilters): SQL | undefined {
  const conditions: SQL[] = [];
  if (filters.actorId !== undefined) conditions.push(eq(auditLog.actorId, filters.actorId));
  if (filters.action !== undefined) conditions.push(eq(auditLog.action, filters.action));
  if (filters.from) conditions.push(gte(auditLog.occurredAt, filters.from));
  if (filters.until) conditions.push(lt(auditLog.occurredAt, filters.until));
  return conditions.length ? and(...conditions) : undefined;
}

/** Ids (as stored, text) of the targets of one type that still exist. */
async function existingIds(type: string, ids: string[]): Promise<Set<string>> {
  const numeric = ids.map(Number).filter((n) => Number.isInteger(n) && n > 0);
  if (numeric.length === 0) return new Set();
  const table =
    type === "article"
      ? articles
      : type === "topic"
        ? topics
        : type === "user"
          ? users
          : type === "media"
            ? media
            : null;
  if (!table) return new Set();
  const rows = await db.select({ id: table.id }).from(table).where(inArray(table.id, numeric));
  return new Set(rows.map((r) => String(r.id)));
}

/** Newest first, one page of entries matching the filters, and how many match in all. */
export async function listAuditEntries(
  actor: StaffUser,
  filters: AuditFilters,
  page: number,
): Promise<{ items: AuditEntryRow[]; total: number; pageCount: number; page: number }> {
  assertCan(actor, "audit.read");
  const condition = where(filters);
  const [totalRow] = await db.select({ n: count() }).from(auditLog).where(condition);
  const total = Number(totalRow?.n ?? 0);
  const rows = await db
    .select({ ...auditEntryColumns, actorId: auditLog.actorId, ipAddress: auditLog.ipAddress })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(condition)
    .orderBy(...newestEntriesFirst)
    .limit(auditPageSize)
    .offset((page - 1) * auditPageSize);
  const byType = new Map<string, string[]>();
  for (const row of rows) {
    if (!row.targetId) continue;
    byType.set(row.targetType, [...(byType.get(row.targetType) ?? []), row.targetId]);
  }
  const existing = new Map<string, Set<string>>();
  for (const [type, ids] of byType) existing.set(type, await existingIds(type, ids));
  return {
    items: rows.map((row) => ({
      ...row,
      targetExists:
        row.targetType === "settings" || Boolean(row.targetId && existing.get(row.targetType)?.has(row.targetId)),
    })),
    total,
    pageCount: Math.max(1, Math.ceil(total / auditPageSize)),
    page,
  };
}

/** The people who appear in the log (for the actor filter), by name. */
export async function listAuditActors(actor: StaffUser): Promise<{ id: number; label: string }[]> {
  assertCan(actor, "audit.read");
  const rows = await db
    .selectDistinct({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .innerJoin(auditLog, eq(auditLog.actorId, users.id));
  return rows
    .map((r) => ({ id: r.id, label: `${r.name} (${r.email})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
