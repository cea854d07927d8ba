/**
 * One scheduler pass, run by this server's own timer (server/scheduler-loop.ts). It lives in a
 * route handler because expiring the reader caches (revalidateTag) needs a request context.
 * Anything without this process's token gets a plain 404.
 */
import { expireArticleCaches } from "@/server/invalidate";
import { runScheduledChanges } from "@/server/scheduler";
import { isOwnInternalRequest } from "@/server/scheduler-loop";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  if (!isOwnInternalRequest(request)) return new Response("Not found", { status: 404 });
  const pass = await runScheduledChanges(new Date(), expireArticleCaches);
  return Response.json(pass, { headers: { "Cache-Control": "no-store" } });
}
