/**
 * `npm start`: checks the configuration and the database, applies migrations, makes sure a
 * first admin exists, then serves the built site on PORT (default 3000); see server/http-server.ts.
 */
import { env, loadEnv } from "@/server/env";
import { resolveAuthSecret } from "@/server/auth-secret";
import { parseDatabaseUrl } from "@/db/connection";
import { clearPageCache } from "@/server/page-cache";
import { runCommand } from "./cli";

await runCommand("start", async () => {
  // Every variable at once: a bad one stops the start here, with one line.
  loadEnv();
  // next-auth reads these from the environment of this process, which also serves the site.
  process.env.AUTH_SECRET = resolveAuthSecret(env);
  process.env.AUTH_TRUST_HOST = "true";
  const { migrateDatabase, pingDatabase, withStartupLock } = await import("@/db/maintenance");
  if (!(await pingDatabase())) {
    const { dialect } = parseDatabaseUrl(env.DATABASE_URL);
    throw new Error(
      `cannot reach the ${dialect === "sqlite" ? "SQLite" : "PostgreSQL"} database named by DATABASE_URL`,
    );
  }
  const { ensureFirstAdmin } = await import("@/server/bootstrap");
  // Instances that start together take turns: one migrates and creates the first admin, the
  // others then find nothing left to do.
  await withStartupLock(async () => {
    await migrateDatabase();
    await ensureFirstAdmin();
  });
  await clearPageCache();
});

// With REDIS_URL, the shared cache connects now, so a Redis that is away is reported at start
// (one line) rather than at the first request; the site starts either way.
if (env.REDIS_URL) {
  const { sharedCache } = await import("@/server/shared-cache/state");
  await sharedCache()?.link.waitUntilReady(2000);
}

// Loaded after the configuration check: its modules read the configuration as they load.
const { serveSite } = await import("@/server/http-server");
await serveSite({
  port: env.PORT,
  trustedProxyHops: env.TRUST_PROXY,
  readerCache: {
    maxBytes: env.PAGE_CACHE_MB * 1024 * 1024,
    freshMs: env.PAGE_CACHE_TTL_MS,
    // Past its validity a page is still answered while it renders again, for this long.
    staleMs: 30_000,
  },
  schedulerIntervalSeconds: env.SCHEDULER_INTERVAL_SECONDS,
});
