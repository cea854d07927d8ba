/** The site importer: starting the import of a checked file (the upload route is tested on its own). */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { startImportAction } from "@/app/(newsroom)/admin/import/actions";
import { db, tables } from "@/db/client";
import { permissionTable } from "@/lib/permissions";
import { formData, probe } from "./probe";

/** A checked file waiting to be imported. Its file is no export, so a started run ends at once. */
async function checkedImport(): Promise<number> {
  const folder = await mkdtemp(path.join(tmpdir(), "heraldo-probe-"));
  const filePath = path.join(folder, "not-an-export.xml");
  await writeFile(filePath, "this is not an export");
  const [row] = await db
    .insert(tables.siteImports)
    .values({ status: "checked", fileName: "not-an-export.xml", filePath, options: { format: "auto" } })
    .returning({ id: tables.siteImports.id });
  if (!row) throw new Error("no row");
  return row.id;
}

export const probes = [
  probe({
    name: "start an import",
    allowedRoles: permissionTable["site.import"],
    setup: async () => ({ id: await checkedImport() }),
    attempt: ({ id }) => startImportAction(formData({ id })),
    // The start is audited in the transaction that starts it; the run itself goes on in the background.
    succeeded: async () =>
      (await db.select().from(tables.auditLog).where(eq(tables.auditLog.action, "site.import"))).length === 1,
  }),
];
