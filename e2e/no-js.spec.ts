import { expect, test } from "@playwright/test";
import { staffAccounts, staffPassword } from "./support/env";

test.describe("without JavaScript", () => {
  test("a reader reads the front page, an article, a topic page and switches language", async ({ page }) => {
    await page.goto("/es");
    await expect(page.getByRole("heading", { level: 2, name: "Lo último" })).toBeVisible();
    await page.getByRole("region", { name: "Última hora" }).getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Aviso naranja");
    await page.getByRole("navigation", { name: "Secciones" }).getByRole("link", { name: "Salud" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Salud" })).toBeVisible();
    await page.getByRole("navigation", { name: "Idioma" }).getByRole("link", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Health" })).toBeVisible();
  });

  test("staff sign in with the plain form", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel(/email|correo/i).fill(staffAccounts.editor.email);
    await page.getByLabel(/password|contraseña/i).fill(staffPassword);
    await page.getByRole("button", { name: /sign in|entrar/i }).click();
    await expect(page).toHaveURL(/\/admin\/articles/);
  });

  test("a wrong password shows the message without JavaScript", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel(/email|correo/i).fill(staffAccounts.editor.email);
    await page.getByLabel(/password|contraseña/i).fill("wrong-password");
    await page.getByRole("button", { name: /sign in|entrar/i }).click();
    await expect(page.getByText(/not correct|no son correctos/)).toBeVisible();
  });
});
