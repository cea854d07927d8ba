/**
 * How far an import has got, for the screen's progress bar to poll: read from the run's row, so
 * the answer is the same whichever instance the poll lands on. Admins only (`site.import`).
 */
import { getStaffUser } from "@/auth-session";
import { getSiteImport } from "@/db/queries/site-imports/runs";
import { can } from "@/lib/permissions";
import type { SiteImportStatus } from "@/lib/site-import-statuses";

export const dynamic = "force-dynamic";

export type ImportProgressAnswer = { status: SiteImportStatus; done: number; total: number | null };

const noStore = { "Cache-Control": "no-store" };

export async function GET(_request: Request, { params }: RouteContext<"/admin/import/[id]/progress">) {
  const user = await getStaffUser();
  if (!user) return Response.json({ error: "signedOut" }, { status: 401, headers: noStore });
  if (!can(user.role, "site.import")) return Response.json({ error: "forbidden" }, { status: 403, headers: noStore });
  const id = Number((await params).id);
  const run = Number.isInteger(id) && id > 0 ? await getSiteImport(user, id) : null;
  if (!run) return Response.json({ error: "notFound" }, { status: 404, headers: noStore });
  const body: ImportProgressAnswer = { status: run.status, done: run.progress.done, total: run.progress.total };
  return Response.json(body, { headers: noStore });
}
