/**
 * Where one run of the site importer (/admin/import) stands. A file is `checked` once its dry
 * run is done and waits for someone to start the import; `queued` and `running` are the import
 * itself (only one at a time); `done` and `failed` are final.
 */
export const siteImportStatuses = ["checked", "queued", "running", "done", "failed"] as const;

export type SiteImportStatus = (typeof siteImportStatuses)[number];

/** The statuses of a run that holds the importer: another may not start meanwhile. */
export const activeSiteImportStatuses = ["queued", "running"] as const satisfies readonly SiteImportStatus[];
