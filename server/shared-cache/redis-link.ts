/**
 * The connection to the Redis that instances share their cache through (REDIS_URL). Commands
 * fail at once while Redis is away instead of queueing (each caller then falls back to its own
 * instance's cache), and the client keeps reconnecting in the background. The change of state
 * is logged once each way, never per request: one line when Redis goes away, one when it is back.
 */
import { createClient, RESP_TYPES } from "redis";
import type { Logger } from "pino";

export type RedisLink = ReturnType<typeof connectRedis>;

/** host:port of a Redis URL, for log lines: never its password. */
export function redisAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 6379}`;
  } catch {
    return "the configured address";
  }
}

export function connectRedis(url: string, logger: Logger, what: string) {
  const address = redisAddress(url);
  const options = {
    url,
    // Fail commands while the connection is down instead of holding them (and the request
    // that sent them) until Redis returns.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2000,
      // Retry quickly at first, then every two seconds, for as long as it takes.
      reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2000),
    },
  };
  const client = createClient(options);
  const subscriber = client.duplicate();
  // Cache entries are binary (server/shared-cache/entry-codec.ts): read them as Buffers.
  const binary = client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });

  let state: "connecting" | "up" | "down" = "connecting";
  const readyListeners: (() => void)[] = [];

  client.on("ready", () => {
    if (state === "down") logger.info({ redis: address }, `Redis is reachable again: ${what} is shared again`);
    else if (state === "connecting")
      logger.info({ redis: address }, `Redis connected: ${what} is shared between instances`);
    state = "up";
    for (const listener of readyListeners) listener();
  });
  // node-redis needs an error listener, or a lost connection ends the process; the error itself
  // repeats on every reconnection attempt, so only the first one is logged.
  client.on("error", (error: Error & { code?: string }) => {
    if (state === "down") return;
    state = "down";
    logger.warn(
      { redis: address, reason: error.code ?? error.message },
      `Redis is unreachable: each instance keeps ${what} to itself until it is back`,
    );
  });
  subscriber.on("error", () => {
    // Reported by the command connection above; the subscriber reconnects and resubscribes alone.
  });

  const connected = Promise.all([client.connect(), subscriber.connect()]).then(() => undefined);
  // A promise that never settles while Redis is away must not hold up the process's exit.
  connected.catch(() => undefined);

  return {
    client,
    binary,
    subscriber,
    /** True while commands can be sent. */
    get ready(): boolean {
      return client.isReady;
    },
    /** Resolves when connected, or after `ms`, whichever comes first. */
    waitUntilReady(ms: number): Promise<void> {
      return Promise.race([connected, new Promise<void>((resolve) => setTimeout(resolve, ms).unref())]);
    },
    /** Called each time the connection is (re-)established. */
    onReady(listener: () => void): void {
      readyListeners.push(listener);
      if (client.isReady) listener();
    },
    async close(): Promise<void> {
      await Promise.allSettled([client.close(), subscriber.close()]);
    },
  };
}
