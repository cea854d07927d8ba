/** Site settings: saving the settings form. */
import { saveSettingsAction } from "@/app/(newsroom)/admin/settings/actions";
import { getSiteSettings } from "@/db/queries/site/settings";
import { permissionTable } from "@/lib/permissions";
import { configuredSiteDefaults } from "@/db/queries/site/settings";
import { settingsFormValues } from "@/lib/validation/settings-form";
import { formData, probe } from "./probe";

export const probes = [
  probe({
    name: "change the site settings",
    allowedRoles: permissionTable["settings.manage"],
    setup: async () => ({}),
    attempt: () => {
      const values = { ...settingsFormValues(configuredSiteDefaults()), "siteName.es": "Diario de prueba" };
      return saveSettingsAction({ status: "idle", values, errors: {} }, formData(values));
    },
    succeeded: async () => (await getSiteSettings()).siteName.es === "Diario de prueba",
  }),
];
