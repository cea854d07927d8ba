/**
 * Configuration, validated once. A bad value stops the process with one clear line naming the
 * variable, never a stack trace. Secrets are never echoed back.
 */
import { z } from "zod";
import { parseDatabaseUrl } from "@/db/connection";
import { isTimeZone } from "@/lib/workflow/site-time";

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

const envSchema = z.object({
  DATABASE_URL: optionalString.superRefine((value, ctx) => {
    try {
      parseDatabaseUrl(value);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: (error as Error).message });
    }
  }),
  AUTH_SECRET: optionalString.refine(
    (v) => v === undefined || v.length >= 32,
    "AUTH_SECRET must be at least 32 characters",
  ),
  PORT: optionalString.refine(
    (v) => v === undefined || (/^\d+$/.test(v) && Number(v) > 0 && Number(v) < 65536),
    "PORT must be a number from 1 to 65535",
  ),
  SITE_NAME: optionalString.refine((v) => v === undefined || v.length <= 80, "SITE_NAME must be at most 80 characters"),
  SITE_URL: optionalString.refine(
    (v) => v === undefined || /^https?:\/\/[^\s/]+/.test(v),
    "SITE_URL must be an absolute http(s) URL",
  ),
  ADMIN_EMAIL: optionalString.refine(
    (v) => v === undefined || z.email().safeParse(v).success,
    "ADMIN_EMAIL must be an email address",
  ),
  ADMIN_PASSWORD: optionalString.refine(
    (v) => v === undefined || v.length >= 10,
    "ADMIN_PASSWORD must be at least 10 characters",
  ),
  MEDIA_DIR: optionalString,
  MEDIA_MAX_UPLOAD_MB: optionalString.refine(
    (v) => v === undefined || (/^\d+(\.\d+)?$/.test(v) && Number(v) > 0 && Number(v) <= 200),
    "MEDIA_MAX_UPLOAD_MB must be a number of megabytes from 0.1 to 200",
  ),
  PDF_CACHE_DIR: optionalString.refine(
    (v) => v === undefined || !/[\0\n\r]/.test(v),
    "PDF_CACHE_DIR must be a directory path on one line",
  ),
  DATABASE_POOL_SIZE: optionalString.refine(
    (v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= 1),
    "DATABASE_POOL_SIZE must be a whole number of at least 1",
  ),
  SCHEDULER_INTERVAL_SECONDS: optionalString.refine(
    (v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 86_400),
    "SCHEDULER_INTERVAL_SECONDS must be a whole number of seconds from 1 to 86400",
  ),
  SITE_TIME_ZONE: optionalString.refine(
    (v) => v === undefined || isTimeZone(v),
    "SITE_TIME_ZONE must be an IANA time zone such as Europe/Madrid",
  ),
  TRUST_PROXY: optionalString.refine(
    (v) => v === undefined || /^(?:[0-9]|10)$/.test(v),
    "TRUST_PROXY must be the number of reverse proxies in front of the server, from 0 to 10",
  ),
  READ_COUNT_FLUSH_MS: optionalString.refine(
    (v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= 100 && Number(v) <= 3_600_000),
    "READ_COUNT_FLUSH_MS must be a number of milliseconds from 100 to 3600000",
  ),
  PAGE_CACHE_MB: optionalString.refine(
    (v) => v === undefined || (/^\d+$/.test(v) && Number(v) <= 4096),
    "PAGE_CACHE_MB must be a whole number of megabytes from 0 (off) to 4096",
  ),
  PAGE_CACHE_TTL_MS: optionalString.refine(
    (v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= 50 && Number(v) <= 60_000),
    "PAGE_CACHE_TTL_MS must be a number of milliseconds from 50 to 60000",
  ),
  LOG_LEVEL: optionalString.refine(
    (v) => v === undefined || logLevels.includes(v),
    `LOG_LEVEL must be one of ${logLevels.join(", ")}`,
  ),
});

export type AppEnv = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

export function loadEnv(source: NodeJS.ProcessEnv = process.env): AppEnv {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    const variable = String(issue?.path[0] ?? "configuration");
    const message = issue?.message ?? "invalid";
    throw new ConfigError(message.includes(variable) ? message : `${variable}: ${message}`);
  }
  return result.data;
}
