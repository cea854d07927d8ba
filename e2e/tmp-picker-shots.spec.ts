import { expect, staffContext, test } from "./support/fixtures";

test("screenshots", async ({ browser }) => {
  for (const [locale, width, height] of [["en-GB", 1280, 900], ["es-ES", 390, 844]] as const) {
    const context = await staffContext(browser, "admin", { locale, viewport: { width, height } });
    const page = await context.newPage();
    await page.goto("/admin/articles/new");
    const group = page.getByRole("group", { name: /Lead image|Imagen principal/ });
    await group.scrollIntoViewIfNeeded();
    await group.screenshot({ path: `/tmp/pickers-shots/field-empty-${width}.png` });
    await group.getByRole("button").first().click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("list").getByRole("button").first()).toBeVisible();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/pickers-shots/dialog-${width}.png` });
    await dialog.getByRole("list").getByRole("button").nth(2).click();
    await page.waitForTimeout(800);
    await group.screenshot({ path: `/tmp/pickers-shots/field-chosen-${width}.png` });
    await page.goto("/admin/settings");
    await page.screenshot({ path: `/tmp/pickers-shots/settings-${width}.png`, fullPage: true });
    await page.goto("/admin/profile");
    await page.screenshot({ path: `/tmp/pickers-shots/profile-${width}.png`, fullPage: true });
    await context.close();
  }
});
