/** One place for the end-to-end run's settings, shared by the config, fixtures and scripts. */
import path from "node:path";

export const e2ePort = Number(process.env.E2E_PORT || 3210);
export const e2eBaseUrl = `http://localhost:${e2ePort}`;
export const e2eDatabaseUrl = process.env.E2E_DATABASE_URL || "file:./data/e2e.db";

export const staffPassword = "e2e-staff-password-1";
export const staffAccounts = {
  admin: { email: "admin@e2e.test", name: "Ada Admin" },
  editor: { email: "editor@e2e.test", name: "Eddie Editor" },
  writer: { email: "writer@e2e.test", name: "Wanda Writer" },
  writer2: { email: "writer2@e2e.test", name: "Walter Writer" },
} as const;
export type StaffAccount = keyof typeof staffAccounts;

/**
 * The run's name, for the folders it writes to. `npm test` runs the SQLite and the PostgreSQL
 * suites side by side, each against a server and database of its own (scripts/test-all.ts); a
 * name of their own keeps their uploads, PDF caches, sessions and reports apart as well.
 */
export const e2eRunName = process.env.E2E_NAME || "e2e";

/** Playwright's output folder at the repository root; emptied at the start of every run. */
export const e2eOutputDir = path.join(
  import.meta.dirname,
  "..",
  "..",
  "test-results",
  ...(e2eRunName === "e2e" ? [] : [e2eRunName]),
);

/** Everything the run's main server writes (its structured log), for the log checks. */
export const e2eServerLogPath = path.join(import.meta.dirname, "..", "..", "data", `${e2eRunName}-server.log`);

/** Where the setup project saves each role's signed-in browser state (cookies) for the run. */
export function staffStatePath(account: StaffAccount): string {
  return path.join(e2eOutputDir, ".auth", `${account}.json`);
}

/** The server's SITE_TIME_ZONE: every time staff and readers see is in it, whatever the browser's. */
export const e2eSiteTimeZone = "Europe/Madrid";

export const e2eServerEnv: Record<string, string> = {
  SITE_TIME_ZONE: e2eSiteTimeZone,
  DATABASE_URL: e2eDatabaseUrl,
  PORT: String(e2ePort),
  SITE_URL: e2eBaseUrl,
  ADMIN_EMAIL: staffAccounts.admin.email,
  ADMIN_PASSWORD: staffPassword,
  AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnop",
  MEDIA_DIR: `./data/${e2eRunName}-media`,
  // Small, so the media specs can send an oversize file quickly.
  MEDIA_MAX_UPLOAD_MB: "2",
  PDF_CACHE_DIR: `./data/${e2eRunName}-pdf-cache`,
  NEXT_TELEMETRY_DISABLED: "1",
  // Scheduled publications are checked every 2 s, so a test scheduling a few seconds ahead
  // sees the article go live without waiting half a minute.
  SCHEDULER_INTERVAL_SECONDS: "2",
  // Read counts are written in batches; a short interval keeps the dashboard test quick.
  READ_COUNT_FLUSH_MS: "500",
  // Tests stand in for a proxy: a reader context sends X-Forwarded-For to get an address of its
  // own (a reader counts once per article and day). Requests without the header are unchanged.
  TRUST_PROXY: "1",
};

/** A second server on the same database, reached without a proxy (TRUST_PROXY=0). */
export const e2eDirectPort = Number(process.env.E2E_DIRECT_PORT || e2ePort + 1);
