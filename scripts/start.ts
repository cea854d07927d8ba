/**
 * `npm start`: checks the configuration and the database, applies migrations, makes sure a
 * first admin exists, then serves the built site with `next start` on PORT (default 3000).
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { loadEnv } from "@/server/env";
import { resolveAuthSecret } from "@/server/auth-secret";
import { parseDatabaseUrl } from "@/db/connection";
import { runCommand } from "./cli";

let childEnv: NodeJS.ProcessEnv = process.env;

await runCommand("start", async () => {
  const env = loadEnv();
  const authSecret = resolveAuthSecret(env);
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
  childEnv = { ...process.env, AUTH_SECRET: authSecret, AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" };
});

const port = process.env.PORT || "3000";
const next = spawn(path.resolve("node_modules/.bin/next"), ["start", "--port", port], {
  env: childEnv,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
