/**
 * Security headers on every kind of response (server/security-headers.ts): the newsroom's nonce
 * policy, the reader pages' policy without inline scripts, Permissions-Policy and the fixed
 * headers, on cache hits too; and in Chromium, that an injected inline script is blocked while
 * the pages' own scripts still run.
 */
import type { APIResponse, Page, Route } from "@playwright/test";
import { embedHosts } from "@/lib/html/embeds";
import { expect, test } from "./support/fixtures";

type Headers = Record<string, string>;

function directives(csp: string | undefined): Map<string, string[]> {
  expect(csp, "a Content-Security-Policy header").toBeTruthy();
  return new Map(
    (csp ?? "").split(";").map((part) => {
      const [name = "", ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const frameSources = embedHosts.map((host) => `https://${host}`);

function expectCommonHeaders(headers: Headers, frames = frameSources) {
  for (const feature of [
    "camera",
    "microphone",
    "geolocation",
    "payment",
    "usb",
    "interest-cohort",
    "browsing-topics",
  ]) {
    expect(headers["permissions-policy"]).toContain(`${feature}=()`);
  }
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // The test server is plain http on localhost: no HSTS there.
  expect(headers["strict-transport-security"]).toBeUndefined();
  const csp = directives(headers["content-security-policy"]);
  expect(csp.get("default-src")).toEqual(["'self'"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'none'"]);
  expect(csp.get("frame-ancestors")).toEqual(["'self'"]);
  expect(csp.get("form-action")).toEqual(["'self'"]);
  expect(csp.get("frame-src")).toEqual(frames);
  return csp;
}

function expectReaderPolicy(headers: Headers) {
  const csp = expectCommonHeaders(headers);
  expect(csp.get("script-src")).toEqual(["'self'"]);
  expect(csp.get("img-src")).toEqual(["'self'"]);
}

/** The nonce of a newsroom response's policy. */
function expectNoncePolicy(headers: Headers): string {
  // The newsroom frames its own pages too (the phone-wide preview).
  const csp = expectCommonHeaders(headers, ["'self'", ...frameSources]);
  const scripts = csp.get("script-src") ?? [];
  expect(scripts).toContain("'strict-dynamic'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(scripts).not.toContain("'unsafe-inline'");
  const nonce = scripts.map((source) => /^'nonce-(.+)'$/.exec(source)?.[1]).find(Boolean);
  expect(nonce, "a nonce in script-src").toBeTruthy();
  expect(csp.get("img-src")).toEqual(["'self'", "blob:", "data:"]);
  return nonce ?? "";
}

/** An article, its author and its topic, read from the front page's first story. */
async function readerAddresses(request: Page["request"]): Promise<{ article: string; author: string }> {
  const front = await (await request.get("/es")).text();
  const article = /href="(\/es\/news\/[^"/?#]+)"/.exec(front)?.[1];
  expect(article, "an article on the front page").toBeTruthy();
  const page = await (await request.get(article ?? "")).text();
  const author = /href="(\/es\/authors\/[^"/?#]+)"/.exec(page)?.[1];
  expect(author, "an author link on the article").toBeTruthy();
  return { article: article ?? "", author: author ?? "" };
}

const noRedirects = { maxRedirects: 0 };

test.describe("headers", { tag: "@markup" }, () => {
  test("every reader response carries the reader policy, also when answered from the cache", async ({ request }) => {
    const { article, author } = await readerAddresses(request);
    const addresses = [
      "/es",
      "/en",
      article,
      `${article}/print`,
      `${article}/pdf`,
      "/es/topics/economia",
      author,
      "/es/search?q=agua",
      "/es/feed.xml",
      "/en/atom.xml",
      "/es/feed.json",
      "/sitemap.xml",
      "/sitemaps/topics.xml",
      "/robots.txt",
      "/es/no-existe-esta-noticia",
      "/xx/unknown-language",
      "/",
    ];
    for (const address of addresses) {
      const first = await request.get(address, noRedirects);
      expect(first.status(), address).toBeLessThan(500);
      expectReaderPolicy(first.headers());
      const second = await request.get(address, noRedirects);
      expectReaderPolicy(second.headers());
    }
    // The cache did answer some of them: the headers are on hits, not only on Next's answers.
    const hit = await request.get("/es");
    expect(hit.headers()["x-heraldo-cache"]).toMatch(/HIT|STALE/);
    expectReaderPolicy(hit.headers());
  });

  test("sign-in and account links get a fresh nonce per request, on the scripts Next renders", async ({ request }) => {
    for (const address of ["/login", "/invite/not-a-real-invitation", "/reset-password/not-a-real-link"]) {
      const first = await request.get(address, noRedirects);
      const second = await request.get(address, noRedirects);
      const nonce = expectNoncePolicy(first.headers());
      expect(expectNoncePolicy(second.headers()), address).not.toBe(nonce);
    }
    const login = await request.get("/login");
    const nonce = expectNoncePolicy(login.headers());
    const scripts = [...(await login.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  test("the newsroom, signed in, gets the nonce policy", async ({ adminPage: page }) => {
    for (const address of ["/admin", "/admin/articles/new", "/admin/media", "/admin/settings"]) {
      const response = await page.goto(address);
      expect(response?.status(), address).toBe(200);
      const nonce = expectNoncePolicy(response?.headers() ?? {});
      // Browsers hide the attribute once read; the property keeps it.
      const nonces = await page.evaluate(() => [...document.scripts].map((script) => script.nonce));
      expect(nonces.length).toBeGreaterThan(0);
      for (const value of nonces) expect(value).toBe(nonce);
    }
  });

  test("staff viewing a reader page get the same document readers get, without Next's runtime", async ({
    adminPage: page,
  }) => {
    const violations = await watchViolations(page);
    const { article } = await readerAddresses(page.request);
    const response = await page.goto(article);
    expect(response?.headers()["x-heraldo-cache"], "staff bypass the reader cache").toBeUndefined();
    expectReaderPolicy(response?.headers() ?? {});
    const scripts = await page.evaluate(() =>
      [...document.scripts].map((script) => ({ src: script.getAttribute("src"), type: script.type })),
    );
    for (const script of scripts) {
      expect(script.type === "application/ld+json" || script.src === "/read-beacon.js", JSON.stringify(script)).toBe(
        true,
      );
    }
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});

type Violation = { directive: string; blocked: string; sample: string };

/** Collects the page's CSP violation reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<Violation[]>> {
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { __violations: Violation[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample }),
    );
  });
  return async () => {
    // Reports are delivered as tasks after the violation.
    await page.waitForTimeout(200);
    return page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
  };
}

const injected = "<script>window.__injected = 1</script>";

/** Serves the real response of documents at `pattern`, headers kept, with an inline script added. */
async function injectInlineScript(page: Page, pattern: RegExp): Promise<void> {
  await page.route(pattern, async (route: Route) => {
    if (route.request().resourceType() !== "document") return route.continue();
    const response: APIResponse = await route.fetch();
    const headers = { ...response.headers() };
    // The body is handed over decoded and changed.
    delete headers["content-encoding"];
    delete headers["content-length"];
    const body = (await response.text()).replace("</head>", `${injected}</head>`);
    expect(body).toContain(injected);
    await route.fulfill({ status: response.status(), headers, body });
  });
}

async function injectedRan(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __injected?: number }).__injected);
}

test.describe("in Chromium", { tag: "@markup" }, () => {
  test("an injected inline script is blocked on a newsroom page, whose own scripts still run", async ({
    writerPage: page,
  }) => {
    const violations = await watchViolations(page);
    await injectInlineScript(page, /\/admin\/articles\/new$/);
    await page.goto("/admin/articles/new");
    // The rich-text editor is a client island: it only appears when Next's scripts ran.
    const editor = page.locator(".ProseMirror[contenteditable=true]");
    await expect(editor).toBeVisible();
    await editor.click();
    await page.keyboard.type("Typed under the policy");
    await expect(editor).toContainText("Typed under the policy");
    expect(await injectedRan(page)).toBeUndefined();
    const reports = await violations();
    expect(reports.length).toBeGreaterThan(0);
    // The injected script is the only thing the policy stopped.
    for (const report of reports) {
      expect(report.directive).toMatch(/^script-src/);
      expect(report.blocked).toBe("inline");
    }
  });

  test("an injected inline script is blocked on a reader page, which still shows and counts the read", async ({
    page,
  }) => {
    const violations = await watchViolations(page);
    const { article } = await readerAddresses(page.request);
    await injectInlineScript(page, /\/es\/news\/[^/]+$/);
    const beacon = page.waitForRequest((request) => request.url().endsWith("/api/reads"));
    await page.goto(article);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // The read beacon is a same-origin script file: allowed.
    await beacon;
    expect(await injectedRan(page)).toBeUndefined();
    const reports = await violations();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ directive: "script-src-elem", blocked: "inline" });
  });
});
