/**
 * The bridge between Next's code (server actions, the scheduler's route), which Next bundles
 * apart from the HTTP server, and the reader cache that server holds: both run in one process
 * and meet on a global symbol, like the read counter does.
 */
const registry = Symbol.for("heraldo.responseCache");

type Purgeable = { purge(paths?: readonly string[]): void };

export function registerResponseCache(cache: Purgeable): void {
  (globalThis as Record<symbol, Purgeable | undefined>)[registry] = cache;
}

/**
 * After a change to published content: kept reader responses in this process are dropped, all
 * of them, or only those of the given paths when the change shows nowhere else.
 */
export function purgeReaderResponses(paths?: readonly string[]): void {
  (globalThis as Record<symbol, Purgeable | undefined>)[registry]?.purge(paths);
}
