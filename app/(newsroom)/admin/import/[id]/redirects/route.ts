/**
 * A finished import's old → new addresses as CSV (`old_url,new_url`), for the old site's web
 * server. The new addresses are full addresses of this site. Admins only (`site.import`).
 */
import { getStaffUser } from "@/auth-session";
import { getSiteImport } from "@/db/queries/site-imports/runs";
import { getSiteSettings } from "@/db/queries/site/settings";
import { can } from "@/lib/permissions";
import { redirectsCsv } from "@/server/site-import/engine";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

export async function GET(_request: Request, { params }: RouteContext<"/admin/import/[id]/redirects">) {
  const user = await getStaffUser();
  if (!user) return Response.json({ error: "signedOut" }, { status: 401, headers: noStore });
  if (!can(user.role, "site.import")) return Response.json({ error: "forbidden" }, { status: 403, headers: noStore });
  const id = Number((await params).id);
  const run = Number.isInteger(id) && id > 0 ? await getSiteImport(user, id) : null;
  if (!run || run.status !== "done" || !run.summary)
    return Response.json({ error: "notFound" }, { status: 404, headers: noStore });
  const { publicUrl } = await getSiteSettings();
  return new Response(redirectsCsv(run.summary, publicUrl.replace(/\/+$/, "")), {
    headers: {
      ...noStore,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="redirects-import-${run.id}.csv"`,
    },
  });
}
