/**
 * Serves the build the way `npm start` does, without its start-up work (migrations, first
 * admin, clearing the page cache), which belongs to the run's main server: e2e/support/
 * direct-server.ts runs it next to that one, on the same database, with other settings.
 */
import { serveSite } from "@/server/http-server";

await serveSite({
  port: Number(process.env.PORT),
  trustedProxyHops: Number(process.env.TRUST_PROXY ?? 0),
  readerCache: { maxBytes: 8 * 1024 * 1024, freshMs: 500, staleMs: 30_000 },
});
