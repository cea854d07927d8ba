/**
 * Configuration: every environment variable the app reads, checked, typed and given its default
 * here and nowhere else. A bad value stops the process with one clear line naming the variable,
 * never a stack trace. Secrets are never echoed back.
 */
import { z } from "zod";
import { defaultSqliteUrl, parseDatabaseUrl } from "@/db/connection";
import { isTimeZone } from "@/lib/workflow/site-time";

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
type LogLevel = (typeof logLevels)[number];

/** A whole number (or, with `fraction`, a decimal) within bounds; `fallback` when unset. */
function numberVariable(fallback: number, check: (n: number) => boolean, message: string, fraction = false) {
  const pattern = fraction ? /^\d+(\.\d+)?$/ : /^\d+$/;
  return optionalString
    .refine((v) => v === undefined || (pattern.test(v) && check(Number(v))), message)
    .transform((v) => (v === undefined ? fallback : Number(v)));
}

/**
 * Every variable the app reads, with its check and its default: the README's configuration
 * table in code. Each value comes out typed (numbers as numbers) with its default applied.
 */
const variables = {
  DATABASE_URL: optionalString
    .superRefine((value, ctx) => {
      try {
        parseDatabaseUrl(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
      }
    })
    .transform((v) => v ?? defaultSqliteUrl),
  DATABASE_AUTH_TOKEN: optionalString,
  DATABASE_POOL_SIZE: numberVariable(10, (n) => n >= 1, "DATABASE_POOL_SIZE must be a whole number of at least 1"),
  AUTH_SECRET: optionalString.refine(
    (v) => v === undefined || v.length >= 32,
    "AUTH_SECRET must be at least 32 characters",
  ),
  PORT: numberVariable(3000, (n) => n > 0 && n < 65536, "PORT must be a number from 1 to 65535"),
  SITE_NAME: optionalString
    .refine((v) => v === undefined || v.length <= 80, "SITE_NAME must be at most 80 characters")
    .transform((v) => v ?? "Heraldo"),
  /** Unset means "this server's own address" (see configuredSiteDefaults in db/queries/site/settings.ts). */
  SITE_URL: optionalString.refine(
    (v) => v === undefined || /^https?:\/\/[^\s/]+/.test(v),
    "SITE_URL must be an absolute http(s) URL",
  ),
  ADMIN_EMAIL: optionalString
    .refine((v) => v === undefined || z.email().safeParse(v).success, "ADMIN_EMAIL must be an email address")
    .transform((v) => v ?? "admin@heraldo.local"),
  ADMIN_PASSWORD: optionalString.refine(
    (v) => v === undefined || v.length >= 10,
    "ADMIN_PASSWORD must be at least 10 characters",
  ),
  /**
   * Redis that several instances share their page and data cache through (redis:// or
   * rediss://); unset, each instance caches on its own.
   */
  REDIS_URL: optionalString.refine(
    (v) => v === undefined || /^rediss?:\/\/[^\s]+$/.test(v),
    "REDIS_URL must be a redis:// or rediss:// address",
  ),
  /** Starts every key Heraldo writes to Redis, so several sites can share one server. */
  REDIS_KEY_PREFIX: optionalString
    .refine(
      (v) => v === undefined || /^[A-Za-z0-9._-]{1,64}$/.test(v),
      "REDIS_KEY_PREFIX must be 1 to 64 letters, digits, dots, hyphens or underscores",
    )
    .transform((v) => v ?? "heraldo"),
  MEDIA_DIR: optionalString.transform((v) => v ?? "./data/media"),
  /** `local` (files under MEDIA_DIR) or `s3` (an S3-compatible bucket, the S3_ variables). */
  MEDIA_STORAGE: z.enum(["local", "s3"]).optional().default("local"),
  S3_BUCKET: optionalString.refine(
    (v) => v === undefined || /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(v),
    "S3_BUCKET must be a bucket name (3 to 63 lower-case letters, digits, dots and hyphens)",
  ),
  S3_REGION: optionalString.transform((v) => v ?? "us-east-1"),
  S3_ENDPOINT: optionalString.refine(
    (v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v),
    "S3_ENDPOINT must be an http:// or https:// address",
  ),
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  /** Addresses as endpoint/bucket/key rather than bucket.endpoint/key (most self-hosted stores). */
  S3_FORCE_PATH_STYLE: z.enum(["0", "1"]).optional().default("0"),
  S3_PREFIX: optionalString.refine(
    (v) => v === undefined || /^[a-z0-9][a-z0-9._/-]*$/i.test(v),
    "S3_PREFIX must be a key prefix of letters, digits, dots, hyphens and slashes",
  ),
  MEDIA_MAX_UPLOAD_MB: numberVariable(
    15,
    (n) => n > 0 && n <= 200,
    "MEDIA_MAX_UPLOAD_MB must be a number of megabytes from 0.1 to 200",
    true,
  ),
  IMPORT_DIR: optionalString
    .refine((v) => v === undefined || !/[\0\n\r]/.test(v), "IMPORT_DIR must be a directory path on one line")
    .transform((v) => v ?? "./data/imports"),
  PDF_CACHE_DIR: optionalString
    .refine((v) => v === undefined || !/[\0\n\r]/.test(v), "PDF_CACHE_DIR must be a directory path on one line")
    .transform((v) => v ?? "./data/pdf-cache"),
  SCHEDULER_INTERVAL_SECONDS: numberVariable(
    30,
    (n) => n >= 1 && n <= 86_400,
    "SCHEDULER_INTERVAL_SECONDS must be a whole number of seconds from 1 to 86400",
  ),
  SITE_TIME_ZONE: optionalString
    .refine((v) => v === undefined || isTimeZone(v), "SITE_TIME_ZONE must be an IANA time zone such as Europe/Madrid")
    .transform((v) => v ?? "Europe/Madrid"),
  TRUST_PROXY: optionalString
    .refine(
      (v) => v === undefined || /^(?:[0-9]|10)$/.test(v),
      "TRUST_PROXY must be the number of reverse proxies in front of the server, from 0 to 10",
    )
    .transform((v) => Number(v ?? 0)),
  READ_COUNT_FLUSH_MS: numberVariable(
    10_000,
    (n) => n >= 100 && n <= 3_600_000,
    "READ_COUNT_FLUSH_MS must be a number of milliseconds from 100 to 3600000",
  ),
  PAGE_CACHE_MB: numberVariable(
    64,
    (n) => n <= 4096,
    "PAGE_CACHE_MB must be a whole number of megabytes from 0 (off) to 4096",
  ),
  PAGE_CACHE_TTL_MS: numberVariable(
    500,
    (n) => n >= 50 && n <= 60_000,
    "PAGE_CACHE_TTL_MS must be a number of milliseconds from 50 to 60000",
  ),
  LOG_LEVEL: optionalString
    .refine(
      (v) => v === undefined || (logLevels as readonly string[]).includes(v),
      `LOG_LEVEL must be one of ${logLevels.join(", ")}`,
    )
    .transform((v) => (v ?? "info") as LogLevel),
  /** `json` (one JSON object per line, for log collectors) or `pretty` (for a person at a terminal). */
  LOG_FORMAT: z.enum(["json", "pretty"]).optional().default("json"),
  /** Set by Next and Node tooling, not by people: "production", "development" or "test". */
  NODE_ENV: optionalString,
  /** The build directory, as next.config.ts reads it (`npm test` serves a copy of the build). */
  NEXT_DIST_DIR: optionalString.transform((v) => v ?? ".next"),
};

type VariableName = keyof typeof variables;
export type Env = { readonly [K in VariableName]: z.output<(typeof variables)[K]> };

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** One line naming the variable; the value itself is never echoed (it may be a secret). */
function configError(error: z.ZodError, variable?: string): ConfigError {
  const issue = error.issues[0];
  const name = variable ?? String(issue?.path[0] ?? "configuration");
  const message = issue?.message ?? "invalid";
  return new ConfigError(message.includes(name) ? message : `${name}: ${message}`);
}

const envSchema = z.object(variables);

/** Checks every variable at once (at start, and in scripts): the first bad one throws a ConfigError. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) throw configError(result.error);
  if (result.data.MEDIA_STORAGE === "s3" && !result.data.S3_BUCKET) {
    throw new ConfigError("MEDIA_STORAGE=s3 needs S3_BUCKET, the bucket that holds the media");
  }
  return result.data;
}

/** The last value read of each variable and what it parsed to. */
const parsed = new Map<VariableName, { raw: string | undefined; value: unknown }>();

function read<K extends VariableName>(name: K): Env[K] {
  const raw = process.env[name];
  const known = parsed.get(name);
  if (known && known.raw === raw) return known.value as Env[K];
  const result = variables[name].safeParse(raw);
  if (!result.success) throw configError(result.error, name);
  parsed.set(name, { raw, value: result.data });
  return result.data as Env[K];
}

/**
 * The configuration, typed, with defaults applied: the one place the app reads the process
 * environment. Each variable is read when it is used (a value set by the start script, such as
 * a generated AUTH_SECRET, is seen), parsed once per value, and a bad value throws the same
 * one-line ConfigError as at start.
 */
export const env: Env = Object.defineProperties(
  {} as Env,
  Object.fromEntries(
    (Object.keys(variables) as VariableName[]).map((name) => [name, { enumerable: true, get: () => read(name) }]),
  ),
);
