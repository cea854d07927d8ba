/**
 * The key that signs staff sessions. Production (PostgreSQL) must set AUTH_SECRET; the local
 * SQLite quick start may generate one and keep it under ./data so sessions survive restarts.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseDatabaseUrl } from "@/db/connection";
import { ConfigError, type Env } from "./env";

const secretFile = path.resolve("./data/auth-secret");

export function resolveAuthSecret(env: Pick<Env, "AUTH_SECRET" | "DATABASE_URL">): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (parseDatabaseUrl(env.DATABASE_URL).dialect !== "sqlite") {
    throw new ConfigError(
      "AUTH_SECRET is required when DATABASE_URL points to PostgreSQL (generate one with: openssl rand -base64 33)",
    );
  }
  if (existsSync(secretFile)) return readFileSync(secretFile, "utf8").trim();
  mkdirSync(path.dirname(secretFile), { recursive: true });
  const secret = randomBytes(33).toString("base64url");
  writeFileSync(secretFile, secret, { mode: 0o600 });
  return secret;
}
