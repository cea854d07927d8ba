/**
 * Staff sessions end when they should, for every copy of the cookie: a stolen cookie must not
 * outlive a sign-out, nor be kept alive by replaying next-auth's public endpoints. Each test
 * signs in afresh, so ending its session leaves the shared saved sessions alone.
 */
import type { Browser, BrowserContext } from "@playwright/test";
import { expect, signIn, test } from "./support/fixtures";
import { staffAccounts } from "./support/env";

/** A second browser holding a copy of the first one's cookies, as a thief would. */
async function copyOf(browser: Browser, context: BrowserContext): Promise<BrowserContext> {
  const copy = await browser.newContext({ locale: "en-GB" });
  await copy.addCookies(await context.cookies());
  return copy;
}

async function sessionOf(context: BrowserContext): Promise<{ signedInAt?: number; user?: { email?: string } } | null> {
  const response = await context.request.get("/api/auth/session");
  expect(response.status()).toBe(200);
  return response.json();
}

async function expectSignedOut(context: BrowserContext): Promise<void> {
  expect(await sessionOf(context)).toBeNull();
  const page = await context.newPage();
  await page.goto("/admin/articles");
  await expect(page).toHaveURL(/\/login$/);
}

test("the newsroom's Sign out button ends the session for every copy of its cookie", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await signIn(page, "editor");
  const stolen = await copyOf(browser, context);
  expect((await sessionOf(stolen))?.user?.email).toBe(staffAccounts.editor.email);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();

  await expectSignedOut(stolen);
  await Promise.all([stolen.close(), context.close()]);
});

test("signing out through next-auth's own endpoint also ends the session", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  await signIn(await context.newPage(), "writer");
  const stolen = await copyOf(browser, context);

  const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signOut = await context.request.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 });
  expect(signOut.status()).toBeLessThan(400);

  await expectSignedOut(stolen);
  await Promise.all([stolen.close(), context.close()]);
});

test("next-auth's public update endpoint does not renew a session", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  await signIn(await context.newPage(), "writer");
  const before = await sessionOf(context);
  expect(typeof before?.signedInAt).toBe("number");

  const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const update = await context.request.post("/api/auth/session", {
    data: { csrfToken, data: { signedInAt: Date.now() + 3_600_000 } },
  });
  expect(update.status()).toBe(200);
  const renewed = (await update.json()) as { signedInAt?: number } | null;

  // The sign-in time, from which the 8 hours count, is the one from the sign-in.
  expect(renewed?.signedInAt).toBe(before?.signedInAt);
  expect((await sessionOf(context))?.signedInAt).toBe(before?.signedInAt);
  await context.close();
});
