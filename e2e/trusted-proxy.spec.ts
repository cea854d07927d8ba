/**
 * What the server believes of X-Forwarded-* headers (server/forwarded-headers.ts), and the
 * staff cookies that follow from it. With TRUST_PROXY=0 (a second server, reached directly)
 * nobody can claim another host or https; behind a trusted proxy (the run's main server, with
 * TRUST_PROXY=1) X-Forwarded-Proto: https stands for the https address: HSTS is sent and next-auth's cookies
 * are Secure and `__Secure-`/`__Host-` named, and the session and the reader cache still work.
 */
import sharp from "sharp";
import { e2eBaseUrl, staffAccounts, staffPassword } from "./support/env";
import { expect, test } from "./support/fixtures";
import { directBaseUrl, startDirectServer } from "./support/direct-server";

/** The attributes of one Set-Cookie line, lower-cased names, by cookie name. */
function parseSetCookies(lines: string[]): Map<string, Map<string, string>> {
  const cookies = new Map<string, Map<string, string>>();
  for (const line of lines) {
    const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
    const name = pair.slice(0, pair.indexOf("="));
    const values = new Map<string, string>([["value", pair.slice(pair.indexOf("=") + 1)]]);
    for (const attribute of attributes) {
      const [key = "", value = ""] = attribute.split("=");
      values.set(key.toLowerCase(), value);
    }
    cookies.set(name, values);
  }
  return cookies;
}

function cookieHeader(cookies: Map<string, Map<string, string>>): string {
  return [...cookies].map(([name, attributes]) => `${name}=${attributes.get("value")}`).join("; ");
}

/**
 * Signs in through next-auth's own credentials endpoint (the form's server action sets the
 * same cookies with the same options): the Set-Cookie lines of the CSRF step and of sign-in.
 */
async function signInByEndpoint(origin: string, headers: Record<string, string>) {
  const csrf = await fetch(`${origin}/api/auth/csrf`, { headers });
  const csrfCookies = parseSetCookies(csrf.headers.getSetCookie());
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const form = new URLSearchParams({
    csrfToken,
    email: staffAccounts.editor.email,
    password: staffPassword,
    callbackUrl: "/admin",
  });
  const signIn = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(csrfCookies) },
    body: form,
  });
  expect(signIn.status).toBe(302);
  return { csrfCookies, signInCookies: parseSetCookies(signIn.headers.getSetCookie()) };
}

function expectCookieFlags(cookie: Map<string, string> | undefined, secure: boolean) {
  expect(cookie, "the cookie is set").toBeDefined();
  expect(cookie?.has("httponly")).toBe(true);
  expect(cookie?.get("samesite")?.toLowerCase()).toBe("lax");
  expect(cookie?.has("secure")).toBe(secure);
}

test.describe("without a trusted proxy (TRUST_PROXY=0)", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });
  let stop: () => Promise<void> = async () => undefined;
  test.beforeAll(async () => {
    stop = await startDirectServer();
  });
  test.afterAll(async () => stop());

  const forged = { "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" };

  test("an upload from another site that claims its host in X-Forwarded-Host is refused", async ({
    writerPage: page,
  }) => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#335577" } })
      .png()
      .toBuffer();
    const upload = (headers: Record<string, string>) =>
      page.request.post(`${directBaseUrl}/admin/media/upload`, {
        headers: {
          "x-requested-with": "heraldo-media",
          "x-file-name": "forwarded.png",
          "content-type": "image/png",
          ...headers,
        },
        data: png,
      });
    const refused = await upload({ origin: "https://evil.example", ...forged });
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toEqual({ ok: false, error: "forbidden" });
    // The same upload from the site itself goes in: the refusal was the origin's.
    const accepted = await upload({ origin: directBaseUrl });
    expect(accepted.status()).toBe(201);
  });

  test("a client claiming https gets no HSTS and no Secure cookies, and local sign-in keeps plain cookies", async ({
    request,
  }) => {
    const reader = await request.get(`${directBaseUrl}/es`, { headers: forged });
    expect(reader.headers()["strict-transport-security"]).toBeUndefined();
    const { csrfCookies, signInCookies } = await signInByEndpoint(directBaseUrl, forged);
    expectCookieFlags(csrfCookies.get("authjs.csrf-token"), false);
    expectCookieFlags(signInCookies.get("authjs.session-token"), false);
    expectCookieFlags(signInCookies.get("authjs.callback-url"), false);
    expect([...csrfCookies.keys(), ...signInCookies.keys()].filter((name) => name.startsWith("__"))).toEqual([]);
  });

  test("the sign-in form's session cookie is HttpOnly and SameSite=Lax", async ({ adminPage: page }) => {
    const session = (await page.context().cookies()).find((cookie) => cookie.name === "authjs.session-token");
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });
  });
});

