import { defineConfig, devices } from "@playwright/test";
import { chromiumFlags } from "./e2e/support/chromium";
import { e2eBaseUrl, e2eOutputDir, e2eServerEnv, e2eServerLogPath } from "./e2e/support/env";

/**
 * End-to-end tests drive Debian's Chromium against the production build (`next build` first).
 * The web server command resets the database to the demo state, adds the test staff accounts
 * and starts the site the way `npm start` does. The "staff sessions" project then signs each
 * staff account in once (e2e/sign-in.setup.ts) for the other projects' fixtures.
 */
const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: chromiumFlags,
};

export default defineConfig({
  testDir: "./e2e",
  outputDir: e2eOutputDir,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  // The JSON report feeds the summary line of `npm test` (scripts/test-all.ts).
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: e2eBaseUrl,
    trace: "retain-on-failure",
    launchOptions: chromiumLaunch,
  },
  projects: [
    {
      // Filters such as --grep do not apply to a dependency: its sign-ins always run first.
      name: "staff sessions",
      testMatch: /sign-in\.setup\.ts/,
      use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunch },
    },
    {
      name: "chromium",
      // e2e/instances/ starts servers of its own: playwright.instances.config.ts.
      testIgnore: [/no-js\.spec\.ts/, /instances\//],
      dependencies: ["staff sessions"],
      use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunch },
    },
    {
      name: "no-javascript",
      testMatch: /no-js\.spec\.ts/,
      dependencies: ["staff sessions"],
      use: { ...devices["Desktop Chrome"], javaScriptEnabled: false, launchOptions: chromiumLaunch },
    },
  ],
  webServer: {
    // The server's log goes to a file the log checks read (e2e/request-logs.spec.ts).
    command: `npx tsx scripts/reset.ts --yes && npx tsx e2e/support/create-staff.ts && npx tsx scripts/start.ts > "${e2eServerLogPath}" 2>&1`,
    url: `${e2eBaseUrl}/api/health/ready`,
    env: e2eServerEnv,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
