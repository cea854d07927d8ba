/**
 * Runs the scheduler inside each server process, with no external cron: right after start
 * (catching up on whatever fell due while the site was down) and then every
 * SCHEDULER_INTERVAL_SECONDS (default 30). A pass is a POST to this server's own internal
 * route, because Next only expires cache tags inside a request; the route answers only to the
 * random token this process made at start.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { logger } from "./logger";

export const schedulerRoute = "/api/internal/scheduler";
export const schedulerTokenHeader = "x-heraldo-scheduler";
const tokenVariable = "HERALDO_SCHEDULER_TOKEN";

/** Makes this process's token; call before the Next app starts. */
export function prepareSchedulerToken(): void {
  process.env[tokenVariable] = randomBytes(32).toString("base64url");
}

/** The token the internal route accepts, or null when no scheduler runs in this process. */
export function schedulerToken(): string | null {
  return process.env[tokenVariable] || null;
}

/** Whether a request to an internal route carries this process's token. */
export function isOwnInternalRequest(request: Request): boolean {
  const expected = schedulerToken();
  const given = request.headers.get(schedulerTokenHeader);
  if (!expected || !given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Asks this server to expire every reader cache (app/api/internal/expire), from work that runs
 * outside a request, such as an import started from the newsroom. True when it was done.
 */
export async function expireAllReaderCaches(origin: string): Promise<boolean> {
  const token = schedulerToken();
  if (!token) return false;
  try {
    const response = await fetch(`${origin}/api/internal/expire`, {
      method: "POST",
      headers: { [schedulerTokenHeader]: token },
    });
    return response.ok;
  } catch (error) {
    logger.error({ err: error }, "expiring the reader caches failed");
    return false;
  }
}

export function startScheduler({ origin, intervalSeconds }: { origin: string; intervalSeconds: number }): () => void {
  const token = schedulerToken();
  if (!token) throw new Error("prepareSchedulerToken() must run before startScheduler()");
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const pass = async () => {
    try {
      const response = await fetch(`${origin}${schedulerRoute}`, {
        method: "POST",
        headers: { [schedulerTokenHeader]: token },
      });
      if (!response.ok) logger.error({ status: response.status }, "scheduler pass refused");
    } catch (error) {
      logger.error({ err: error }, "scheduler pass failed");
    }
    // The next pass is timed from the end of this one, so passes never overlap.
    if (!stopped) timer = setTimeout(() => void pass(), intervalSeconds * 1000).unref();
  };
  void pass();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
