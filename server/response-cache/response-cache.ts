/**
 * Reader responses answered from memory, in front of Next. Next's own request path costs a few
 * milliseconds even for a page it has cached (routing, the proxy, rendering the cached RSC tree
 * to a stream); answering a kept document costs one map lookup and one socket write.
 *
 * - A miss is filled by one request to this same server (marked with a per-process token, so it
 *   goes to Next), with cookies and conditional headers left out: what is kept is the anonymous
 *   page. Readers asking for the same address meanwhile wait for that one render (coalescing).
 * - An entry is fresh for `freshMs`; after that it is still served for `staleMs` while one
 *   background request renders it again (stale-while-revalidate). A render that gives the same
 *   bytes only moves the entry's clock, so it is compressed once per change.
 * - A publish in this process empties the cache at once (purge); other instances and changes
 *   made elsewhere show within `freshMs` plus one render, without any purge.
 * - A render that cannot be kept (a cookie, private, an error) is remembered as such for the
 *   same validity, and those requests go straight to Next.
 */
import { createHash, randomBytes } from "node:crypto";
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import { compressVariants, isCompressible, negotiateEncoding } from "./encodings";
import { cacheKey, isCacheableRequest, isStorableResponse } from "./policy";
import { ResponseStore, type CachedResponse, type Encoding } from "./store";

export type ResponseCacheOptions = {
  /** Where fills are sent: this server's own loopback address. */
  origin: string;
  maxBytes: number;
  freshMs: number;
  staleMs: number;
  /** A change to apply to a kept body before it is stored (e.g. lighter reader HTML). */
  transform?: (body: Buffer, headers: IncomingHttpHeaders) => Buffer;
};

export type ResponseCacheStats = {
  entries: number;
  bytes: number;
  hits: number;
  stale: number;
  misses: number;
  bypassed: number;
  fills: number;
};

export const fillHeader = "x-heraldo-fill";
export const cacheStatusHeader = "x-heraldo-cache";

/** Headers that describe one connection or one encoding of a body, not the document. */
const perMessageHeaders = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "date",
  "etag",
  "vary",
  // Each request's own id (server/request-log.ts): a kept page must not answer with the fill's.
  "x-request-id",
  // Next's notes to itself about its own cache: nothing a reader or a CDN acts on.
  "x-nextjs-cache",
  "x-nextjs-prerender",
  "x-nextjs-stale-time",
  "x-nextjs-postponed",
]);

/** Request headers a fill leaves out: it renders the anonymous, unconditional, whole page. */
const droppedRequestHeaders = new Set([
  "cookie",
  "authorization",
  "accept-encoding",
  "if-none-match",
  "if-modified-since",
  "connection",
  "keep-alive",
  "content-length",
  "transfer-encoding",
]);

