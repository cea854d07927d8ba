import { defineConfig, devices } from "@playwright/test";
import { chromiumFlags } from "./e2e/support/chromium";

/**
 * The two-instance test (e2e/instances/): two production servers on one PostgreSQL database,
 * one Redis and one S3-compatible store, which the test starts itself (e2e/instances/cluster.ts)
 * so it can stop Redis, the store or an instance in the middle. Needs `next build` first.
 */
export default defineConfig({
  testDir: "./e2e/instances",
  outputDir: "test-results/instances",
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  timeout: 60_000,
  expect: { timeout: 7_000 },
  use: {
    trace: "retain-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumFlags },
  },
  projects: [{ name: "two instances", use: { ...devices["Desktop Chrome"] } }],
});