test.describe("behind a trusted proxy (TRUST_PROXY=1)", () => {
  const https = { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.9" };

  test("https requests get HSTS, Secure prefixed cookies, a working session and a cache that skips staff", async () => {
    const reader = await fetch(`${e2eBaseUrl}/es`, { headers: https });
    expect(reader.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");

    const { csrfCookies, signInCookies } = await signInByEndpoint(e2eBaseUrl, https);
    const csrf = csrfCookies.get("__Host-authjs.csrf-token");
    expectCookieFlags(csrf, true);
    expect(csrf?.get("path")).toBe("/");
    expect(csrf?.has("domain")).toBe(false);
    const session = signInCookies.get("__Secure-authjs.session-token");
    expectCookieFlags(session, true);
    expectCookieFlags(signInCookies.get("__Secure-authjs.callback-url"), true);

    // next-auth reads the session back under its https name: the newsroom opens.
    const cookie = `__Secure-authjs.session-token=${session?.get("value")}`;
    const admin = await fetch(`${e2eBaseUrl}/admin`, { headers: { ...https, cookie }, redirect: "manual" });
    expect(admin.status).toBe(200);
    expect(await admin.text()).toContain(staffAccounts.editor.name);

    // The reader cache answers readers and leaves staff with the https session cookie to Next.
    await fetch(`${e2eBaseUrl}/es`, { headers: https });
    const cached = await fetch(`${e2eBaseUrl}/es`, { headers: https });
    expect(cached.headers.get("x-heraldo-cache")).toMatch(/HIT|STALE|MISS/);
    expect(cached.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    const staff = await fetch(`${e2eBaseUrl}/es`, { headers: { ...https, cookie } });
    expect(staff.status).toBe(200);
    expect(staff.headers.get("x-heraldo-cache")).toBeNull();
  });

  test("plain http through the same proxy keeps plain cookies and no HSTS", async () => {
    const http = { "x-forwarded-proto": "http" };
    const reader = await fetch(`${e2eBaseUrl}/es`, { headers: http });
    expect(reader.headers.get("strict-transport-security")).toBeNull();
    const { csrfCookies } = await signInByEndpoint(e2eBaseUrl, http);
    expectCookieFlags(csrfCookies.get("authjs.csrf-token"), false);
  });

  test("the forwarded host is believed from the proxy: an upload from that host is the site's own", async ({
    browser,
  }) => {
    const context = await browser.newContext({ baseURL: e2eBaseUrl });
    const { signInCookies } = await signInByEndpoint(e2eBaseUrl, {});
    const cookie = cookieHeader(new Map([...signInCookies].filter(([name]) => name === "authjs.session-token")));
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#775533" } })
      .png()
      .toBuffer();
    const upload = (origin: string) =>
      context.request.post("/admin/media/upload", {
        headers: {
          cookie,
          origin,
          "x-forwarded-host": "news.example",
          "x-requested-with": "heraldo-media",
          "x-file-name": "proxied.png",
          "content-type": "image/png",
        },
        data: png,
      });
    expect((await upload("https://news.example")).status()).toBe(201);
    expect((await upload("https://evil.example")).status()).toBe(403);
    await context.close();
  });
});
