/**
 * Empties the cache that instances share through Redis, for the commands that replace content
 * wholesale (restore, reset, import): pages rendered from the old database must not be served
 * from the new one. Running instances see the mark within a poll (tag-clock.ts) and stop serving
 * older entries, from Redis or from their own memory; the entries themselves are deleted here.
 */
import { createClient } from "redis";
import { env } from "@/server/env";
import { sharedCacheKeys } from "./keys";
import { redisAddress } from "./redis-link";

/** What happened, for the command's output: nothing to do, emptied, or why not. */
export async function emptySharedCache(): Promise<string | null> {
  const url = env.REDIS_URL;
  if (!url) return null;
  const keys = sharedCacheKeys(env.REDIS_KEY_PREFIX);
  const client = createClient({ url, socket: { connectTimeout: 3000, reconnectStrategy: false } });
  client.on("error", () => undefined); // the failed connect below says it
  try {
    await client.connect();
  } catch {
    return `Redis at ${redisAddress(url)} is unreachable: the shared cache was not emptied. Run this again once it is back, or the instances may show old pages for up to a day.`;
  }
  try {
    await client.set(keys.flushedAt, String(Date.now()));
    let deleted = 0;
    for await (const batch of client.scanIterator({ MATCH: `${keys.entries}*`, COUNT: 500 })) {
      if (batch.length > 0) deleted += await client.unlink(batch);
    }
    return `Shared cache emptied (${deleted} ${deleted === 1 ? "entry" : "entries"}).`;
  } finally {
    await client.close();
  }
}
