/**
 * Accounts: sign-in lockout, password-reset and invitation links, users administration and the
 * own profile. Destructive steps use accounts each test invites for itself, so the shared
 * staff accounts stay as other specs expect them.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { staffAccounts } from "./support/env";

type NewAccount = { name: string; email: string; password: string };

function uniqueAccount(label: string): NewAccount {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return { name: `${label} ${id}`, email: `${label.toLowerCase()}-${id}@e2e.test`, password: `pw-${id}-secret` };
}

async function signInWith(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** An admin invites the person; the invitation link is read from the screen, as an admin would copy it. */
async function invite(adminPage: Page, account: NewAccount, role: "Writer" | "Editor" | "Admin"): Promise<string> {
  await adminPage.goto("/admin/users");
  await adminPage.getByLabel("Name").fill(account.name);
  await adminPage.getByLabel("Email").fill(account.email);
  await adminPage.getByLabel("Role").selectOption({ label: role.toLowerCase() });
  await adminPage.getByRole("button", { name: "Create invitation" }).click();
  const link = adminPage.getByLabel(`Invitation link for ${account.email}`);
  await expect(link).toBeVisible();
  return link.inputValue();
}

async function choosePassword(page: Page, url: string, password: string, submit: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel("New password").fill(password);
  await page.getByLabel("Repeat the password").fill(password);
  await page.getByRole("button", { name: submit }).click();
}

/** Invites a fresh account and accepts the invitation, which signs it in; returns its signed-in page. */
async function freshStaff(browser: Browser, adminPage: Page, role: "Writer" | "Editor", label: string = role) {
  const account = uniqueAccount(label);
  const url = await invite(adminPage, account, role);
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await choosePassword(page, url, account.password, "Create account");
  await expect(page.getByText(`Signed in as ${account.name}`)).toBeVisible();
  return { account, page };
}

async function openUser(adminPage: Page, email: string): Promise<void> {
  await adminPage.goto("/admin/users");
  await adminPage.getByRole("row", { name: email }).getByRole("link").click();
  await expect(adminPage.getByText(email, { exact: true })).toBeVisible();
  await expect(adminPage).toHaveURL(/\/admin\/users\/\d+$/);
}

test("an invitation creates the account, which can then sign in; the link works once", async ({
  adminPage,
  browser,
}) => {
  const account = uniqueAccount("Invited");
  const url = await invite(adminPage, account, "Writer");
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();

  await page.goto(url);
  await expect(page.getByText(`${account.name}, you have been invited to the newsroom as writer`)).toBeVisible();
  // A mismatch is refused and nothing is created.
  await page.getByLabel("New password").fill(account.password);
  await page.getByLabel("Repeat the password").fill("something else entirely");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("The two passwords do not match.")).toBeVisible();
  await choosePassword(page, url, account.password, "Create account");
  // Accepting signs the person in and lands them in the newsroom.
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByText(`Signed in as ${account.name} (writer)`)).toBeVisible();

  // The password chosen is the account's: a new browser signs in with it.
  const again = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await signInWith(again, account.email, account.password);
  await expect(again.getByText(`Signed in as ${account.name} (writer)`)).toBeVisible();
  await again.context().close();
  await page.goto(url);
  await expect(page.getByText("This link has already been used")).toBeVisible();

  await adminPage.goto("/admin/users");
  const row = adminPage.getByRole("row", { name: new RegExp(account.email) });
  await expect(row).toContainText("writer");
  await expect(row).toContainText("Active");
  await expect(row).not.toContainText("Never");
  await context.close();
});

