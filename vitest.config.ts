import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Data-layer tests. The dialect comes from DATABASE_URL, which scripts/test-all.ts sets for
 * each run (SQLite file, the PostgreSQL server, or in-process PGlite).
 */
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // The real package throws outside React Server Components; tests run plain Node.
      "server-only": path.resolve(import.meta.dirname, "test/server-only-stub.ts"),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**"],
    environment: "node",
    // One database per run: test files take turns.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: {
      DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/test-unit.db",
      // Never MEDIA_DIR from the shell (a real media folder). `npm test` gives each of its
      // side-by-side legs a folder of its own; the name always ends in test-media, which the
      // seed test checks before it clears anything.
      MEDIA_DIR: process.env.TEST_MEDIA_DIR?.endsWith("/test-media") ? process.env.TEST_MEDIA_DIR : "./data/test-media",
    },
  },
});
