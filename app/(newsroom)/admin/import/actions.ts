"use server";
/**
 * Starting an import, in the kit's shape (app/(newsroom)/_kit/action.ts): it checks the session
 * and `site.import` itself, validates the run's id, and the data layer checks the permission
 * again and refuses a second import while one runs. The import itself runs in the background of
 * the server that holds the uploaded file: this one, or with several instances the one the upload
 * reached, which picks it up at its next scheduler pass (server/site-import/run.ts). The page
 * follows it through the database.
 */
import { z } from "zod";
import { getSiteImport, startSiteImport } from "@/db/queries/site-imports/runs";
import { DomainError } from "@/lib/domain-error";
import { formTexts, idSchema } from "@/lib/validation/form-data";
import { launchSiteImport } from "@/server/site-import/run";
import { importUploadExists, thisServerName } from "@/server/site-import/upload";
import { redirectAction } from "../../_kit/action";

export const startImportAction = redirectAction({
  read: (form) => formTexts(form, ["id"]),
  schema: z.object({ id: idSchema }),
  permission: "site.import",
  run: async (user, { id }) => {
    const checked = await getSiteImport(user, id);
    if (!checked) throw new DomainError("notFound");
    // The file was uploaded to one server's disk: the import runs there, even when this one
    // could read the file too (a shared folder), so that one server only ever runs it.
    const elsewhere = checked.fileHost !== null && checked.fileHost !== thisServerName();
    const here = !elsewhere && (await importUploadExists(checked.filePath));
    if (checked.status === "checked" && !here && !elsewhere) throw new DomainError("notFound");
    const run = await startSiteImport(user, id);
    if (here) launchSiteImport(user, run);
    return run;
  },
  done: (run) => `/admin/import?run=${run.id}`,
  invalid: () => "/admin/import?refused=invalid",
  refused: (error, input) => `/admin/import?run=${input.id}&refused=${error.code}`,
});
