import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { isHttpsRequest, trustForwardedHeaders } from "./forwarded-headers";

function trusted(headers: IncomingHttpHeaders, hops: number): IncomingHttpHeaders {
  const copy = { ...headers };
  trustForwardedHeaders(copy, hops);
  return copy;
}

const forged = {
  host: "localhost:3000",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  "x-forwarded-port": "443",
  forwarded: "host=evil.example;proto=https",
};

describe("trustForwardedHeaders", () => {
  it("drops every forwarded header when no proxy is trusted (the default)", () => {
    expect(trusted(forged, 0)).toEqual({ host: "localhost:3000" });
  });

  it("keeps what one trusted proxy wrote", () => {
    expect(trusted(forged, 1)).toEqual({
      host: "localhost:3000",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-forwarded-port": "443",
    });
  });

  it("takes the outermost trusted proxy's entry from an appended list", () => {
    const appended = { "x-forwarded-proto": "https, http", "x-forwarded-host": "client.example,news.example" };
    expect(trusted(appended, 1)).toEqual({ "x-forwarded-proto": "http", "x-forwarded-host": "news.example" });
    const twoProxies = {
      "x-forwarded-proto": "https, https, http",
      "x-forwarded-host": "a.example, news.example, lb.internal",
    };
    expect(trusted(twoProxies, 2)).toEqual({ "x-forwarded-proto": "https", "x-forwarded-host": "news.example" });
    // Fewer entries than trusted proxies: the first one is the outermost proxy's.
    expect(trusted({ "x-forwarded-proto": "https" }, 3)).toEqual({ "x-forwarded-proto": "https" });
  });

  it("drops malformed values", () => {
    const bad = {
      "x-forwarded-host": "news.example/path",
      "x-forwarded-proto": "javascript",
      "x-forwarded-port": "80a",
    };
    expect(trusted(bad, 1)).toEqual({});
    expect(trusted({ "x-forwarded-host": "[::1]:8080", "x-forwarded-proto": "HTTPS" }, 1)).toEqual({
      "x-forwarded-host": "[::1]:8080",
      "x-forwarded-proto": "https",
    });
  });

  it("is unchanged by a second pass (reader-cache fills come back through the server)", () => {
    const once = trusted({ "x-forwarded-proto": "https, http", "x-forwarded-host": "a, b" }, 2);
    expect(trusted(once, 2)).toEqual(once);
  });
});

describe("isHttpsRequest", () => {
  const request = (headers: IncomingHttpHeaders, encrypted = false) =>
    ({ headers, socket: { encrypted } }) as unknown as IncomingMessage;

  it("believes a TLS socket or the (already trusted) forwarded scheme", () => {
    expect(isHttpsRequest(request({}))).toBe(false);
    expect(isHttpsRequest(request({}, true))).toBe(true);
    expect(isHttpsRequest(request({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isHttpsRequest(request({ "x-forwarded-proto": "http" }))).toBe(false);
  });
});
