/**
 * The image picker wherever a form names a library image: an article's lead image (found by
 * search, or uploaded from inside the form without losing what was typed), the site logo and a
 * staff member's photo. Thumbnails and file names, keyboard only, a phone's width, both languages.
 */
import AxeBuilder from "@axe-core/playwright";
import sharp from "sharp";
import type { Locator, Page } from "@playwright/test";
import { expect, fillBodyHtml, staffContext, test, uniqueTitle } from "./support/fixtures";

const unique = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 6);

async function png(name: string, colour: string) {
  const buffer = await sharp({ create: { width: 480, height: 320, channels: 3, background: colour } })
    .png()
    .toBuffer();
  return { name, mimeType: "image/png", buffer };
}

/** The picker field (a group named by its label) and the media id its form posts. */
function pickerField(page: Page, label: string, name: string) {
  return { group: page.getByRole("group", { name: label }), value: page.locator(`input[name="${name}"]`) };
}

const openButton = /^(Choose from the library|Change)$/;

/** The dialog's images, in order. */
const images = (dialog: Locator) => dialog.getByRole("list", { name: "Media library images" }).getByRole("button");

test("a writer finds a lead image by search, uploads one from inside the article form, and saves", async ({
  writerPage: page,
}) => {
  test.slow();
  const u = unique();
  const fileName = `portada-${u}.png`;
  const title = uniqueTitle("Heraldo e2e selector");
  await page.goto("/admin/articles/new");
  await page.getByLabel("Headline").fill(title);
  await page.getByLabel("Summary").fill("Texto escrito antes de abrir el selector.");
  await fillBodyHtml(page, "<p>Cuerpo escrito antes de abrir el selector.</p>");
  const lead = pickerField(page, "Lead image", "leadMediaId");
  await expect(lead.group).toContainText("No lead image.");

  // Upload from inside the form: the new image becomes the lead image, the form keeps its text.
  await lead.group.getByRole("button", { name: openButton }).click();
  const dialog = page.getByRole("dialog", { name: "Choose the lead image" });
  await expect(dialog.getByLabel("Search the media library")).toBeFocused();
  await dialog.getByLabel("Upload a new image").setInputFiles(await png(fileName, "#1d5c8a"));
  await expect(dialog).toBeHidden();
  await expect(lead.group).toContainText(fileName);
  await expect(lead.group).toContainText("No alt text.");
  await expect(lead.value).toHaveValue(/^\d+$/);
  const uploadedId = await lead.value.inputValue();
  await expect(page.getByLabel("Headline")).toHaveValue(title);
  await expect(page.getByLabel("Summary")).toHaveValue("Texto escrito antes de abrir el selector.");
  // Focus is back on the field's button, which now offers a change.
  await expect(lead.group.getByRole("button", { name: "Change", exact: true })).toBeFocused();

  // Keyboard only: open, search a seeded portrait, choose it.
  await page.keyboard.press("Enter");
  await expect(dialog.getByLabel("Search the media library")).toBeFocused();
  await page.keyboard.type("Retrato");
  await page.keyboard.press("Enter");
  await expect(dialog.getByText(/images? match(es)? “Retrato”/)).toBeVisible();
  const portraits = images(dialog);
  // Found by the Spanish alt text; shown with the newsroom language's.
  await expect(portraits.first()).toContainText("Portrait of");
  const firstPortrait = (await portraits.first().locator("span").first().textContent()) ?? "";
  // From the search box: the Search button, the upload, then the first image.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(portraits.first()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(lead.group).toContainText(firstPortrait);
  expect(await lead.value.inputValue()).not.toBe(uploadedId);

  // Search by the uploaded file's name finds exactly that image; choosing it brings it back.
  await lead.group.getByRole("button", { name: "Change", exact: true }).click();
  await dialog.getByLabel("Search the media library").fill(`portada-${u}`);
  await expect(dialog.getByText(`1 image matches “portada-${u}”.`)).toBeVisible();
  await expect(images(dialog)).toHaveCount(1);
  await images(dialog).first().click();
  await expect(lead.value).toHaveValue(uploadedId);

  // Escape closes without changing anything.
  await lead.group.getByRole("button", { name: "Change", exact: true }).click();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(lead.value).toHaveValue(uploadedId);

  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/^(Article created as a draft\.|Changes saved\.)$/)).toBeVisible();
  await expect(lead.group).toContainText(fileName);
  await page.reload();
  await expect(lead.group).toContainText(fileName);
  await expect(lead.value).toHaveValue(uploadedId);
  await expect(page.getByLabel("Headline")).toHaveValue(title);
});

