import { beforeEach, describe, expect, it } from "vitest";
import { db, tables } from "../../client";
import type { SiteSettings } from "@/lib/settings";
import { createMedia, createStaff, resetTestDatabase, thrownBy, refusal } from "@/test/database";
import { configuredSiteDefaults, getSiteSettings, saveSiteSettings } from "./settings";

describe("saveSiteSettings", () => {
  beforeEach(resetTestDatabase);

  it("stores what changed and audits it as old → new", async () => {
    const admin = await createStaff("admin");
    const before = await getSiteSettings();
    const next: SiteSettings = {
      ...before,
      siteName: { ...before.siteName, es: "Diario Oficial" },
      commentsEnabled: false,
    };
    const changes = await saveSiteSettings(admin, next);
    expect(changes.map((c) => c.key).sort()).toEqual(["commentsEnabled", "siteName"]);
    expect(await getSiteSettings()).toMatchObject({ siteName: { es: "Diario Oficial" }, commentsEnabled: false });

    const entries = await db.select().from(tables.auditLog);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.action).toBe("settings.change");
    expect(entries[0]?.summary).toContain(`siteName.es: “${before.siteName.es}” → “Diario Oficial”`);
    expect(entries[0]?.summary).toContain("commentsEnabled: “true” → “false”");
  });

  it("writes nothing and audits nothing when nothing changed", async () => {
    const admin = await createStaff("admin");
    expect(await saveSiteSettings(admin, await getSiteSettings())).toEqual([]);
    expect(await db.select().from(tables.settings)).toEqual([]);
    expect(await db.select().from(tables.auditLog)).toEqual([]);
  });

  it("stores the breaking-news banner", async () => {
    const admin = await createStaff("admin");
    const announcement = { enabled: true, text: { es: "Alerta", en: "Alert" }, link: "/es/buscar" };
    await saveSiteSettings(admin, { ...configuredSiteDefaults(), announcement });
    expect((await getSiteSettings()).announcement).toEqual(announcement);
  });

  it("stores a library logo and goes back to the built-in one", async () => {
    const admin = await createStaff("admin");
    const logo = await createMedia({ es: "Logotipo", en: "Logo" });
    await saveSiteSettings(admin, { ...configuredSiteDefaults(), logoMediaId: logo });
    expect((await getSiteSettings()).logoMediaId).toBe(logo);
    const changes = await saveSiteSettings(admin, { ...configuredSiteDefaults(), logoMediaId: null });
    expect(changes).toEqual([{ key: "logoMediaId", from: logo, to: null }]);
    expect((await getSiteSettings()).logoMediaId).toBeNull();
  });

  it("refuses editors", async () => {
    const editor = await createStaff("editor");
    const error = await thrownBy(() =>
      saveSiteSettings(editor, { ...configuredSiteDefaults(), commentsEnabled: false }),
    );
    expect(error).toEqual(refusal("forbidden"));
    expect(await db.select().from(tables.settings)).toEqual([]);
  });
});