test("repeated wrong passwords lock this browser out for minutes, even with the right password, and tell the admins", async ({
  adminPage,
  browser,
}) => {
  const account = uniqueAccount("Locked");
  // Accepted in a browser of its own: accepting signs that browser in as the new account.
  const accepting = await browser.newContext({ locale: "en-GB" });
  await choosePassword(
    await accepting.newPage(),
    await invite(adminPage, account, "Writer"),
    account.password,
    "Create account",
  );
  await accepting.close();
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();

  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await signInWith(page, account.email, `wrong-${attempt}`);
    await expect(page.getByText("The email or password is not correct.")).toBeVisible();
  }
  await signInWith(page, account.email, "wrong-5");
  await expect(page.getByText("Too many failed attempts. Try again in 15 minutes.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(account.email);

  await signInWith(page, account.email, account.password);
  await expect(page.getByText("Too many failed attempts. Try again in 15 minutes.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);

  // The admins are told; the account is this test's own, so nothing shared stays slowed down.
  await adminPage.goto("/admin/users");
  await expect(adminPage.getByRole("row", { name: new RegExp(account.email) })).toContainText(
    "5 wrong passwords in 15 minutes: sign-ins slowed down",
  );
  await adminPage.goto("/admin");
  await expect(adminPage.getByRole("region", { name: "Repeated wrong passwords" })).toContainText(
    `${account.name}: 5 in the last 15 minutes`,
  );
  await context.close();
});

test("an admin's reset link sets a new password once and ends the old sessions", async ({ adminPage, browser }) => {
  const { account, page: oldSession } = await freshStaff(browser, adminPage, "Writer", "Reset");

  await openUser(adminPage, account.email);
  await adminPage.getByRole("button", { name: "Create password-reset link" }).click();
  const url = await adminPage.getByLabel(`Link for ${account.name}`).inputValue();

  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await choosePassword(page, url, "a-brand-new-password", "Save password");
  await expect(page.getByText("Your password has been changed. Sign in with the new one.")).toBeVisible();

  await signInWith(page, account.email, account.password);
  await expect(page.getByText("The email or password is not correct.")).toBeVisible();
  await signInWith(page, account.email, "a-brand-new-password");
  await expect(page.getByText(`Signed in as ${account.name}`)).toBeVisible();

  // The session opened before the reset is over.
  await oldSession.goto("/admin/articles");
  await expect(oldSession).toHaveURL(/\/login$/);

  await page.goto(url);
  await expect(page.getByText("This link has already been used")).toBeVisible();
  await page.goto(`${url.slice(0, -2)}xx`);
  await expect(page.getByText("This link is not valid.")).toBeVisible();
  await context.close();
  await oldSession.context().close();
});

test("a role change applies on the person's next page", async ({ adminPage, browser }) => {
  const { account, page } = await freshStaff(browser, adminPage, "Writer", "Promoted");
  await expect(page.getByRole("link", { name: "Review queue" })).toHaveCount(0);

  await openUser(adminPage, account.email);
  await adminPage.getByLabel("New role").selectOption({ label: "editor" });
  await adminPage.getByRole("button", { name: "Change role" }).click();
  await expect(adminPage.getByText("Role changed.")).toBeVisible();

  await page.goto("/admin/articles");
  await expect(page.getByText(`Signed in as ${account.name} (editor)`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Review queue" })).toBeVisible();
  await page.context().close();
});

test("deactivating an account throws its signed-in user out on the next request", async ({ adminPage, browser }) => {
  const { account, page } = await freshStaff(browser, adminPage, "Editor", "Leaving");

  await openUser(adminPage, account.email);
  await adminPage.getByRole("button", { name: "Deactivate account" }).click();
  await adminPage.getByRole("dialog").getByRole("button", { name: "Deactivate account" }).click();
  await expect(adminPage.getByText("Account deactivated. Its sessions have ended.")).toBeVisible();

  await page.goto("/admin/articles");
  await expect(page).toHaveURL(/\/login$/);
  await signInWith(page, account.email, account.password);
  await expect(page.getByText("The email or password is not correct.")).toBeVisible();
  await page.context().close();
});

test("the last admin cannot demote themself", async ({ adminPage }) => {
  await openUser(adminPage, staffAccounts.admin.email);
  await adminPage.getByLabel("New role").selectOption({ label: "editor" });
  await adminPage.getByRole("button", { name: "Change role" }).click();

  await expect(adminPage.getByText("This is the last active admin account")).toBeVisible();
  await adminPage.goto("/admin/users");
  await expect(adminPage.getByRole("row", { name: staffAccounts.admin.email })).toContainText("admin");
});

test("a profile edit shows on the reader author page", async ({ adminPage, browser }) => {
  const { page } = await freshStaff(browser, adminPage, "Writer", "Profiled");
  const jobTitle = `Press officer ${Date.now().toString(36)}`;

  await page.goto("/admin/profile");
  await page.getByLabel("Job title (English)").fill(jobTitle);
  await page.getByLabel("Biography (English)").fill("Covers science and universities.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();

  const authorPage = await page.getByRole("link", { name: "View my author page" }).getAttribute("href");
  expect(authorPage).toMatch(/^\/en\/authors\//);
  await page.goto(authorPage ?? "");
  await expect(page.getByText(jobTitle)).toBeVisible();
  await expect(page.getByText("Covers science and universities.")).toBeVisible();
  await page.context().close();
});

test("a password change needs the current password, keeps what was typed, and signs out other sessions", async ({
  adminPage,
  browser,
}) => {
  const { account, page } = await freshStaff(browser, adminPage, "Writer", "Changer");
  const otherContext = await browser.newContext({ locale: "en-GB" });
  const other = await otherContext.newPage();
  await signInWith(other, account.email, account.password);
  await expect(other.getByText(`Signed in as ${account.name}`)).toBeVisible();

  await page.goto("/admin/profile");
  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByLabel("New password", { exact: true }).fill("my-next-password-1");
  await page.getByLabel("Repeat the new password").fill("my-next-password-1");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The current password is not correct.")).toBeVisible();
  await expect(page.getByLabel("New password", { exact: true })).toHaveValue("my-next-password-1");
  await expect(page.getByLabel("Repeat the new password")).toHaveValue("my-next-password-1");

  await page.getByLabel("Current password").fill(account.password);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. Your other sessions have been signed out.")).toBeVisible();

  // This browser stays signed in; the other one is out.
  await page.goto("/admin/articles");
  await expect(page.getByText(`Signed in as ${account.name}`)).toBeVisible();
  await other.goto("/admin/articles");
  await expect(other).toHaveURL(/\/login$/);
  await otherContext.close();
  await page.context().close();
});

test("'sign out everywhere' ends every session of the account, this one included", async ({ adminPage, browser }) => {
  const { account, page } = await freshStaff(browser, adminPage, "Writer", "Everywhere");
  const otherContext = await browser.newContext({ locale: "en-GB" });
  const other = await otherContext.newPage();
  await signInWith(other, account.email, account.password);
  await expect(other.getByText(`Signed in as ${account.name}`)).toBeVisible();

  await page.goto("/admin/profile");
  await expect(page.getByText("This account has 2 open sessions, this one included.")).toBeVisible();
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByRole("dialog")).toContainText("All 2 open sessions end, this one included.");
  await page.getByRole("dialog").getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByText("You have signed out on every device and browser.")).toBeVisible();

  await other.goto("/admin/articles");
  await expect(other).toHaveURL(/\/login$/);
  await page.goto("/admin/articles");
  await expect(page).toHaveURL(/\/login$/);
  await otherContext.close();
  await page.context().close();
});

test("the users and profile screens have no axe violations @markup", async ({ adminPage }) => {
  const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
  await openUser(adminPage, staffAccounts.editor.email);
  for (const path of ["/admin/users", new URL(adminPage.url()).pathname, "/admin/profile"]) {
    await adminPage.goto(path);
    const { violations } = await new AxeBuilder({ page: adminPage }).withTags(wcagTags).analyze();
    expect(violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});
