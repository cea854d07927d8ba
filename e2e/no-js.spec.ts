import { expect, test } from "@playwright/test";
import { staffAccounts, staffPassword } from "./support/env";

// Tagged @markup (SQLite only in `npm test`): what these add is the page working without
// JavaScript; the queries behind them run on every dialect in the reader, not-found and sign-in
// specs. The plain-form search pages through results, which no other spec does: every dialect.
test.describe("without JavaScript", () => {
  test(
    "a reader reads the front page, an article, a topic page and switches language",
    { tag: "@markup" },
    async ({ page }) => {
      await page.goto("/es");
      await expect(page.getByRole("heading", { level: 2, name: "Lo último" })).toBeVisible();
      await page.getByRole("region", { name: "Última hora" }).getByRole("link").click();
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Aviso naranja");
      await page.getByRole("navigation", { name: "Secciones" }).getByRole("link", { name: "Salud" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Salud" })).toBeVisible();
      await page.getByRole("navigation", { name: "Idioma" }).getByRole("link", { name: "English" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Health" })).toBeVisible();
    },
  );

  test("a reader searches with the plain form and pages through the results", async ({ page }) => {
    await page.goto("/es/search");
    await page.getByLabel("Qué busca").fill("información");
    await page.getByRole("button", { name: "Buscar" }).click();
    await expect(page.getByRole("heading", { level: 2, name: /resultados para «información»/ })).toBeVisible();
    await page.getByRole("link", { name: "Siguiente →" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText(/^Página 2 de \d+$/)).toBeVisible();
  });

  test("an unknown article gets a readable not-found page with status 404", { tag: "@markup" }, async ({ page }) => {
    const response = await page.goto("/en/news/no-such-article");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await page.getByRole("link", { name: "Back to the front page" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Latest" })).toBeVisible();
  });

  test(
    "an unknown language prefix gets the not-found page in the browser's language",
    { tag: "@markup" },
    async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-GB" });
      const page = await context.newPage();
      const response = await page.goto("/fr/actualites");
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await context.close();
    },
  );

  test("staff sign in with the plain form", { tag: "@markup" }, async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel(/email|correo/i).fill(staffAccounts.editor.email);
    await page.getByLabel(/password|contraseña/i).fill(staffPassword);
    await page.getByRole("button", { name: /sign in|entrar/i }).click();
    await expect(page).toHaveURL(/\/admin\/?$/);
  });

  test("a wrong password shows the message without JavaScript", { tag: "@markup" }, async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel(/email|correo/i).fill(staffAccounts.editor.email);
    await page.getByLabel(/password|contraseña/i).fill("wrong-password");
    await page.getByRole("button", { name: /sign in|entrar/i }).click();
    await expect(page.getByText(/not correct|no son correctos/)).toBeVisible();
  });
});
