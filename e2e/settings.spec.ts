/** Site settings: a change shows on the reader site at once, and bad input keeps what was typed. */
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

const demoArticle = "/es/news/aviso-naranja-por-temporal-en-la-costa-de-valdemar-con-olas-de-hasta-seis-metros";

/** The settings form as the e2e server starts (environment defaults), restored after each test. */
async function restoreDefaults(page: Page): Promise<void> {
  await page.goto("/admin/settings");
  await page.getByLabel("Site name (Español)").fill("Heraldo");
  await page.getByLabel("Site name (English)").fill("Heraldo");
  await page.getByLabel("Default language").selectOption({ label: "Español" });
  await page.getByLabel("Reader comments on").check();
  await page.getByLabel("Show the banner").uncheck();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Settings saved|no changes/ })).toBeVisible();
}

test("a settings change shows on the reader site at once, and is audited", async ({ adminPage: page, browser }) => {
  const reader = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  try {
    await page.goto("/admin/settings");
    await page.getByLabel("Site name (Español)").fill("Diario de Valdemar");
    await page.getByLabel("Default language").selectOption({ label: "English" });
    await page.getByLabel("Reader comments on").uncheck();
    await page.getByLabel("Show the banner").check();
    await page.getByLabel("Banner text (Español)").fill("Carretera cortada en Valdemar");
    await page.getByLabel("Banner text (English)").fill("Road closed in Valdemar");
    await page.getByLabel("Link (optional)").fill("/es/search");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved. The site shows them now.")).toBeVisible();

    await reader.goto("/es");
    await expect(reader.getByRole("banner")).toContainText("Diario de Valdemar");
    const banner = reader.getByRole("region", { name: "Aviso importante" });
    await expect(banner.getByRole("link", { name: "Carretera cortada en Valdemar" })).toHaveAttribute(
      "href",
      "/es/search",
    );
    await reader.goto(demoArticle);
    await expect(reader.getByText("Los comentarios están cerrados.")).toBeVisible();
    await expect(reader.getByRole("region", { name: "Aviso importante" })).toBeVisible();
    // A browser that prefers none of the site's languages gets the default language.
    await reader.goto("/");
    await expect(reader).toHaveURL(/\/en$/);
    await expect(reader.getByRole("region", { name: "Important notice" })).toContainText("Road closed in Valdemar");

    await page.goto("/admin/audit?action=settings.change");
    await expect(page.getByRole("cell", { name: /siteName\.es: “Heraldo” → “Diario de Valdemar”/ })).toBeVisible();
  } finally {
    await restoreDefaults(page);
    await reader.context().close();
  }
  const after = await (await browser.newContext()).newPage();
  await after.goto(demoArticle);
  await expect(after.getByRole("banner")).toContainText("Heraldo");
  await expect(after.getByRole("region", { name: "Aviso importante" })).toHaveCount(0);
  await expect(after.getByText("Los comentarios están cerrados.")).toHaveCount(0);
  await after.context().close();
});

test("refused settings keep what was typed and say what is wrong", async ({ adminPage: page }) => {
  await page.goto("/admin/settings");
  await page.getByLabel("Site name (English)").fill("");
  await page.getByLabel("Public address").fill("news.example.org");
  await page.getByLabel("Show the banner").check();
  await page.getByLabel("Banner text (Español)").fill("Solo en español");
  await page.getByLabel("Banner text (English)").fill("");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Please check the highlighted fields." })).toBeVisible();
  await expect(page.getByText("Enter the site name.")).toBeVisible();
  await expect(page.getByText("Enter a full address starting with http:// or https://.")).toBeVisible();
  await expect(page.getByText("Write the banner in this language, or switch it off.")).toBeVisible();
  await expect(page.getByLabel("Public address")).toHaveValue("news.example.org");
  await expect(page.getByLabel("Banner text (Español)")).toHaveValue("Solo en español");
  await expect(page.getByLabel("Show the banner")).toBeChecked();
  // Nothing was saved.
  await page.goto("/admin/settings");
  await expect(page.getByLabel("Show the banner")).not.toBeChecked();
});

test("editors and writers cannot open the settings or the audit log", async ({ editorPage, writerPage }) => {
  for (const page of [editorPage, writerPage]) {
    for (const path of ["/admin/settings", "/admin/audit"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/admin\?denied=1$/);
      await expect(page.getByText("Your role does not give access to that section.")).toBeVisible();
    }
  }
});