test("an admin picks the site logo and a profile photo with the same picker", async ({ adminPage: page }) => {
  test.slow();
  const logo = pickerField(page, "Logo", "logoMediaId");
  await page.goto("/admin/settings");
  const before = await logo.value.inputValue();
  try {
    await logo.group.getByRole("button", { name: openButton }).click();
    const dialog = page.getByRole("dialog", { name: "Choose the logo" });
    await dialog.getByLabel("Search the media library").fill("Retrato");
    await expect(dialog.getByText(/images? match(es)? “Retrato”/)).toBeVisible();
    const choice = images(dialog).first();
    const name = (await choice.locator("span").first().textContent()) ?? "";
    await choice.click();
    await expect(logo.group).toContainText(name);
    const chosenId = await logo.value.inputValue();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved. The site shows them now.")).toBeVisible();
    await expect(logo.group).toContainText(name);
    await page.reload();
    await expect(logo.group).toContainText(name);
    await expect(logo.value).toHaveValue(chosenId);
  } finally {
    // Back to the logo the run started with (the built-in one).
    await page.goto("/admin/settings");
    if (before === "" && (await logo.group.getByRole("button", { name: "Remove" }).isVisible())) {
      await logo.group.getByRole("button", { name: "Remove" }).click();
      await expect(logo.group).toContainText("The built-in logo is used.");
      await page.getByRole("button", { name: "Save settings" }).click();
      await expect(page.getByText("Settings saved. The site shows them now.")).toBeVisible();
    }
  }

  const photo = pickerField(page, "Photo (from the media library)", "photoMediaId");
  await page.goto("/admin/profile");
  const photoBefore = await photo.value.inputValue();
  try {
    await photo.group.getByRole("button", { name: openButton }).click();
    const dialog = page.getByRole("dialog", { name: "Choose your photo" });
    await dialog.getByLabel("Search the media library").fill("Retrato");
    await expect(dialog.getByText(/images? match(es)? “Retrato”/)).toBeVisible();
    const choice = images(dialog).nth(1);
    const name = (await choice.locator("span").first().textContent()) ?? "";
    await choice.click();
    await expect(photo.group).toContainText(name);
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Profile saved.")).toBeVisible();
    await page.reload();
    await expect(photo.group).toContainText(name);
  } finally {
    if (photoBefore === "" && (await photo.group.getByRole("button", { name: "Remove" }).isVisible())) {
      await photo.group.getByRole("button", { name: "Remove" }).click();
      await page.getByRole("button", { name: "Save profile" }).click();
      await expect(page.getByText("Profile saved.")).toBeVisible();
    }
  }
});

test("the open picker has no axe violations, in English on a desktop and in Spanish on a phone @markup", async ({
  browser,
}) => {
  const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
  const cases = [
    { locale: "en-GB", width: 1280, height: 900, open: "Choose from the library", title: "Choose the lead image" },
    { locale: "es-ES", width: 390, height: 844, open: "Elegir de la mediateca", title: "Elegir la imagen principal" },
  ];
  for (const view of cases) {
    const context = await staffContext(browser, "writer", {
      locale: view.locale,
      viewport: { width: view.width, height: view.height },
    });
    try {
      const page = await context.newPage();
      await page.goto("/admin/articles/new");
      await page.getByRole("button", { name: view.open }).click();
      const dialog = page.getByRole("dialog", { name: view.title });
      await expect(dialog.getByRole("list").getByRole("button").first()).toBeVisible();
      const results = await new AxeBuilder({ page }).include("dialog").withTags(wcagTags).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
      // Nothing wider than the screen.
      expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    } finally {
      await context.close();
    }
  }
});
