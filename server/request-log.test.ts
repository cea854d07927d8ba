import { describe, expect, it } from "vitest";
import { loggablePath, requestIdFor } from "./request-log";

describe("the request id", () => {
  it("is kept from a trusted proxy when it looks like an id", () => {
    expect(requestIdFor("0f9e8d7c-proxy", 1)).toBe("0f9e8d7c-proxy");
  });

  it("is made up when no proxy is trusted, since anyone could send one", () => {
    const id = requestIdFor("0f9e8d7c-proxy", 0);
    expect(id).not.toBe("0f9e8d7c-proxy");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("is made up when the proxy's is missing, too short, too long or holds other characters", () => {
    for (const incoming of [undefined, "short", "x".repeat(129), "has spaces in it", "new\nline-injected"]) {
      expect(requestIdFor(incoming, 1)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe("the logged path", () => {
  it("leaves out the query string, where search terms and tokens travel", () => {
    expect(loggablePath("/es/buscar?q=ministra&page=2")).toBe("/es/buscar");
    expect(loggablePath("/")).toBe("/");
    expect(loggablePath(undefined)).toBe("/");
  });

  it("hides the token of one-time links, which is the credential itself", () => {
    expect(loggablePath("/reset-password/abcDEF123")).toBe("/reset-password/[token]");
    expect(loggablePath("/invite/abcDEF123?x=1")).toBe("/invite/[token]");
    expect(loggablePath("/preview/abcDEF123/extra")).toBe("/preview/[token]/extra");
    expect(loggablePath("/es/news/a-story")).toBe("/es/news/a-story");
  });
});
