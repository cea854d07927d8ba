/** The settings form: what was typed (kept on refusal), and how it becomes SiteSettings. */
import { z } from "zod";
import { locales, type Locale } from "../locales";
import type { SiteSettings } from "../settings";

export type SettingsFormValues = {
  publicUrl: string;
  logoMediaId: string;
  defaultLocale: string;
  commentsEnabled: boolean;
  closedCommentsVisible: boolean;
  announcementEnabled: boolean;
  announcementLink: string;
} & Record<`siteName.${Locale}` | `announcement.${Locale}`, string>;

/** Field name to message key under settings.errors. */
export type SettingsFormErrors = Partial<Record<string, string>>;

export function settingsFormValues(settings: SiteSettings): SettingsFormValues {
  const values: Record<string, string | boolean> = {
    publicUrl: settings.publicUrl,
    logoMediaId: settings.logoMediaId === null ? "" : String(settings.logoMediaId),
    defaultLocale: settings.defaultLocale,
    commentsEnabled: settings.commentsEnabled,
    closedCommentsVisible: settings.closedCommentsVisible,
    announcementEnabled: settings.announcement.enabled,
    announcementLink: settings.announcement.link ?? "",
  };
  for (const l of locales) {
    values[`siteName.${l}`] = settings.siteName[l] ?? "";
    values[`announcement.${l}`] = settings.announcement.text[l] ?? "";
  }
  return values as SettingsFormValues;
}

export function readSettingsForm(form: FormData): SettingsFormValues {
  const text = (name: string) => {
    const raw = form.get(name);
    return typeof raw === "string" ? raw : "";
  };
  const values: Record<string, string | boolean> = {
    publicUrl: text("publicUrl"),
    logoMediaId: text("logoMediaId"),
    defaultLocale: text("defaultLocale"),
    commentsEnabled: form.get("commentsEnabled") === "on",
    closedCommentsVisible: form.get("closedCommentsVisible") === "on",
    announcementEnabled: form.get("announcementEnabled") === "on",
    announcementLink: text("announcementLink"),
  };
  for (const l of locales) {
    values[`siteName.${l}`] = text(`siteName.${l}`);
    values[`announcement.${l}`] = text(`announcement.${l}`);
  }
  return values as SettingsFormValues;
}

const siteNameField = z.string().trim().min(1, "siteNameRequired").max(80, "siteNameTooLong");
const announcementField = z.string().trim().max(200, "announcementTooLong");

const settingsFormSchema = z.object({
  ...Object.fromEntries(locales.map((l) => [`siteName.${l}`, siteNameField])),
  ...Object.fromEntries(locales.map((l) => [`announcement.${l}`, announcementField])),
  publicUrl: z
    .string()
    .trim()
    .max(300, "publicUrlInvalid")
    .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, "publicUrlInvalid")
    .transform((v) => v.replace(/\/+$/, "")),
  logoMediaId: z
    .string()
    .regex(/^([1-9]\d{0,9})?$/, "logoInvalid")
    .transform((v) => (v === "" ? null : Number(v))),
  defaultLocale: z.enum(locales, { message: "defaultLocaleInvalid" }),
  commentsEnabled: z.boolean(),
  closedCommentsVisible: z.boolean(),
  announcementEnabled: z.boolean(),
  announcementLink: z
    .string()
    .trim()
    .max(500, "announcementLinkInvalid")
    .regex(/^(|\/(?![/\\])\S*|https?:\/\/\S+)$/, "announcementLinkInvalid"),
});

/** A banner that is on needs its text in every language (checked even when other fields fail). */
function missingAnnouncements(values: SettingsFormValues): SettingsFormErrors {
  if (!values.announcementEnabled) return {};
  return Object.fromEntries(
    locales
      .filter((l) => !values[`announcement.${l}`].trim())
      .map((l) => [`announcement.${l}`, "announcementRequired"]),
  );
}

export type SettingsFormResult =
  { success: true; settings: SiteSettings } | { success: false; errors: SettingsFormErrors };

/** Checks the typed values and builds the settings to store. */
export function parseSettingsForm(values: SettingsFormValues): SettingsFormResult {
  const parsed = settingsFormSchema.safeParse(values);
  const errors: SettingsFormErrors = {};
  for (const issue of parsed.error?.issues ?? []) {
    const key = String(issue.path[0] ?? "form");
    errors[key] ??= /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid";
  }
  for (const [key, message] of Object.entries(missingAnnouncements(values))) errors[key] ??= message;
  if (!parsed.success || Object.keys(errors).length > 0) return { success: false, errors };
  const data = parsed.data as Record<string, unknown> & z.infer<typeof settingsFormSchema>;
  const perLocale = (prefix: string) => Object.fromEntries(locales.map((l) => [l, String(data[`${prefix}.${l}`])]));
  return {
    success: true,
    settings: {
      siteName: perLocale("siteName"),
      publicUrl: data.publicUrl,
      logoMediaId: data.logoMediaId,
      defaultLocale: data.defaultLocale,
      commentsEnabled: data.commentsEnabled,
      closedCommentsVisible: data.closedCommentsVisible,
      announcement: {
        enabled: data.announcementEnabled,
        text: perLocale("announcement"),
        link: data.announcementLink === "" ? null : data.announcementLink,
      },
    },
  };
}

/**
 * The same rules as one zod schema (for the server-action kit): the typed values in, the
 * settings to store out, one issue per refused field.
 */
export const settingsSaveSchema = z.custom<SettingsFormValues>().transform((values, ctx) => {
  const result = parseSettingsForm(values);
  if (result.success) return result.settings;
  for (const [field, message] of Object.entries(result.errors))
    ctx.addIssue({ code: "custom", path: [field], message: message ?? "invalid" });
  return z.NEVER;
});