/** The path (no query) of a key made by `cacheKey`: "<proto> <host> <url>". */
function pathOfKey(key: string): string {
  const url = key.slice(key.indexOf(" ", key.indexOf(" ") + 1) + 1);
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

type Fill = { status: number; headers: IncomingHttpHeaders; body: Buffer };
type Outcome = { entry: CachedResponse } | { pass: true };

export class ResponseCache {
  private readonly store: ResponseStore;
  private readonly token = randomBytes(18).toString("base64url");
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  private readonly inflight = new Map<string, Promise<Outcome>>();
  /** Addresses whose last render could not be kept, until when. */
  private readonly passUntil = new Map<string, number>();
  /** Bumped by purge: a render begun before it is not stored after it. */
  private generation = 0;
  private counts = { hits: 0, stale: 0, misses: 0, bypassed: 0, fills: 0 };

  constructor(private readonly options: ResponseCacheOptions) {
    this.store = new ResponseStore(options.maxBytes);
  }

  /**
   * Answers the request from memory when it may (true), else leaves it to Next (false). A fill
   * from this cache is recognised by its token and always left to Next.
   */
  handle(request: IncomingMessage, response: ServerResponse, passOn: () => void): boolean {
    const url = request.url ?? "/";
    const fill = request.headers[fillHeader];
    if (fill !== undefined) {
      delete request.headers[fillHeader];
      if (fill === this.token) return false;
    }
    if (!isCacheableRequest(request.method, url, request.headers)) {
      this.counts.bypassed += 1;
      return false;
    }
    const key = cacheKey(url, request.headers);
    const now = Date.now();
    const pass = this.passUntil.get(key);
    if (pass !== undefined) {
      if (pass > now) return false;
      this.passUntil.delete(key);
    }
    const entry = this.store.get(key);
    if (entry && now - entry.confirmedAt <= this.options.freshMs) {
      this.counts.hits += 1;
      this.send(request, response, entry, "HIT");
      return true;
    }
    if (entry && now - entry.confirmedAt <= this.options.freshMs + this.options.staleMs) {
      this.counts.stale += 1;
      this.send(request, response, entry, "STALE");
      void this.refresh(key, url, request.headers).catch(() => undefined);
      return true;
    }
    this.counts.misses += 1;
    this.refresh(key, url, request.headers).then(
      (outcome) => ("entry" in outcome ? this.send(request, response, outcome.entry, "MISS") : passOn()),
      () => passOn(),
    );
    return true;
  }

  /**
   * Forgets kept responses: the next request for each renders afresh. With `paths`, only the
   * responses for those paths (any query, any host) are forgotten: a change that shows on one
   * page (a comment approved) leaves every other page's entry in place.
   */
  purge(paths?: readonly string[]): void {
    this.generation += 1;
    if (!paths) {
      this.store.clear();
      this.passUntil.clear();
      return;
    }
    const wanted = new Set(paths);
    const matches = (key: string) => wanted.has(pathOfKey(key));
    for (const key of [...this.store.keys()]) if (matches(key)) this.store.delete(key);
    for (const key of [...this.passUntil.keys()]) if (matches(key)) this.passUntil.delete(key);
  }

  stats(): ResponseCacheStats {
    return { entries: this.store.size, bytes: this.store.bytes, ...this.counts };
  }

  close(): void {
    this.agent.destroy();
  }

  /** One render per address at a time; everyone asking meanwhile shares its outcome. */
  private refresh(key: string, url: string, headers: IncomingHttpHeaders): Promise<Outcome> {
    const running = this.inflight.get(key);
    if (running) return running;
    const generation = this.generation;
    const work = this.render(url, headers)
      .then((fill) => this.keep(key, url, fill, generation))
      .finally(() => this.inflight.delete(key));
    this.inflight.set(key, work);
    return work;
  }

  private async keep(key: string, url: string, fill: Fill, generation: number): Promise<Outcome> {
    const previous = this.store.get(key);
    if (!isStorableResponse(url, fill.status, fill.headers)) {
      // A failed render leaves the kept page in place (stale-if-error) until its time is up.
      if (fill.status >= 500 && previous) return { entry: previous };
      if (generation === this.generation) {
        this.passUntil.set(key, Date.now() + this.options.freshMs + this.options.staleMs);
        if (this.passUntil.size > 10_000) this.passUntil.clear();
      }
      return { pass: true };
    }
    const body = this.options.transform ? this.options.transform(fill.body, fill.headers) : fill.body;
    const etag = `"${createHash("sha1").update(body).digest("base64url").slice(0, 22)}"`;
    const headers = documentHeaders(fill.headers);
    const same = previous && previous.etag === etag && previous.status === fill.status;
    const entry = same
      ? { ...previous, headers, rawHeaders: rawHeaderLists(headers, etag, previous.bodies), confirmedAt: Date.now() }
      : await buildEntry(fill.status, headers, etag, body);
    if (generation === this.generation) this.store.set(key, entry);
    return { entry };
  }

  private render(url: string, requestHeaders: IncomingHttpHeaders): Promise<Fill> {
    this.counts.fills += 1;
    const headers: Record<string, string | string[]> = { [fillHeader]: this.token, "accept-encoding": "identity" };
    for (const [name, value] of Object.entries(requestHeaders)) {
      if (value !== undefined && !droppedRequestHeaders.has(name) && name !== fillHeader) headers[name] = value;
    }
    const target = new URL(url, this.options.origin);
    return new Promise<Fill>((resolve, reject) => {
      const request = http.request(
        target,
        { method: "GET", headers, agent: this.agent, timeout: 30_000 },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({ status: response.statusCode ?? 500, headers: response.headers, body: Buffer.concat(chunks) }),
          );
          response.on("error", reject);
        },
      );
      request.on("timeout", () => request.destroy(new Error(`render of ${url} timed out`)));
      request.on("error", reject);
      request.end();
    });
  }

  private send(request: IncomingMessage, response: ServerResponse, entry: CachedResponse, state: string): void {
    const inm = request.headers["if-none-match"];
    if (inm !== undefined && entry.status === 200 && matchesEtag(inm, entry.etag)) {
      response.writeHead(304, [...notModifiedHeaders(entry), cacheStatusHeader, state]);
      response.end();
      return;
    }
    const encoding = negotiateEncoding(request.headers["accept-encoding"]);
    const headers = entry.rawHeaders[encoding];
    response.writeHead(entry.status, state === "HIT" ? headers : [...headers.slice(0, -1), state]);
    response.end(request.method === "HEAD" ? undefined : entry.bodies[encoding]);
  }
}

function matchesEtag(header: string, etag: string): boolean {
  return header === etag || header === "*" || header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

function documentHeaders(headers: IncomingHttpHeaders): [string, string][] {
  const kept: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || perMessageHeaders.has(name)) continue;
    for (const one of Array.isArray(value) ? value : [value]) kept.push([name, one]);
  }
  const vary = String(headers.vary ?? "");
  kept.push(["vary", /accept-encoding/i.test(vary) ? vary : vary ? `${vary}, Accept-Encoding` : "Accept-Encoding"]);
  return kept;
}

function rawHeaderLists(headers: [string, string][], etag: string, bodies: Record<Encoding, Buffer>) {
  const base = headers.flat();
  const list = (encoding: Encoding) => [
    ...base,
    "etag",
    etag,
    ...(encoding === "identity" || bodies[encoding] === bodies.identity ? [] : ["content-encoding", encoding]),
    "content-length",
    String(bodies[encoding].length),
    // Last, so another state than HIT replaces only the final value.
    cacheStatusHeader,
    "HIT",
  ];
  return { br: list("br"), gzip: list("gzip"), identity: list("identity") };
}

function notModifiedHeaders(entry: CachedResponse): string[] {
  const keep = new Set(["cache-control", "vary", "content-location", "expires"]);
  return [...entry.headers.filter(([name]) => keep.has(name)).flat(), "etag", entry.etag];
}

async function buildEntry(
  status: number,
  headers: [string, string][],
  etag: string,
  body: Buffer,
): Promise<CachedResponse> {
  const contentType = headers.find(([name]) => name === "content-type")?.[1];
  // An image or a PDF is sent as it is, whatever the client accepts.
  const { br, gzip } = isCompressible(contentType) ? await compressVariants(body) : { br: body, gzip: body };
  const bodies = { br, gzip, identity: body };
  return {
    status,
    headers,
    etag,
    bodies,
    rawHeaders: rawHeaderLists(headers, etag, bodies),
    confirmedAt: Date.now(),
    bytes: new Set([body, br, gzip]).size === 1 ? body.length + 2048 : body.length + br.length + gzip.length + 2048,
  };
}
