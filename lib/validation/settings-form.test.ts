import { describe, expect, it } from "vitest";
import { defaultSettings } from "../settings";
import { parseSettingsForm, settingsFormValues } from "./settings-form";

const base = settingsFormValues({ ...defaultSettings({ name: "Heraldo", url: "https://news.example.org" }) });

describe("parseSettingsForm", () => {
  it("turns the typed values back into settings", () => {
    const result = parseSettingsForm({
      ...base,
      "siteName.es": "  Diario  ",
      publicUrl: "https://news.example.org/",
      logoMediaId: "12",
      announcementEnabled: true,
      "announcement.es": "Aviso",
      "announcement.en": "Notice",
      announcementLink: "https://example.org/alerta",
    });
    expect(result).toEqual({
      success: true,
      settings: expect.objectContaining({
        siteName: { es: "Diario", en: "Heraldo" },
        publicUrl: "https://news.example.org",
        logoMediaId: 12,
        announcement: { enabled: true, text: { es: "Aviso", en: "Notice" }, link: "https://example.org/alerta" },
      }),
    });
  });

  it("names every bad field", () => {
    const result = parseSettingsForm({
      ...base,
      "siteName.en": " ",
      publicUrl: "javascript:alert(1)",
      defaultLocale: "fr",
      announcementEnabled: true,
      "announcement.es": "Aviso",
      announcementLink: "//evil.example",
    });
    expect(result).toEqual({
      success: false,
      errors: {
        "siteName.en": "siteNameRequired",
        publicUrl: "publicUrlInvalid",
        defaultLocale: "defaultLocaleInvalid",
        announcementLink: "announcementLinkInvalid",
        "announcement.en": "announcementRequired",
      },
    });
  });
});
