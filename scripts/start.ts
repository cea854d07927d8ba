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
