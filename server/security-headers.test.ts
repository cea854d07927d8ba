import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { embedHosts } from "@/lib/html/embeds";
import {
  applySecurityHeaders,
  createNonce,
  fixedHeaders,
  frameSources,
  isNoncePage,
  noncePolicy,
  permissionsPolicy,
  readerPolicy,
} from "./security-headers";

/** The policy as a map of directive to its sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(";").map((part) => {
      const [name = "", ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

function exchange(url: string, headers: Record<string, string> = {}) {
  const request = new IncomingMessage(new Socket());
  request.url = url;
  request.headers = { ...headers };
  const response = new ServerResponse(request);
  return { request, response };
}

describe("which pages get a nonce", () => {
  it.each([
    "/admin",
    "/admin/",
    "/admin/articles/4",
    "/admin?x=1",
    "/login",
    "/login?reset=1",
    "/invite/abc",
    "/reset-password/abc",
    "/preview/tok",
  ])("%s does", (url) => expect(isNoncePage(url)).toBe(true));
  it.each([
    "/",
    "/es",
    "/es/news/admin",
    "/administrator",
    "/loginx",
    "/invite",
    "/robots.txt",
    "/media/a.webp",
    "/_next/static/x.js",
    "/api/auth/session",
  ])("%s does not", (url) => expect(isNoncePage(url)).toBe(false));
});

describe("the newsroom policy", () => {
  it("allows scripts only by nonce, and what they load", () => {
    const csp = directives(noncePolicy("abc123=="));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "blob:", "data:"]);
  });

  it("allows eval only for next dev", () => {
    expect(noncePolicy("n")).not.toContain("unsafe-eval");
    expect(directives(noncePolicy("n", { dev: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("makes a new nonce every time, in the alphabet Next reads", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("the reader policy", () => {
  it("allows no inline script and only same-origin images", () => {
    const csp = directives(readerPolicy);
    expect(csp.get("script-src")).toEqual(["'self'"]);
    expect(csp.get("img-src")).toEqual(["'self'"]);
    expect(readerPolicy).not.toMatch(/nonce|unsafe-eval|strict-dynamic/);
    for (const name of ["object-src", "base-uri"]) expect(csp.get(name)).toEqual(["'none'"]);
    for (const name of ["frame-ancestors", "form-action", "default-src"]) expect(csp.get(name)).toEqual(["'self'"]);
  });

  it("frames exactly the embed hosts the editor accepts, and the newsroom its own pages", () => {
    expect(frameSources.split(" ")).toEqual(embedHosts.map((host) => `https://${host}`));
    expect(directives(readerPolicy).get("frame-src")).toEqual(frameSources.split(" "));
    expect(directives(noncePolicy("n")).get("frame-src")).toEqual(["'self'", ...frameSources.split(" ")]);
  });
});

describe("fixed headers", () => {
  it("send HSTS only over https", () => {
    const names = (https: boolean) => fixedHeaders({ https }).map(([name]) => name);
    expect(names(false)).not.toContain("Strict-Transport-Security");
    expect(fixedHeaders({ https: true })).toContainEqual([
      "Strict-Transport-Security",
      "max-age=63072000; includeSubDomains",
    ]);
  });

  it("turn off powerful features", () => {
    for (const feature of [
      "camera",
      "microphone",
      "geolocation",
      "payment",
      "usb",
      "interest-cohort",
      "browsing-topics",
    ]) {
      expect(permissionsPolicy).toContain(`${feature}=()`);
    }
  });
});

describe("applySecurityHeaders", () => {
  it("hands Next the same nonce policy the response carries, fresh per request", () => {
    const first = exchange("/admin/articles");
    applySecurityHeaders(first.request, first.response, { https: false });
    const csp = String(first.response.getHeader("content-security-policy"));
    expect(first.request.headers["content-security-policy"]).toBe(csp);
    expect(csp).toMatch(/'nonce-[^']+'/);
    const second = exchange("/admin/articles");
    applySecurityHeaders(second.request, second.response, { https: false });
    expect(second.response.getHeader("content-security-policy")).not.toBe(csp);
  });

  it("ignores a policy the client sent, which Next would take its nonce from", () => {
    const forged = "script-src 'nonce-forged'";
    const { request, response } = exchange("/es/search?q=x", {
      "content-security-policy": forged,
      "content-security-policy-report-only": forged,
    });
    applySecurityHeaders(request, response, { https: true });
    expect(request.headers["content-security-policy"]).toBeUndefined();
    expect(request.headers["content-security-policy-report-only"]).toBeUndefined();
    expect(response.getHeader("content-security-policy")).toBe(readerPolicy);
    expect(response.getHeader("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });
});
