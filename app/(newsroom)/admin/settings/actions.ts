"use server";
/**
 * Saving site settings. A public POST endpoint: it checks the session and `settings.manage`
 * itself, validates every field, and the data layer checks the permission again.
 */
import { requirePermission, UnauthenticatedError } from "@/auth-session";
import { mediaExists, saveSiteSettings } from "@/db/queries/settings";
import { ForbiddenError } from "@/lib/permissions";
import { parseSettingsForm, readSettingsForm } from "@/lib/validation/settings-form";
import { invalidateSettings } from "@/server/invalidate";
import type { SettingsFormState } from "./form-state";

export async function saveSettingsAction(_previous: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  const values = readSettingsForm(form);
  const user = await requirePermission("settings.manage").catch((error: unknown) => {
    if (error instanceof UnauthenticatedError || error instanceof ForbiddenError) return null;
    throw error;
  });
  if (!user) return { status: "error", values, errors: {}, message: "forbidden" };
  const parsed = parseSettingsForm(values);
  if (!parsed.success) return { status: "error", values, errors: parsed.errors, message: "fixBelow" };
  const { logoMediaId } = parsed.settings;
  if (logoMediaId !== null && !(await mediaExists(logoMediaId)))
    return { status: "error", values, errors: { logoMediaId: "logoInvalid" }, message: "fixBelow" };
  const changes = await saveSiteSettings(user, parsed.settings);
  if (changes.length > 0) invalidateSettings();
  return { status: "saved", values, errors: {}, message: changes.length > 0 ? "saved" : "unchanged" };
}
