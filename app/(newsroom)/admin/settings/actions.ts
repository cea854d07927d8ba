"use server";
/**
 * Saving site settings, in the kit's shape (app/(newsroom)/_kit/action.ts): it checks the session
 * and `settings.manage` itself, validates every field, and the data layer checks the permission again.
 */
import { mediaExists, saveSiteSettings } from "@/db/queries/site/settings";
import { DomainError } from "@/lib/domain-error";
import { fieldErrorsOf } from "@/lib/validation/form-data";
import { readSettingsForm, settingsSaveSchema } from "@/lib/validation/settings-form";
import { invalidateSettings } from "@/server/invalidate";
import { formAction } from "../../_kit/action";
import type { SettingsFormState } from "./form-state";

export const saveSettingsAction = formAction({
  read: readSettingsForm,
  schema: settingsSaveSchema,
  permission: "settings.manage",
  run: async (user, settings) => {
    const { logoMediaId } = settings;
    if (logoMediaId !== null && !(await mediaExists(logoMediaId)))
      throw new DomainError("invalid", { fields: { logoMediaId: "logoInvalid" } });
    return saveSiteSettings(user, settings);
  },
  revalidate: (changes) => {
    if (changes.length > 0) invalidateSettings();
  },
  done: (changes, values): SettingsFormState => ({
    status: "saved",
    values,
    errors: {},
    message: changes.length > 0 ? "saved" : "unchanged",
  }),
  invalid: (error, values): SettingsFormState => ({
    status: "error",
    values,
    errors: fieldErrorsOf(error),
    message: "fixBelow",
  }),
  refused: (error, values): SettingsFormState =>
    error.code === "invalid"
      ? { status: "error", values, errors: error.fields, message: "fixBelow" }
      : { status: "error", values, errors: {}, message: "forbidden" },
});
