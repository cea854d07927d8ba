/**
 * The bridge between Next's code (server actions, the scheduler's route), which Next bundles
 * apart from the HTTP server, and the reader cache that server holds: both run in one process
 * and meet on a global symbol, like the read counter does.
 */
const registry = Symbol.for("heraldo.responseCache");

type Purgeable = { purge(): void };

export function registerResponseCache(cache: Purgeable): void {
  (globalThis as Record<symbol, Purgeable | undefined>)[registry] = cache;
}

/** After a change to published content: kept reader responses in this process are dropped. */
export function purgeReaderResponses(): void {
  (globalThis as Record<symbol, Purgeable | undefined>)[registry]?.purge();
}
