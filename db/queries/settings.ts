/** Site settings. Access rule: reading is public; writing is for admins (checked here). */
import { assertCan } from "@/lib/permissions";
import { defaultSettings, mergeSettings, settingSchemas, type SettingKey, type SiteSettings } from "@/lib/settings";
import { db, tables } from "../client";
import type { StaffUser } from "./types";

const { settings } = tables;

/** What admins have stored; merge over the defaults with lib/settings.ts mergeSettings. */
export async function listStoredSettings(): Promise<{ key: string; value: unknown }[]> {
  return db.select({ key: settings.key, value: settings.value }).from(settings);
}

export async function getSiteSettings(): Promise<SiteSettings> {
  return mergeSettings(await listStoredSettings(), defaultSettings());
}

/** Admins: stores one setting after validating it; throws ZodError on a bad value. */
export async function saveSetting<K extends SettingKey>(
  actor: StaffUser,
  key: K,
  value: SiteSettings[K],
): Promise<void> {
  assertCan(actor, "settings.manage");
  const parsed = settingSchemas[key].parse(value);
  await db
    .insert(settings)
    .values({ key, value: parsed, updatedAt: new Date() })
    .onConflictDoUpdate({ target: settings.key, set: { value: parsed, updatedAt: new Date() } });
}
