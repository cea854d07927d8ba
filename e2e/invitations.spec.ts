/**
 * Pending invitations (listed, withdrawn, sent again), links built on the public address from
 * settings, the confirmation before a deactivation, and the newsroom language each person
 * chooses. Every account changed here is one the test invites for itself.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { e2eBaseUrl } from "./support/env";
import { expect, staffContext, test } from "./support/fixtures";

type NewAccount = { name: string; email: string; password: string };

function uniqueAccount(label: string): NewAccount {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return { name: `${label} ${id}`, email: `${label.toLowerCase()}-${id}@e2e.test`, password: `pw-${id}-secret` };
}

/** The admin invites the person as a writer; returns the link as shown once on the screen. */
async function invite(adminPage: Page, account: NewAccount): Promise<string> {
  await adminPage.goto("/admin/users");
  await adminPage.getByLabel("Name").fill(account.name);
  await adminPage.getByLabel("Email").fill(account.email);
  await adminPage.getByLabel("Role").selectOption({ label: "writer" });
  await adminPage.getByRole("button", { name: "Create invitation" }).click();
  const link = adminPage.getByLabel(`Invitation link for ${account.email}`);
  await expect(link).toBeVisible();
  return link.inputValue();
}

function pendingRow(adminPage: Page, email: string) {
  return adminPage.getByRole("table", { name: "Pending invitations" }).getByRole("row", { name: new RegExp(email) });
}

