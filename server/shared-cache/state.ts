/**
 * One shared-cache connection per process, started by the server at start-up (so a Redis that is
 * away is reported then, in one line) and used by Next's cache handler (handler.ts), which Next
 * loads on its own. Both reach it through globalThis.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/server/env";
import { logger } from "@/server/logger";
import { purgeReaderResponses } from "@/server/response-cache/purge";
import { connectRedis, type RedisLink } from "./redis-link";
import { entryNamespace, sharedCacheKeys, type SharedCacheKeys } from "./keys";
import { SharedTagClock } from "./tag-clock";

export type SharedCache = {
  link: RedisLink;
  clock: SharedTagClock;
  keys: SharedCacheKeys;
  /** Where this build and configuration keep their entries (keys.ts). */
  namespace: string;
};

const stateKey = Symbol.for("heraldo.sharedCache");
const holder = globalThis as typeof globalThis & { [stateKey]?: SharedCache | null };

function buildId(): string {
  try {
    return readFileSync(path.join(env.NEXT_DIST_DIR, "BUILD_ID"), "utf8").trim();
  } catch {
    return "unbuilt";
  }
}

function startSharedCache(url: string): SharedCache {
  const keys = sharedCacheKeys(env.REDIS_KEY_PREFIX);
  const link = connectRedis(url, logger, "the page and data cache");
  const clock = new SharedTagClock(
    link,
    keys,
    {
      // Pages kept by this process's reader cache may show what just expired elsewhere.
      onRemoteExpiry: (tags) => {
        purgeReaderResponses();
        logger.debug({ tags }, "Shared cache: tags expired on another instance");
      },
      onFlush: () => purgeReaderResponses(),
    },
    logger,
  );
  clock.start();
  const namespace = entryNamespace({
    buildId: buildId(),
    configuration: [env.SITE_URL, env.SITE_NAME, env.SITE_TIME_ZONE, env.DATABASE_URL],
  });
  return { link, clock, keys, namespace };
}

/** The process's shared cache, started on first use; null without REDIS_URL. */
export function sharedCache(): SharedCache | null {
  if (holder[stateKey] === undefined) {
    holder[stateKey] = env.REDIS_URL ? startSharedCache(env.REDIS_URL) : null;
  }
  return holder[stateKey];
}
