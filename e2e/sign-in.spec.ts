import { expect, test } from "@playwright/test";
import { signIn } from "./support/fixtures";
import { staffAccounts } from "./support/env";

// Tagged @markup (SQLite only in `npm test`): a redirect and a translated form, no database.

test("the newsroom sends visitors without a session to the sign-in page", { tag: "@markup" }, async ({ page }) => {
  await page.goto("/admin/articles");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a wrong password is refused without saying which part was wrong, and the email is kept", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(staffAccounts.editor.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The email or password is not correct.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(staffAccounts.editor.email);
  await expect(page).toHaveURL(/\/login$/);

  // An unknown address gets exactly the same answer.
  await page.getByLabel("Email").fill("nobody@e2e.test");
  await page.getByLabel("Password").fill("whatever-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The email or password is not correct.")).toBeVisible();
  await context.close();
});

test("staff sign in, see who they are, and sign out", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await signIn(page, "editor");
  await expect(page.getByText(`Signed in as ${staffAccounts.editor.name} (editor)`)).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  // The session cookie is gone once the sign-out response has been handled.
  await expect
    .poll(async () => (await context.cookies()).some((cookie) => cookie.name.includes("session-token")))
    .toBe(false);
  await page.goto("/admin/articles");
  await expect(page).toHaveURL(/\/login$/);
  await context.close();
});

test("the newsroom speaks Spanish to a Spanish browser", { tag: "@markup" }, async ({ browser }) => {
  const context = await browser.newContext({ locale: "es-ES" });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1, name: "Acceso a la redacción" })).toBeVisible();
  await expect(page.getByLabel("Correo electrónico")).toBeVisible();
  await context.close();
});
