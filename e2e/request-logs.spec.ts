/**
 * The server's log as an operator reads it (server/request-log.ts): one JSON line per request
 * with its id, method, path, status, duration, bytes and client address; the id kept from a
 * trusted proxy or made up, and returned to the client. And what the log must never hold: the
 * run's passwords, its AUTH_SECRET, session cookies or one-time link tokens. The run's main
 * server writes its log to e2eServerLogPath (playwright.config.ts).
 */
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { e2eServerEnv, e2eServerLogPath, staffAccounts, staffPassword, staffStatePath } from "./support/env";
import { expect, test } from "./support/fixtures";

type LogLine = {
  level: number;
  reqId?: string;
  msg?: string;
  req?: { method?: string; path?: string };
  status?: number;
  durationMs?: number;
  bytes?: number;
  clientAddress?: string;
};

async function logText(): Promise<string> {
  return readFile(e2eServerLogPath, "utf8");
}

/** The request line of `requestId`, waiting for the server to write it. */
async function requestLine(requestId: string): Promise<LogLine> {
  let found: LogLine | undefined;
  await expect(async () => {
    const lines = (await logText())
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as LogLine);
    found = lines.find((line) => line.reqId === requestId && line.req !== undefined);
    expect(found).toBeDefined();
  }).toPass({ timeout: 5_000 });
  return found as LogLine;
}

test("each request is one log line with its id, and a trusted proxy's id is kept", async ({ request }) => {
  // The run's server stands behind a pretend proxy (TRUST_PROXY=1): the proxy's id and the
  // address it reports are believed.
  const proxied = await request.get("/es", {
    headers: { "x-request-id": "proxy-7f3a9c21-e2e", "x-forwarded-for": "198.51.100.77" },
  });
  expect(proxied.status()).toBe(200);
  expect(proxied.headers()["x-request-id"]).toBe("proxy-7f3a9c21-e2e");
  const line = await requestLine("proxy-7f3a9c21-e2e");
  expect(line).toMatchObject({ req: { method: "GET", path: "/es" }, status: 200, clientAddress: "198.51.100.77" });
  expect(line.bytes).toBeGreaterThan(1000);
  expect(line.durationMs).toBeGreaterThanOrEqual(0);

  // Without one, the server makes an id up; a malformed one is replaced the same way.
  const variants: Record<string, string>[] = [{}, { "x-request-id": "bad id with spaces" }];
  for (const headers of variants) {
    const answer = await request.get("/en/search?q=secret-search-terms", { headers });
    const id = answer.headers()["x-request-id"] ?? "";
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const generated = await requestLine(id);
    // The query string (what a reader searched for) is not logged.
    expect(generated.req).toEqual({ method: "GET", path: "/en/search" });
  }
});

/** Signs in on the login form with a password that is wrong, so only the log could repeat it. */
async function failSignIn(page: Page, password: string): Promise<void> {
  await page.goto("/login");
  // An address nobody has: no account's sign-in throttle is touched.
  await page.getByLabel("Email").fill("nobody-in-the-log@e2e.test");
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The email or password is not correct.")).toBeVisible();
}

test("the log never holds a password, the auth secret, a session cookie or a link token", async ({
  browser,
  request,
}) => {
  const wrongPassword = "e2e-wrong-password-for-the-log-check";
  const context = await browser.newContext({ locale: "en-GB" });
  try {
    await failSignIn(await context.newPage(), wrongPassword);
  } finally {
    await context.close();
  }
  const linkToken = "e2eLinkTokenThatMustNotBeLogged0123456789";
  for (const path of [`/reset-password/${linkToken}`, `/invite/${linkToken}`, `/preview/${linkToken}`]) {
    const answer = await request.get(path);
    const line = await requestLine(answer.headers()["x-request-id"] ?? "");
    expect(line.req?.path).toBe(path.replace(linkToken, "[token]"));
  }

  const sessionCookies: string[] = [];
  for (const account of Object.keys(staffAccounts) as (keyof typeof staffAccounts)[]) {
    const state = JSON.parse(await readFile(staffStatePath(account), "utf8")) as { cookies: { value: string }[] };
    sessionCookies.push(...state.cookies.map((cookie) => cookie.value).filter((value) => value.length >= 16));
  }
  expect(sessionCookies.length).toBeGreaterThan(0);

  const log = await logText();
  // The run has been signing in, editing and reading all along: the log has plenty to hide.
  expect(log.split("\n").length).toBeGreaterThan(20);
  for (const secret of [staffPassword, wrongPassword, e2eServerEnv.AUTH_SECRET ?? "", linkToken, ...sessionCookies]) {
    expect(secret.length).toBeGreaterThan(8);
    expect(log.includes(secret), `the server log holds ${secret.slice(0, 6)}…`).toBe(false);
  }
});
