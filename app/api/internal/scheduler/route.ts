/**
 * One scheduler pass, run by this server's own timer (server/scheduler-loop.ts): scheduled
 * publications and unpublications, then content a command changed meanwhile (an archive import
 * from the command line: server/outside-changes.ts). It lives in a route handler because
 * expiring the reader caches (revalidateTag) needs a request context. Anything without this
 * process's token gets a plain 404.
 */
import { expireArticleCaches, invalidateEverything } from "@/server/invalidate";
import { logger } from "@/server/logger";
import { expireAfterOutsideChange } from "@/server/outside-changes";
import { runScheduledChanges } from "@/server/scheduler";
import { isOwnInternalRequest } from "@/server/scheduler-loop";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  if (!isOwnInternalRequest(request)) return new Response("Not found", { status: 404 });
  const pass = await runScheduledChanges(new Date(), expireArticleCaches);
  const outsideChange = await expireAfterOutsideChange(invalidateEverything);
  if (outsideChange) logger.info("content changed by a command: the reader caches were expired");
  return Response.json({ ...pass, outsideChange }, { headers: { "Cache-Control": "no-store" } });
}
