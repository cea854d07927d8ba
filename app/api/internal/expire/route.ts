/**
 * Expires every reader cache of this server, for work that changed much of the content outside a
 * request (an import run from the newsroom: server/scheduler-loop.ts, expireAllReaderCaches).
 * Expiring needs a request context, hence a route. Anything without this process's token gets a
 * plain 404.
 */
import { invalidateEverything } from "@/server/invalidate";
import { isOwnInternalRequest } from "@/server/scheduler-loop";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  if (!isOwnInternalRequest(request)) return new Response("Not found", { status: 404 });
  invalidateEverything();
  return Response.json({ expired: true }, { headers: { "Cache-Control": "no-store" } });
}
