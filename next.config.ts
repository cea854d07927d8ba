import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig = (phase: string): NextConfig => ({
  // Where the build lives; `.next` unless NEXT_DIST_DIR says otherwise. `npm test` runs its two
  // end-to-end servers side by side, and each needs a build directory of its own: Next keeps
  // rendered pages on disk there (server/page-cache.ts), and one server must never answer with a
  // page rendered from the other's database.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Instances built separately (one build per machine) must carry the same build id to share
  // cached pages; BUILD_ID (the commit, say) gives them one. Unset, each build gets its own.
  generateBuildId: async () => process.env.BUILD_ID?.trim() || null,
  // With REDIS_URL, the served site shares its page and data cache with the other instances
  // (server/shared-cache/handler.ts). Only at run time: the build renders with Next's own.
  cacheHandler:
    phase === PHASE_PRODUCTION_SERVER && process.env.REDIS_URL
      ? path.resolve("server/shared-cache/handler.ts")
      : undefined,
  // server/http-server.ts compresses responses (it has to rewrite some bodies first).
  compress: false,
  // Native modules and packages that read their own files at run time (react-pdf's PDFKit loads
  // font metrics from disk) stay outside the server bundle.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "@libsql/client",
    "sharp",
    "pino",
    "pino-pretty",
    "@aws-sdk/client-s3",
    "@react-pdf/renderer",
  ],
  experimental: { globalNotFound: true },
  // `next build` typechecks the project the way `npm run typecheck` does. CI has just run that
  // and sets NEXT_BUILD_SKIP_TYPECHECK=1 so the build does not check the same code twice; every
  // other build still checks.
  typescript: { ignoreBuildErrors: process.env.NEXT_BUILD_SKIP_TYPECHECK === "1" },
  // Next's in-memory copy of rendered pages and cached data. The reader cache in front
  // (server/response-cache) holds what readers ask for most, so this one can stay small.
  cacheMaxMemorySize: 16 * 1024 * 1024,
  images: {
    localPatterns: [{ pathname: "/media/**" }],
    formats: ["image/avif", "image/webp"],
    // Few widths: each one is another entry in every image's srcset on every page.
    deviceSizes: [360, 640, 828, 1080, 1600],
    imageSizes: [96, 160, 240, 480],
    minimumCacheTTL: 31536000,
  },
  // Security headers (CSP, HSTS, Permissions-Policy, nosniff…) are set by the HTTP server for
  // every response, cache hits included: server/security-headers.ts.
});

const config = (phase: string) => withNextIntl(nextConfig(phase));

export default config;
