/**
 * The reader cache in front of a stand-in for Next: a real HTTP server on loopback whose
 * "renderer" counts its calls and answers what each test tells it to.
 */
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ResponseCache, cacheStatusHeader } from "./response-cache";

type Render = (request: IncomingMessage, response: ServerResponse) => void;

let server: http.Server;
let cache: ResponseCache;
let origin = "";
let renders = 0;
let render: Render;

const page = (body: string, headers: Record<string, string> = {}): Render => {
  return (_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=60", ...headers });
    response.end(body);
  };
};

async function start(options: { freshMs?: number; staleMs?: number; maxBytes?: number } = {}) {
  server = http.createServer((request, response) => {
    const upstream = () => {
      renders += 1;
      render(request, response);
    };
    if (!cache.handle(request, response, upstream)) upstream();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cache = new ResponseCache({
    origin,
    maxBytes: options.maxBytes ?? 8 * 1024 * 1024,
    freshMs: options.freshMs ?? 60_000,
    staleMs: options.staleMs ?? 60_000,
  });
}

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${origin}${path}`, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    request.on("error", reject);
    request.end();
  });
}

const text = (answer: Answer) => answer.body.toString("utf8");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(() => {
  renders = 0;
  render = page("<p>front page</p>");
});

afterEach(async () => {
  cache.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("reader response cache", () => {
  beforeEach(() => start());

  it("renders a reader page once and answers the next requests from memory, in every encoding", async () => {
    const first = await get("/es");
    expect(first.headers[cacheStatusHeader]).toBe("MISS");
    expect(text(first)).toBe("<p>front page</p>");
    const br = await get("/es", { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers[cacheStatusHeader]).toBe("HIT");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe("<p>front page</p>");
    const gzip = await get("/es", { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).toString()).toBe("<p>front page</p>");
    expect(gzip.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gzip.headers["content-type"]).toBe("text/html; charset=utf-8");
    const head = await get("/es", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(renders).toBe(1);
  });

  it("renders once for many readers asking at the same time", async () => {
    render = (_request, response) => setTimeout(() => page("<p>slow page</p>")(_request, response), 100);
    const answers = await Promise.all(Array.from({ length: 20 }, () => get("/es/news/slow")));
    expect(answers.every((answer) => text(answer) === "<p>slow page</p>")).toBe(true);
    expect(renders).toBe(1);
  });

  it("never keeps a response that sets a cookie", async () => {
    render = page("<p>with cookie</p>", { "set-cookie": "tracking=1" });
    for (let i = 0; i < 3; i += 1) {
      const answer = await get("/es/news/cookie");
      expect(answer.headers["set-cookie"]).toEqual(["tracking=1"]);
      expect(text(answer)).toBe("<p>with cookie</p>");
    }
    expect(cache.stats().entries).toBe(0);
  });

  it("never keeps a private or no-store response, but keeps search results, which Next marks private", async () => {
    render = page("<p>private</p>", { "cache-control": "private, no-store" });
    await get("/es/news/private");
    await get("/es/news/private");
    expect(cache.stats().entries).toBe(0);
    await get("/es/search?q=salud");
    const again = await get("/es/search?q=salud");
    expect(again.headers[cacheStatusHeader]).toBe("HIT");
    const other = await get("/es/search?q=empleo");
    expect(other.headers[cacheStatusHeader]).toBe("MISS");
  });

  it("gives a staff session a fresh render that no reader ever receives", async () => {
    render = (request, response) =>
      page(request.headers.cookie?.includes("authjs.session-token") ? "<p>staff view</p>" : "<p>reader view</p>")(
        request,
        response,
      );
    const staff = await get("/es", { cookie: "authjs.session-token=abc" });
    expect(text(staff)).toBe("<p>staff view</p>");
    expect(staff.headers[cacheStatusHeader]).toBeUndefined();
    const reader = await get("/es");
    expect(text(reader)).toBe("<p>reader view</p>");
    const secureStaff = await get("/es", { cookie: "theme=dark; __Secure-authjs.session-token.0=abc" });
    expect(text(secureStaff)).toBe("<p>staff view</p>");
    expect(text(await get("/es"))).toBe("<p>reader view</p>");
  });

  it("renders a reader's request without the reader's cookies", async () => {
    render = (request, response) => page(`<p>cookies: ${request.headers.cookie ?? "none"}</p>`)(request, response);
    const answer = await get("/es", { cookie: "NEXT_LOCALE=en" });
    expect(text(answer)).toBe("<p>cookies: none</p>");
  });

  it("leaves the newsroom, the API, previews, router payloads, posts and the language chooser to Next", async () => {
    const passes: [string, Record<string, string>, string][] = [
      ["/admin", {}, "GET"],
      ["/login", {}, "GET"],
      ["/api/health/live", {}, "GET"],
      ["/preview/token", {}, "GET"],
      ["/media/demo/a.jpg", {}, "GET"],
      ["/_next/static/chunks/a.js", {}, "GET"],
      ["/", {}, "GET"],
      ["/fr/news/story", {}, "GET"],
      ["/logo.png", {}, "GET"],
      ["/es", { rsc: "1" }, "GET"],
      ["/es", { "next-router-prefetch": "1" }, "GET"],
      ["/es?_rsc=abc", {}, "GET"],
      ["/es", { range: "bytes=0-10" }, "GET"],
      ["/es", {}, "POST"],
    ];
    for (const [path, headers, method] of passes) await get(path, headers, method);
    for (const [path, headers, method] of passes) await get(path, headers, method);
    expect(cache.stats().entries).toBe(0);
    expect(renders).toBe(passes.length * 2);
  });

  it("keeps the sitemaps and robots.txt, which sit outside the languages", async () => {
    for (const path of ["/sitemap.xml", "/sitemaps/articles-1.xml", "/robots.txt"]) {
      await get(path);
      expect((await get(path)).headers[cacheStatusHeader]).toBe("HIT");
    }
  });

  it("keeps addresses apart by host, scheme and query", async () => {
    render = (request, response) =>
      page(`<p>${request.headers.host} ${request.headers["x-forwarded-proto"] ?? ""} ${request.url}</p>`)(
        request,
        response,
      );
    const a = await get("/es/topics/salud?page=2", { host: "news.example" });
    const b = await get("/es/topics/salud?page=3", { host: "news.example" });
    const c = await get("/es/topics/salud?page=2", { host: "other.example" });
    const d = await get("/es/topics/salud?page=2", { host: "news.example", "x-forwarded-proto": "https" });
    expect(new Set([a, b, c, d].map(text)).size).toBe(4);
    expect(text(await get("/es/topics/salud?page=2", { host: "news.example" }))).toBe(text(a));
  });

  it("answers a matching If-None-Match with 304", async () => {
    const first = await get("/es");
    const etag = String(first.headers.etag);
    const again = await get("/es", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it("forgets everything on purge, so a publish in this process shows on the next request", async () => {
    await get("/es");
    render = page("<p>front page with the new story</p>");
    cache.purge();
    const answer = await get("/es");
    expect(text(answer)).toBe("<p>front page with the new story</p>");
  });

  it("keeps a 404 for an unknown address like any page", async () => {
    render = (_request, response) => {
      response.writeHead(404, { "content-type": "text/html" });
      response.end("<p>not found</p>");
    };
    await get("/es/news/unknown");
    const again = await get("/es/news/unknown");
    expect(again.status).toBe(404);
    expect(again.headers[cacheStatusHeader]).toBe("HIT");
  });
});

describe("reader response cache validity", () => {
  beforeEach(() => start({ freshMs: 150, staleMs: 5_000 }));

  it("shows a change made elsewhere within its validity plus one render, without any purge", async () => {
    await get("/es");
    render = page("<p>after the publish</p>");
    const changedAt = Date.now();
    let seenAt = 0;
    while (Date.now() - changedAt < 2_000) {
      if (text(await get("/es")) === "<p>after the publish</p>") {
        seenAt = Date.now();
        break;
      }
      await sleep(20);
    }
    expect(seenAt).toBeGreaterThan(0);
    expect(seenAt - changedAt).toBeLessThan(1_000);
  });

  it("answers with the kept page while it renders again, and keeps it when that render fails", async () => {
    await get("/es");
    await sleep(200);
    render = (_request, response) => {
      response.writeHead(500, { "content-type": "text/html" });
      response.end("<p>error</p>");
    };
    const stale = await get("/es");
    expect(stale.headers[cacheStatusHeader]).toBe("STALE");
    expect(text(stale)).toBe("<p>front page</p>");
    await sleep(50);
    const still = await get("/es");
    expect(still.status).toBe(200);
    expect(text(still)).toBe("<p>front page</p>");
  });
});

describe("reader response cache size", () => {
  beforeEach(() => start({ maxBytes: 200_000 }));

  it("stays within its size by dropping the least recently used pages", async () => {
    render = (request, response) => page(`<p>${request.url}</p>${"x".repeat(20_000)}`)(request, response);
    for (let i = 0; i < 40; i += 1) await get(`/es/news/story-${i}`);
    const { bytes, entries } = cache.stats();
    expect(bytes).toBeLessThanOrEqual(200_000);
    expect(entries).toBeGreaterThan(0);
    expect(entries).toBeLessThan(40);
    expect((await get("/es/news/story-39")).headers[cacheStatusHeader]).toBe("HIT");
    expect((await get("/es/news/story-0")).headers[cacheStatusHeader]).toBe("MISS");
  });
});

describe("reader response cache encodings", () => {
  beforeEach(() => start());

  it("sends images and PDFs as they are, without compressing them again", async () => {
    render = (_request, response) => {
      response.writeHead(200, { "content-type": "application/pdf", "cache-control": "public, s-maxage=60" });
      response.end(Buffer.from("%PDF-1.7 binary"));
    };
    await get("/es/news/story/pdf");
    const kept = await get("/es/news/story/pdf", { "accept-encoding": "br, gzip" });
    expect(kept.headers[cacheStatusHeader]).toBe("HIT");
    expect(kept.headers["content-encoding"]).toBeUndefined();
    expect(kept.body.toString()).toBe("%PDF-1.7 binary");
  });
});
