/**
 * The HTTP server: Next's request handler, plus one repair. Next 16 answers a page's notFound()
 * with status 404 and an empty HTML shell that only JavaScript fills in, so readers without
 * JavaScript (and crawlers) would get a blank page. For those responses the body is replaced by
 * the language's not-found page, rendered by app/[locale]/page-not-found and served without
 * scripts: it needs none. Everything else passes through untouched, streaming as before.
 *
 * Compression happens here rather than in Next (`compress: false` in next.config.ts) so that it
 * wraps the repaired body too.
 *
 * Before anything else reads a request, forwarded headers from untrusted clients are dropped
 * (server/forwarded-headers.ts) and the security headers are set (server/security-headers.ts):
 * here, because this server sees every request, the reader cache's hits included.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import compression from "compression";
import next from "next";
import { clientAddressHeader, resolveClientAddress } from "@/lib/client-address";
import { isLocale, localeFromAcceptLanguage, type Locale } from "@/lib/locales";
import { prepareSchedulerToken, startScheduler } from "./scheduler-loop";
import { createMetrics } from "./metrics";
import { isReaderDocumentRequest, stripClientRuntimeFromResponse } from "./reader-document";
import { isHttpsRequest, trustForwardedHeaders } from "./forwarded-headers";
import { applySecurityHeaders } from "./security-headers";
import { fillHeader, ResponseCache } from "./response-cache/response-cache";
import { keepSingleValuedHeadersSingle } from "./single-value-headers";
import { registerResponseCache } from "./response-cache/purge";
import { logRequest } from "./request-log";
import { runInRequest } from "./request-context";
import { logger } from "./logger";
import { routeConsoleToLogger } from "./console-log";
import { shutDownGracefully } from "./shutdown";

const loopbackAddresses = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);
const notFoundPagePath = (locale: Locale) => `/${locale}/page-not-found`;
const internalHeader = "x-heraldo-internal";
const notFoundPagePattern = /^\/([a-z]{2})\/page-not-found\/?(\?|$)/;

function readerLocale(request: IncomingMessage): Locale {
  const first = (request.url ?? "/").split(/[/?#]/).filter(Boolean)[0];
  return isLocale(first) ? first : localeFromAcceptLanguage(request.headers["accept-language"]);
}

/** Only full-page GETs can carry the empty shell; client navigations get RSC data instead. */
function isDocumentRequest(request: IncomingMessage): boolean {
  return (request.method === "GET" || request.method === "HEAD") && !request.headers.rsc;
}

type PageSource = (locale: Locale) => Promise<string>;

/** Fetches the not-found markup from this server, scripts removed, remembered for a minute. */
function notFoundPages(origin: string): PageSource {
  const cache = new Map<Locale, { html: string; until: number }>();
  return async (locale) => {
    const hit = cache.get(locale);
    if (hit && hit.until > Date.now()) return hit.html;
    const response = await fetch(`${origin}${notFoundPagePath(locale)}`, { headers: { [internalHeader]: "1" } });
    const html = (await response.text())
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
      .replace(/<link\b[^>]*\bas="script"[^>]*>/gi, "");
    cache.set(locale, { html, until: Date.now() + 60_000 });
    return html;
  };
}

function repairEmptyNotFound(request: IncomingMessage, response: ServerResponse, pages: PageSource): void {
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  let mode: "undecided" | "pass" | "replace" = "undecided";
  const decide = () => {
    if (mode !== "undecided") return;
    const html = String(response.getHeader("content-type") ?? "").startsWith("text/html");
    mode = response.statusCode === 404 && html ? "replace" : "pass";
  };
  response.write = ((...args: unknown[]) => {
    decide();
    return mode === "pass" ? write(...args) : true;
  }) as ServerResponse["write"];
  response.end = ((...args: unknown[]) => {
    decide();
    if (mode === "pass") return end(...args);
    pages(readerLocale(request))
      .then((html) => {
        if (!response.headersSent) {
          response.setHeader("Content-Length", Buffer.byteLength(html));
          response.removeHeader("ETag");
        }
        end(request.method === "HEAD" ? undefined : html);
      })
      .catch(() => end());
    return response;
  }) as ServerResponse["end"];
}

const previewPathPattern = /^\/preview\//;

/**
 * Share-link previews are private and must never be indexed or kept by a cache, whatever Next
 * would send: the headers are fixed here, where nothing later can change them.
 */