/** Opens the link in a browser of its own and chooses the password, which lands in the newsroom. */
async function accept(browser: Browser, url: string, password: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await page.goto(url);
  await page.getByLabel("New password").fill(password);
  await page.getByLabel("Repeat the password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

async function expectLinkRefused(browser: Browser, url: string): Promise<void> {
  const page = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await page.goto(url);
  await expect(page.getByText("This link is not valid.")).toBeVisible();
  await expect(page.getByLabel("New password")).toHaveCount(0);
  await page.context().close();
}

test("a pending invitation is listed; withdrawing it asks first, and then its link is refused", async ({
  adminPage,
  browser,
}) => {
  const account = uniqueAccount("Withdrawn");
  const url = await invite(adminPage, account);

  const row = pendingRow(adminPage, account.email);
  await expect(row).toContainText(account.name);
  await expect(row).toContainText("writer");
  // The e2e server's first admin, created at start from ADMIN_EMAIL.
  await expect(row).toContainText("Administrator");
  await expect(row).toContainText(String(new Date(Date.now() + 7 * 24 * 3600 * 1000).getFullYear()));

  // Cancelling the question keeps the invitation.
  await row.getByRole("button", { name: /^Withdraw/ }).click();
  const dialog = adminPage.getByRole("dialog", { name: "Withdraw the invitation?" });
  await expect(dialog).toContainText(account.email);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toBeVisible();

  await row.getByRole("button", { name: /^Withdraw/ }).click();
  await dialog.getByRole("button", { name: "Withdraw", exact: true }).click();
  await expect(adminPage.getByText("Invitation withdrawn. Its link no longer works.")).toBeVisible();
  await expect(pendingRow(adminPage, account.email)).toHaveCount(0);
  // The link shown when it was made is no longer offered for copying.
  await expect(adminPage.getByLabel(`Invitation link for ${account.email}`)).toHaveCount(0);
  await expectLinkRefused(browser, url);
});

test("sending an invitation again refuses the old link; the new one creates the account and signs it in", async ({
  adminPage,
  browser,
}) => {
  const account = uniqueAccount("Resent");
  const oldUrl = await invite(adminPage, account);

  await pendingRow(adminPage, account.email).getByRole("button", { name: "Send again" }).click();
  const fresh = adminPage
    .getByRole("region", { name: "Pending invitations" })
    .getByLabel(`Invitation link for ${account.email}`);
  await expect(fresh).toBeVisible();
  const newUrl = await fresh.inputValue();
  expect(newUrl).not.toBe(oldUrl);
  // Only the new link is offered: the one shown by the invitation form has stopped working.
  await expect(adminPage.getByLabel(`Invitation link for ${account.email}`)).toHaveCount(1);
  await expect(pendingRow(adminPage, account.email)).toHaveCount(1);

  await expectLinkRefused(browser, oldUrl);

  const page = await accept(browser, newUrl, account.password);
  await expect(page.getByText(`Signed in as ${account.name} (writer)`)).toBeVisible();
  // A normal staff session: counted on the profile screen like any sign-in.
  await page.goto("/admin/profile");
  await expect(page.getByText("This account has 1 open session (this one).")).toBeVisible();
  await page.context().close();

  await adminPage.goto("/admin/users");
  await expect(pendingRow(adminPage, account.email)).toHaveCount(0);
  await expect(adminPage.getByRole("row", { name: new RegExp(account.email) })).toContainText("Active");
});

test("links use the public address set in settings, and the settings page warns while it is local", async ({
  adminPage,
}) => {
  const warning = adminPage.getByText(`The public address is still ${e2eBaseUrl}`);
  await adminPage.goto("/admin/settings");
  await expect(warning).toBeVisible();
  try {
    await adminPage.getByLabel("Public address").fill("https://news.example.org");
    await adminPage.getByRole("button", { name: "Save settings" }).click();
    await expect(adminPage.getByText("Settings saved.")).toBeVisible();
    await expect(adminPage.getByText("The public address is still")).toHaveCount(0);

    // The admin is on localhost; the link names the public address all the same.
    const url = await invite(adminPage, uniqueAccount("Addressed"));
    expect(url).toMatch(/^https:\/\/news\.example\.org\/invite\/[\w-]{43}$/);
  } finally {
    await adminPage.goto("/admin/settings");
    await adminPage.getByLabel("Public address").fill(e2eBaseUrl);
    await adminPage.getByRole("button", { name: "Save settings" }).click();
    await expect(adminPage.getByText("Settings saved.")).toBeVisible();
  }
  await expect(warning).toBeVisible();
});

test("deactivating an account asks first; cancelling keeps it active", async ({ adminPage, browser }) => {
  const account = uniqueAccount("Kept");
  const page = await accept(browser, await invite(adminPage, account), account.password);
  await expect(page.getByText(`Signed in as ${account.name}`)).toBeVisible();

  await adminPage.goto("/admin/users");
  await adminPage
    .getByRole("row", { name: new RegExp(account.email) })
    .getByRole("link")
    .click();
  await adminPage.getByRole("button", { name: "Deactivate account" }).click();
  const dialog = adminPage.getByRole("dialog", { name: `Deactivate ${account.name}'s account?` });
  await expect(dialog).toContainText("their open sessions end at once");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();

  await adminPage.reload();
  await expect(adminPage.getByRole("button", { name: "Deactivate account" })).toBeVisible();
  await page.goto("/admin/articles");
  await expect(page.getByText(`Signed in as ${account.name}`)).toBeVisible();
  await page.context().close();
});

test("the newsroom speaks the language chosen in the profile, on every browser; reader pages keep theirs", async ({
  adminPage,
  browser,
}) => {
  const account = uniqueAccount("Polyglot");
  const page = await accept(browser, await invite(adminPage, account), account.password);
  await page.goto("/admin/profile");
  await expect(page.getByRole("heading", { name: "Newsroom language" })).toBeVisible();
  await expect(page.getByLabel("My browser's language (now: English)")).toBeChecked();

  await page.getByLabel("Español", { exact: true }).check();
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(page.getByText("Idioma guardado.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Idioma de la redacción" })).toBeVisible();
  // The whole newsroom, not only this page: the menu and the document's language too.
  await expect(page.getByRole("navigation").getByRole("link", { name: "Mi perfil" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");

  // Another browser asking for English: the stored choice wins once this person signs in.
  const other = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await other.goto("/login");
  await other.getByLabel("Email").fill(account.email);
  await other.getByLabel("Password").fill(account.password);
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.getByText(`Sesión de ${account.name}`)).toBeVisible();
  await expect(other.locator("html")).toHaveAttribute("lang", "es");
  // The reader site keeps the language of its address.
  await other.goto("/en");
  await expect(other.locator("html")).toHaveAttribute("lang", "en");
  await other.context().close();

  await page.goto("/admin/profile");
  await page.getByLabel("El idioma de mi navegador (ahora: English)").check();
  await page.getByRole("button", { name: "Guardar el idioma" }).click();
  await expect(page.getByText("Language saved.")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.context().close();
});

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(violations.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

for (const locale of ["en-GB", "es-ES"] as const) {
  test(`the users, profile and settings screens have no axe violations (${locale}) @markup`, async ({
    adminPage,
    browser,
  }) => {
    test.setTimeout(60_000); // four full axe scans on a shared machine
    // A pending invitation, so its table and buttons are checked too.
    await invite(adminPage, uniqueAccount("Checked"));
    const page = await (await staffContext(browser, "admin", { locale })).newPage();
    for (const path of ["/admin/users", "/admin/profile", "/admin/settings"]) {
      await page.goto(path);
      await expectNoAxeViolations(page, path);
    }
    // The question before withdrawing an invitation, open.
    await page.goto("/admin/users");
    await page.getByRole("table").last().getByRole("button").last().click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectNoAxeViolations(page, "withdraw dialog");
    await page.context().close();
  });
}
