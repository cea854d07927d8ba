/**
 * `npm start`: checks the configuration and the database, applies migrations, makes sure a
 * first admin exists, then serves the built site on PORT (default 3000); see server/http-server.ts.
 */
import { loadEnv } from "@/server/env";
import { resolveAuthSecret } from "@/server/auth-secret";
import { parseDatabaseUrl } from "@/db/connection";
import { serveSite } from "@/server/http-server";
import { defaultSchedulerIntervalSeconds } from "@/server/scheduler-loop";
import { clearPageCache } from "@/server/page-cache";
import { runCommand } from "./cli";

/** Enough for a few hundred reader pages with their compressed copies. */
const defaultPageCacheMb = 64;
/** Short enough that a change made on another instance shows within a second. */
const defaultPageCacheTtlMs = 500;

let trustedProxyHops = 0;
let readerCache = { maxBytes: 0, freshMs: 0, staleMs: 0 };
await runCommand("start", async () => {
  const env = loadEnv();
  trustedProxyHops = Number(env.TRUST_PROXY ?? 0);
  readerCache = {
    maxBytes: Number(env.PAGE_CACHE_MB ?? defaultPageCacheMb) * 1024 * 1024,
    freshMs: Number(env.PAGE_CACHE_TTL_MS ?? defaultPageCacheTtlMs),
    // Past its validity a page is still answered while it renders again, for this long.
    staleMs: 30_000,
  };
  // next-auth reads these from the environment of this process, which also serves the site.
  process.env.AUTH_SECRET = resolveAuthSecret(env);
  process.env.AUTH_TRUST_HOST = "true";
  const { migrateDatabase, pingDatabase } = await import("@/db/maintenance");
  if (!(await pingDatabase())) {
    const { dialect } = parseDatabaseUrl(env.DATABASE_URL);
    throw new Error(
      `cannot reach the ${dialect === "sqlite" ? "SQLite" : "PostgreSQL"} database named by DATABASE_URL`,
    );
  }
  await migrateDatabase();
  const { ensureFirstAdmin } = await import("@/server/bootstrap");
  await ensureFirstAdmin();
  await clearPageCache();
});

await serveSite({
  port: Number(process.env.PORT || 3000),
  trustedProxyHops,
  readerCache,
  // Validated by loadEnv above: a whole number of seconds when set.
  schedulerIntervalSeconds: Number(process.env.SCHEDULER_INTERVAL_SECONDS || defaultSchedulerIntervalSeconds),
});