function markPrivatePreview(response: ServerResponse): void {
  const fixed: Record<string, string> = { "cache-control": "private, no-store", "x-robots-tag": "noindex, nofollow" };
  for (const [name, value] of Object.entries(fixed)) response.setHeader(name, value);
  const setHeader = response.setHeader.bind(response);
  response.setHeader = ((name: string, value: number | string | readonly string[]) =>
    name.toLowerCase() in fixed ? response : setHeader(name, value)) as ServerResponse["setHeader"];
}

/**
 * `trustedProxyHops` comes from TRUST_PROXY (validated in server/env.ts): how many reverse
 * proxies append to X-Forwarded-For. Sign-in rate limits key on the address worked out here.
 */
export async function serveSite({
  port,
  hostname,
  trustedProxyHops = 0,
  schedulerIntervalSeconds,
  readerCache,
}: {
  port: number;
  hostname?: string;
  trustedProxyHops?: number;
  /** Runs the publication scheduler in this process every so many seconds (none when absent). */
  schedulerIntervalSeconds?: number;
  /** The in-memory reader cache (server/response-cache); off when absent or sized 0. */
  readerCache?: { maxBytes: number; freshMs: number; staleMs: number };
}): Promise<void> {
  // Next and the libraries it loads write to the console: their lines become log lines too, with
  // the request id of the request they were written for.
  routeConsoleToLogger(logger);
  if (schedulerIntervalSeconds) prepareSchedulerToken();
  // `next dev` (npm run dev) does not go through this server, so its policy's 'unsafe-eval' is
  // never needed here.
  const dev = false;
  const app = next({ dev, dir: process.cwd(), port, hostname });
  const handle = app.getRequestHandler();
  await app.prepare();
  const pages = notFoundPages(`http://127.0.0.1:${port}`);
  const compress = compression();
  const cache =
    readerCache && readerCache.maxBytes > 0
      ? // Fills are rendered through this server, whose reader responses are already stripped of
        // Next's client runtime (server/reader-document.ts): no transform of its own.
        new ResponseCache({ ...readerCache, origin: `http://127.0.0.1:${port}` })
      : null;
  if (cache) registerResponseCache(cache);
  const metrics = createMetrics(() => ({ pageCache: cache?.stats() ?? null }));
  const server = createServer((request, response) => {
    keepSingleValuedHeadersSingle(response);
    trustForwardedHeaders(request.headers, trustedProxyHops);
    request.headers[clientAddressHeader] = resolveClientAddress(
      request.socket.remoteAddress,
      request.headers["x-forwarded-for"],
      trustedProxyHops,
    );
    const loopback = loopbackAddresses.has(request.socket.remoteAddress ?? "");
    const own =
      loopback && (request.headers[fillHeader] !== undefined || request.headers[internalHeader] !== undefined);
    const requestId = logRequest(request, response, { trustedProxyHops, own });
    runInRequest({ requestId }, () => {
      if (metrics(request, response)) return;
      applySecurityHeaders(request, response, { https: isHttpsRequest(request), dev });
      // The not-found page fetched for this server's own use is never a reader's answer.
      if (request.headers[internalHeader] !== undefined) return serveThroughNext(request, response);
      if (cache?.handle(request, response, () => serveThroughNext(request, response))) return;
      serveThroughNext(request, response);
    });
  });
  const serveThroughNext = (request: IncomingMessage, response: ServerResponse) => {
    // The not-found page's own address is for this server only; readers get a real 404 there.
    const direct = notFoundPagePattern.exec(request.url ?? "");
    if (direct && request.headers[internalHeader] !== "1") request.url = `/${direct[1]}/--not-found--`;
    delete request.headers[internalHeader];
    const preview = previewPathPattern.test(request.url ?? "");
    if (preview) markPrivatePreview(response);
    compress(request, response, () => {
      // A preview's own not-found page says the link is no longer valid: keep it.
      if (isReaderDocumentRequest(request)) stripClientRuntimeFromResponse(response);
      if (isDocumentRequest(request) && !preview) repairEmptyNotFound(request, response, pages);
      void handle(request, response);
    });
  };
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  logger.info({ port }, `Heraldo is serving on http://${hostname ?? "localhost"}:${port}`);
  const stopScheduler = schedulerIntervalSeconds
    ? startScheduler({ origin: `http://127.0.0.1:${port}`, intervalSeconds: schedulerIntervalSeconds })
    : () => undefined;
  shutDownGracefully({
    server,
    logger,
    graceMs: 10_000,
    onDrain: stopScheduler,
    beforeExit: async () => {
      cache?.close();
      // Reads counted since the last batch (server/read-counter.ts) are written before exiting.
      const counter = (globalThis as Record<symbol, { flush(): Promise<void> } | undefined>)[
        Symbol.for("heraldo.readCounter")
      ];
      await counter?.flush();
    },
  });
}
