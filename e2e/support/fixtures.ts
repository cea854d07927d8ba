/**
 * Fixtures: a signed-in page per staff role, each in its own browser context. The contexts
 * start from the session that e2e/sign-in.setup.ts saved for the role once per run, so only
 * the tests about signing in go through the sign-in form.
 */
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "@playwright/test";
import { staffAccounts, staffPassword, staffStatePath, type StaffAccount } from "./env";

export async function signIn(page: Page, account: StaffAccount, password = staffPassword): Promise<void> {
  await page.goto("/login");
  await page.getByLabel(/email|correo/i).fill(staffAccounts[account].email);
  await page.getByLabel(/password|contraseña/i).fill(password);
  await page.getByRole("button", { name: /sign in|entrar/i }).click();
  // Signing in lands on the dashboard.
  await expect(page).toHaveURL(/\/admin\/?$/);
}

/**
 * A browser context signed in as the account, from the saved session. Tests that revoke
 * sessions (password changes, resets, deactivation) must use accounts of their own instead.
 */
export function staffContext(
  browser: Browser,
  account: StaffAccount,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({ locale: "en-GB", ...options, storageState: staffStatePath(account) });
}

type Fixtures = { adminPage: Page; editorPage: Page; writerPage: Page; otherWriterPage: Page };

/** A page in a context of its own, signed in as the account; closed after the test. */
function staffPageFixture(account: StaffAccount) {
  return async ({ browser }: { browser: Browser }, use: (page: Page) => Promise<void>) => {
    const context = await staffContext(browser, account);
    await use(await context.newPage());
    await context.close();
  };
}

export const test = base.extend<Fixtures>({
  adminPage: staffPageFixture("admin"),
  editorPage: staffPageFixture("editor"),
  writerPage: staffPageFixture("writer"),
  otherWriterPage: staffPageFixture("writer2"),
});

export { expect };

/** A title no other test or demo article uses. */
export function uniqueTitle(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/**
 * The article body as HTML source: switches the rich-text editor to "Edit as HTML" (once it is
 * running) and returns the textarea the form posts.
 */
export async function bodyHtml(page: Page) {
  const toggle = page.getByRole("button", { name: "Edit as HTML" });
  if ((await toggle.getAttribute("aria-pressed")) !== "true") await toggle.click();
  // By role: hidden elements (the rich-text editor, while HTML is shown) do not count.
  return page.getByRole("textbox", { name: "Body (HTML)" });
}

export async function fillBodyHtml(page: Page, html: string): Promise<void> {
  await (await bodyHtml(page)).fill(html);
}

/**
 * Clicks a button that asks first (components/ui/confirm-button.client.tsx), such as Unpublish,
 * and confirms in its dialog.
 */
export async function clickAndConfirm(page: Page, name: string, confirm: string = name): Promise<void> {
  await page.getByRole("button", { name, exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: confirm, exact: true }).click();
}

/** Fills and saves the new-article form (English newsroom); returns the article's admin URL. */
export async function createDraft(
  page: Page,
  fields: { title: string; summary?: string; body?: string; language?: "Español" | "English"; topic?: string },
): Promise<string> {
  await page.goto("/admin/articles/new");
  await page.getByLabel("Headline").fill(fields.title);
  await page.getByLabel("Language").selectOption({ label: fields.language ?? "Español" });
  await page.getByLabel("Summary").fill(fields.summary ?? "A summary written by the end-to-end test.");
  await fillBodyHtml(page, fields.body ?? "<p>Body written by the end-to-end test.</p>");
  if (fields.topic) await page.getByRole("checkbox", { name: fields.topic }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Article created as a draft.")).toBeVisible();
  return new URL(page.url()).pathname;
}
