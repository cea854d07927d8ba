/**
 * Content changed by a command (an archive import, a restore, a reset) while the servers run.
 * Without a shared cache no running server would hear of it: each would go on serving the pages
 * it rendered before, until restarted. So the command records the change in the database, and
 * every server looks at each scheduler pass (every SCHEDULER_INTERVAL_SECONDS) and expires its
 * reader caches when it finds a newer one. With REDIS_URL the command also empties the shared
 * cache, which every instance notices within a poll.
 */
import { latestOutsideChange, recordOutsideChange } from "@/db/queries/site/outside-changes";
import { emptySharedCache } from "@/server/shared-cache/empty";

/** For a command that has changed the content: tells running servers; lines for the terminal. */
export async function announceOutsideChange(command: string): Promise<string[]> {
  await recordOutsideChange(command);
  const shared = await emptySharedCache();
  return [
    ...(shared ? [shared] : []),
    "Running servers show the change at their next scheduler pass (SCHEDULER_INTERVAL_SECONDS, 30 s by default).",
  ];
}

/** The newest change this process has accounted for; undefined until its first look. */
let accountedFor: string | null | undefined;

/**
 * For the scheduler pass: calls `expire` when a command has changed the content since the last
 * look. The first look only takes note: a server that has just started has nothing old cached.
 */
export async function expireAfterOutsideChange(expire: () => void): Promise<boolean> {
  const latest = await latestOutsideChange();
  const changed = accountedFor !== undefined && latest !== accountedFor;
  accountedFor = latest;
  if (changed) expire();
  return changed;
}
