import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigError, env as configured, loadEnv } from "./env";

/** An explicit environment for loadEnv; only the `env` tests below touch process.env (stubbed). */
function env(vars: Record<string, string>): NodeJS.ProcessEnv {
  return { NODE_ENV: "test", ...vars };
}

const goodSecret = "s".repeat(32);

/** The ConfigError loadEnv throws for `vars`, failing the test when it throws nothing. */
function configErrorFor(vars: Record<string, string>): ConfigError {
  try {
    loadEnv(env(vars));
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error("expected loadEnv to refuse the configuration");
}

describe("loadEnv", () => {
  it("accepts a complete valid configuration and trims the values", () => {
    const loaded = loadEnv(
      env({
        DATABASE_URL: " postgres://heraldo@db.internal:5432/heraldo ",
        AUTH_SECRET: goodSecret,
        PORT: "3000",
        SITE_URL: "https://noticias.example.org",
        ADMIN_EMAIL: "admin@example.org",
        ADMIN_PASSWORD: "a-long-password",
        MEDIA_DIR: "/var/lib/heraldo/media",
        DATABASE_POOL_SIZE: "20",
        LOG_LEVEL: "warn",
      }),
    );

    expect(loaded).toMatchObject({
      DATABASE_URL: "postgres://heraldo@db.internal:5432/heraldo",
      AUTH_SECRET: goodSecret,
      PORT: 3000,
      SITE_URL: "https://noticias.example.org",
      DATABASE_POOL_SIZE: 20,
      LOG_LEVEL: "warn",
    });
  });

  it("accepts an empty configuration, giving every value its default", () => {
    const loaded = loadEnv(env({}));

    expect(loaded.AUTH_SECRET).toBeUndefined();
    expect(loaded.SITE_URL).toBeUndefined();
    expect(loaded).toMatchObject({
      DATABASE_URL: "file:./data/heraldo.db",
      PORT: 3000,
      SITE_NAME: "Heraldo",
      SITE_TIME_ZONE: "Europe/Madrid",
      SCHEDULER_INTERVAL_SECONDS: 30,
      ADMIN_EMAIL: "admin@heraldo.local",
      MEDIA_DIR: "./data/media",
      MEDIA_MAX_UPLOAD_MB: 15,
      PDF_CACHE_DIR: "./data/pdf-cache",
      IMPORT_DIR: "./data/imports",
      DATABASE_POOL_SIZE: 10,
      TRUST_PROXY: 0,
      READ_COUNT_FLUSH_MS: 10_000,
      PAGE_CACHE_MB: 64,
      PAGE_CACHE_TTL_MS: 500,
      LOG_LEVEL: "info",
      LOG_FORMAT: "json",
    });
  });

  it("reads blank values as unset", () => {
    const loaded = loadEnv(env({ DATABASE_URL: "  ", AUTH_SECRET: "", PORT: "" }));

    expect(loaded.AUTH_SECRET).toBeUndefined();
    expect(loaded).toMatchObject({ DATABASE_URL: "file:./data/heraldo.db", PORT: 3000 });
  });

  it.each(["file:./data/x.db", "libsql://db.example.org", "postgresql://u@localhost/db", "pglite:memory://"])(
    "accepts the database URL %j",
    (DATABASE_URL) => {
      expect(loadEnv(env({ DATABASE_URL })).DATABASE_URL).toBe(DATABASE_URL);
    },
  );

  it("refuses an unsupported database URL with one line naming DATABASE_URL", () => {
    const error = configErrorFor({ DATABASE_URL: "mysql://x" });

    expect(error.message).toContain("DATABASE_URL");
    expect(error.message).not.toContain("\n");
    expect(error.stack ?? "").toContain("ConfigError");
  });

  it("refuses a postgres URL without a host, without echoing the URL and its password", () => {
    const error = configErrorFor({ DATABASE_URL: "postgres://user:hunter2@/db" });

    expect(error.message).toContain("DATABASE_URL");
    expect(error.message).not.toContain("hunter2");
  });

  it("refuses a short AUTH_SECRET without echoing it", () => {
    const error = configErrorFor({ AUTH_SECRET: "too-short-secret" });

    expect(error.message).toBe("AUTH_SECRET must be at least 32 characters");
    expect(error.message).not.toContain("too-short-secret");
  });

  it.each([
    ["PORT", "0"],
    ["PORT", "65536"],
    ["PORT", "http"],
    ["SITE_URL", "noticias.example.org"],
    ["ADMIN_EMAIL", "not-an-email"],
    ["ADMIN_PASSWORD", "short"],
    ["DATABASE_POOL_SIZE", "ten"],
    ["LOG_LEVEL", "verbose"],
    ["LOG_FORMAT", "xml"],
  ])("refuses %s=%j with a one-line message naming it", (name, value) => {
    const error = configErrorFor({ AUTH_SECRET: goodSecret, [name]: value });

    expect(error.message).toContain(name);
    expect(error.message).not.toContain("\n");
  });

  it("refuses S3 media without a bucket, and takes it with one", () => {
    expect(() => loadEnv(env({ MEDIA_STORAGE: "s3" }))).toThrow("MEDIA_STORAGE=s3 needs S3_BUCKET");
    expect(loadEnv(env({ MEDIA_STORAGE: "s3", S3_BUCKET: "heraldo-media" }))).toMatchObject({
      MEDIA_STORAGE: "s3",
      S3_BUCKET: "heraldo-media",
      S3_REGION: "us-east-1",
    });
    expect(() => loadEnv(env({ S3_BUCKET: "Not A Bucket" }))).toThrow(/S3_BUCKET/);
  });

  it("refuses a database pool of zero connections", () => {
    expect(() => loadEnv(env({ DATABASE_POOL_SIZE: "0" }))).toThrow(/DATABASE_POOL_SIZE/);
  });

  it("accepts a PDF cache directory and refuses one split over lines", () => {
    expect(loadEnv(env({ PDF_CACHE_DIR: "/var/cache/heraldo/pdf" })).PDF_CACHE_DIR).toBe("/var/cache/heraldo/pdf");
    expect(() => loadEnv(env({ PDF_CACHE_DIR: "/var/cache\n/pdf" }))).toThrow(/PDF_CACHE_DIR/);
    expect(loadEnv(env({ IMPORT_DIR: "/srv/imports" })).IMPORT_DIR).toBe("/srv/imports");
    expect(() => loadEnv(env({ IMPORT_DIR: "/srv\n/imports" }))).toThrow(/IMPORT_DIR/);
  });

  it("treats a blank LOG_LEVEL as unset and refuses an unknown one", () => {
    expect(loadEnv(env({ LOG_LEVEL: "" })).LOG_LEVEL).toBe("info");
    expect(() => loadEnv(env({ LOG_LEVEL: "loud" }))).toThrow(/LOG_LEVEL/);
  });

  it("accepts a scheduler interval in whole seconds and refuses zero, fractions and words", () => {
    expect(loadEnv(env({ SCHEDULER_INTERVAL_SECONDS: "5" })).SCHEDULER_INTERVAL_SECONDS).toBe(5);
    for (const bad of ["0", "1.5", "soon", "-3", "86401"]) {
      expect(configErrorFor({ SCHEDULER_INTERVAL_SECONDS: bad }).message).toMatch(/^SCHEDULER_INTERVAL_SECONDS /);
    }
  });

  it("accepts a real time zone and refuses a made-up one", () => {
    expect(loadEnv(env({ SITE_TIME_ZONE: "America/Mexico_City" })).SITE_TIME_ZONE).toBe("America/Mexico_City");
    expect(configErrorFor({ SITE_TIME_ZONE: "Europe/Atlantis" }).message).toMatch(/^SITE_TIME_ZONE /);
  });

  it("accepts a number of trusted proxies and refuses anything else", () => {
    expect(loadEnv(env({ TRUST_PROXY: "1" })).TRUST_PROXY).toBe(1);
    expect(loadEnv(env({})).TRUST_PROXY).toBe(0);
    expect(() => loadEnv(env({ TRUST_PROXY: "yes" }))).toThrow(/TRUST_PROXY/);
    expect(() => loadEnv(env({ TRUST_PROXY: "11" }))).toThrow(/TRUST_PROXY/);
  });
  it("accepts an upload limit in megabytes and refuses zero, words and huge values", () => {
    expect(loadEnv(env({ MEDIA_MAX_UPLOAD_MB: "25" })).MEDIA_MAX_UPLOAD_MB).toBe(25);
    for (const bad of ["0", "ten", "-3", "5000"]) {
      expect(configErrorFor({ MEDIA_MAX_UPLOAD_MB: bad }).message).toMatch(/^MEDIA_MAX_UPLOAD_MB must be/);
    }
  });
});

describe("reader cache settings", () => {
  it("accepts a size in megabytes, 0 to turn the cache off, and a validity in milliseconds", () => {
    expect(loadEnv(env({ PAGE_CACHE_MB: "0", PAGE_CACHE_TTL_MS: "500" }))).toMatchObject({
      PAGE_CACHE_MB: 0,
      PAGE_CACHE_TTL_MS: 500,
    });
  });

  it("refuses sizes and validities it cannot use, naming the variable", () => {
    expect(configErrorFor({ PAGE_CACHE_MB: "lots" }).message).toMatch(/^PAGE_CACHE_MB/);
    expect(configErrorFor({ PAGE_CACHE_MB: "-1" }).message).toMatch(/^PAGE_CACHE_MB/);
    expect(configErrorFor({ PAGE_CACHE_TTL_MS: "10" }).message).toMatch(/^PAGE_CACHE_TTL_MS/);
    expect(configErrorFor({ PAGE_CACHE_TTL_MS: "600000" }).message).toMatch(/^PAGE_CACHE_TTL_MS/);
  });
});

describe("env", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("reads each variable when used, typed and with its default", () => {
    vi.stubEnv("READ_COUNT_FLUSH_MS", "250");
    vi.stubEnv("SITE_NAME", "");

    expect(configured.READ_COUNT_FLUSH_MS).toBe(250);
    expect(configured.SITE_NAME).toBe("Heraldo");

    vi.stubEnv("READ_COUNT_FLUSH_MS", "500");
    expect(configured.READ_COUNT_FLUSH_MS).toBe(500);
  });

  it("refuses a bad value with the same one-line error as at start", () => {
    vi.stubEnv("TRUST_PROXY", "yes");

    expect(() => configured.TRUST_PROXY).toThrow(ConfigError);
    expect(() => configured.TRUST_PROXY).toThrow(/^TRUST_PROXY must be the number of reverse proxies/);
  });
});
