"use server";
/**
 * Starting an import, in the kit's shape (app/(newsroom)/_kit/action.ts): it checks the session
 * and `site.import` itself, validates the run's id, and the data layer checks the permission
 * again and refuses a second import while one runs. The import itself runs in the background of
 * this server (server/site-import/run.ts); the page follows it through the database.
 */
import { z } from "zod";
import { getSiteImport, startSiteImport } from "@/db/queries/site-imports/runs";
import { DomainError } from "@/lib/domain-error";
import { formTexts, idSchema } from "@/lib/validation/form-data";
import { launchSiteImport } from "@/server/site-import/run";
import { importUploadExists } from "@/server/site-import/upload";
import { redirectAction } from "../../_kit/action";

export const startImportAction = redirectAction({
  read: (form) => formTexts(form, ["id"]),
  schema: z.object({ id: idSchema }),
  permission: "site.import",
  run: async (user, { id }) => {
    const checked = await getSiteImport(user, id);
    if (!checked) throw new DomainError("notFound");
    // The file was uploaded to one server's disk: the import runs there.
    if (checked.status === "checked" && !(await importUploadExists(checked.filePath)))
      throw new DomainError("notFound");
    const run = await startSiteImport(user, id);
    launchSiteImport(user, run);
    return run;
  },
  done: (run) => `/admin/import?run=${run.id}`,
  invalid: () => "/admin/import?refused=invalid",
  refused: (error, input) => `/admin/import?run=${input.id}&refused=${error.code}`,
});
