/** Site settings. Access rule: reading is public; writing is for admins (checked here). */
import { eq } from "drizzle-orm";
import { assertCan } from "@/lib/permissions";
import { defaultSettings, mergeSettings, settingSchemas, type SettingKey, type SiteSettings } from "@/lib/settings";
import { env } from "@/server/env";
import { db, tables, type Executor } from "../../client";
import { recordAudit } from "../audit/record";
import type { StaffUser } from "../types";

const { settings, media } = tables;

/** What admins have stored; merge over the defaults with lib/settings.ts mergeSettings. */
export async function listStoredSettings(executor: Executor = db): Promise<{ key: string; value: unknown }[]> {
  return executor.select({ key: settings.key, value: settings.value }).from(settings);
}

/** The settings no admin has changed yet: SITE_NAME, and SITE_URL or this server's own address. */
export function configuredSiteDefaults(): SiteSettings {
  return defaultSettings({ name: env.SITE_NAME, url: env.SITE_URL ?? `http://localhost:${env.PORT}` });
}

export async function getSiteSettings(): Promise<SiteSettings> {
  return mergeSettings(await listStoredSettings(), configuredSiteDefaults());
}

/**
 * Stores one setting. A null (the built-in logo) is stored as no row: the column holds JSON and
 * may not be NULL, and every nullable setting's default is null.
 */
async function upsertSetting(executor: Executor, key: SettingKey, value: unknown): Promise<void> {
  if (value === null) {
    await executor.delete(settings).where(eq(settings.key, key));
    return;
  }
  await executor
    .insert(settings)
    .values({ key, value, updatedAt: new Date() })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
}

/** Admins: stores one setting after validating it; throws ZodError on a bad value. */
export async function saveSetting<K extends SettingKey>(
  actor: StaffUser,
  key: K,
  value: SiteSettings[K],
): Promise<void> {
  assertCan(actor, "settings.manage");
  await upsertSetting(db, key, settingSchemas[key].parse(value));
}

export type SettingChange = { key: SettingKey; from: unknown; to: unknown };

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** "siteName.es: “Heraldo” → “Diario”" lines for the audit log (flattened one level). */
export function describeChanges(changes: SettingChange[]): string {
  const show = (value: unknown) => (value === null || value === undefined ? "—" : `“${String(value)}”`);
  const parts: string[] = [];
  for (const { key, from, to } of changes) {
    if (from && to && typeof from === "object" && typeof to === "object" && !Array.isArray(from)) {
      const before = from as Record<string, unknown>;
      const after = to as Record<string, unknown>;
      for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
        if (!sameValue(before[field], after[field])) {
          const inner = before[field] ?? after[field];
          if (inner && typeof inner === "object") {
            const b = (before[field] ?? {}) as Record<string, unknown>;
            const a = (after[field] ?? {}) as Record<string, unknown>;
            for (const sub of new Set([...Object.keys(b), ...Object.keys(a)]))
              if (!sameValue(b[sub], a[sub])) parts.push(`${key}.${field}.${sub}: ${show(b[sub])} → ${show(a[sub])}`);
          } else parts.push(`${key}.${field}: ${show(before[field])} → ${show(after[field])}`);
        }
      }
    } else parts.push(`${key}: ${show(from)} → ${show(to)}`);
  }
  return parts.join("; ");
}

/**
 * Admins: saves the whole settings form at once. Only the values that differ from what readers
 * see now are stored, and one audit entry lists them (old → new). Returns what changed.
 */
export async function saveSiteSettings(actor: StaffUser, next: SiteSettings): Promise<SettingChange[]> {
  assertCan(actor, "settings.manage");
  const validated = Object.fromEntries(
    (Object.keys(settingSchemas) as SettingKey[]).map((key) => [key, settingSchemas[key].parse(next[key])]),
  ) as SiteSettings;
  return db.transaction(async (tx) => {
    const current = mergeSettings(await listStoredSettings(tx), configuredSiteDefaults());
    const changes: SettingChange[] = [];
    for (const key of Object.keys(settingSchemas) as SettingKey[]) {
      if (sameValue(current[key], validated[key])) continue;
      changes.push({ key, from: current[key], to: validated[key] });
      await upsertSetting(tx, key, validated[key]);
    }
    if (changes.length > 0) {
      await recordAudit(
        {
          action: "settings.change",
          actor,
          target: { type: "settings", id: "site" },
          summary: describeChanges(changes),
          details: { changes },
        },
        tx,
      );
    }
    return changes;
  });
}

/** Whether a library image exists (a logo must name one). */
export async function mediaExists(id: number): Promise<boolean> {
  const [row] = await db.select({ id: media.id }).from(media).where(eq(media.id, id)).limit(1);
  return Boolean(row);
}
