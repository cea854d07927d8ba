/**
 * One scheduler pass, run by this server's own timer (server/scheduler-loop.ts): scheduled
 * publications and unpublications, content a command changed meanwhile (an archive import from
 * the command line: server/outside-changes.ts), and an archive import started on another instance
 * whose file is on this server's disk (server/site-import/run.ts). It lives in a route handler because
 * expiring the reader caches (revalidateTag) needs a request context. Anything without this
 * process's token gets a plain 404.
 */
import { expireArticleCaches, invalidateEverything } from "@/server/invalidate";
import { logger } from "@/server/logger";
import { expireAfterOutsideChange } from "@/server/outside-changes";
import { runScheduledChanges } from "@/server/scheduler";
import { pickUpQueuedImport } from "@/server/site-import/run";
import { isOwnInternalRequest } from "@/server/scheduler-loop";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  if (!isOwnInternalRequest(request)) return new Response("Not found", { status: 404 });
  const pass = await runScheduledChanges(new Date(), expireArticleCaches);
  const outsideChange = await expireAfterOutsideChange(invalidateEverything);
  if (outsideChange) logger.info("content changed by a command: the reader caches were expired");
  const importStarted = await pickUpQueuedImport();
  return Response.json({ ...pass, outsideChange, importStarted }, { headers: { "Cache-Control": "no-store" } });
}
