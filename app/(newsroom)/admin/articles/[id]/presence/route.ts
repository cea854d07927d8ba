/**
 * The editor leaving an article: `navigator.sendBeacon` posts here when the page is hidden for
 * good or the editor closes, so the others' "someone else is editing" notice clears at their
 * next heartbeat instead of at the presence's expiry. A beacon cannot call a server action,
 * hence a route; it checks the session itself, and answers the same whatever happened.
 */
import { getStaffUser } from "@/auth-session";
import { leaveArticle } from "@/db/queries/articles/presence";
import { DomainError } from "@/lib/domain-error";

export const dynamic = "force-dynamic";

/** Only the newsroom's own pages may end someone's presence (a beacon is a cross-site-able POST). */
function sameOrigin(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin";
  const origin = headers.get("origin");
  return origin === null || new URL(origin).host === headers.get("host");
}

export async function POST(request: Request, { params }: RouteContext<"/admin/articles/[id]/presence">) {
  const id = Number((await params).id);
  const user = await getStaffUser();
  if (user && sameOrigin(request.headers) && Number.isInteger(id) && id > 0) {
    try {
      await leaveArticle(user, id);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
  }
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
