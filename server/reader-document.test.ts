import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isReaderDocumentRequest, stripClientRuntimeFromResponse } from "./reader-document";

const page =
  '<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><p>Story</p>' +
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
  '<script src="/read-beacon.js" defer="" data-island="read-beacon"></script>' +
  '<script>self.__next_f.push([1,"flight"])</script></body></html>';
const stripped =
  '<html><head></head><body><p>Story</p><script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
  '<script src="/read-beacon.js" defer="" data-island="read-beacon"></script></body></html>';

let origin = "";
const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  stripClientRuntimeFromResponse(response);
  if (request.url === "/es/feed.xml") {
    response.setHeader("Content-Type", "application/rss+xml");
    response.end("<rss><script>kept</script></rss>");
    return;
  }
  response.setHeader("Content-Type", "text/html; charset=utf-8");
  response.setHeader("ETag", '"full"');
  if (request.url === "/es/streamed") {
    // Streamed like Next's dynamic pages: headers flushed first, body in pieces.
    response.flushHeaders();
    response.write(page.slice(0, 40));
    response.end(Buffer.from(page.slice(40)));
    return;
  }
  response.setHeader("Content-Length", Buffer.byteLength(page));
  response.end(page);
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("stripClientRuntimeFromResponse", () => {
  it("serves a reader document without Next's runtime, with the right length and no stale ETag", async () => {
    const response = await fetch(`${origin}/es`);
    const body = await response.text();
    expect(body).toBe(stripped);
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(stripped)));
    expect(response.headers.get("etag")).toBeNull();
  });

  it("strips a document whose headers were flushed before its body", async () => {
    expect(await (await fetch(`${origin}/es/streamed`)).text()).toBe(stripped);
  });

  it("leaves other types alone", async () => {
    expect(await (await fetch(`${origin}/es/feed.xml`)).text()).toBe("<rss><script>kept</script></rss>");
  });
});

describe("isReaderDocumentRequest", () => {
  const request = (method: string, url: string, headers: Record<string, string> = {}) =>
    ({ method, url, headers }) as unknown as IncomingMessage;

  it("is a full-page GET of a reader address", () => {
    expect(isReaderDocumentRequest(request("GET", "/es/news/x"))).toBe(true);
    expect(isReaderDocumentRequest(request("GET", "/robots.txt"))).toBe(true);
    expect(isReaderDocumentRequest(request("HEAD", "/es/news/x"))).toBe(false);
    // The comment form, posted without JavaScript, is answered with its page.
    expect(isReaderDocumentRequest(request("POST", "/es/news/x/comment"))).toBe(true);
    expect(isReaderDocumentRequest(request("POST", "/admin/comments"))).toBe(false);
    expect(isReaderDocumentRequest(request("GET", "/es/news/x", { rsc: "1" }))).toBe(false);
    expect(isReaderDocumentRequest(request("GET", "/admin"))).toBe(false);
    expect(isReaderDocumentRequest(request("GET", "/preview/token"))).toBe(false);
  });
});
