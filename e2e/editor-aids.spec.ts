/**
 * What the article editor does for the person writing: the live word count and reading time,
 * the toolbar as one tab stop, the phone-width preview, the notice naming whoever else has the
 * article open, and a new article becoming its page in place once autosave has created it.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { presenceHeartbeatMs } from "../lib/presence";
import { staffAccounts } from "./support/env";
import { createDraft, expect, test, uniqueTitle } from "./support/fixtures";

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

function editorBody(page: Page) {
  return page.getByRole("textbox", { name: "Body", exact: true });
}

test("the body's word count and reading time follow the typing @markup", async ({ writerPage: page }) => {
  await page.goto("/admin/articles/new");
  const count = page.locator("#body-words");
  await expect(count).toHaveText("No words yet");
  await editorBody(page).click();
  await page.keyboard.type("Tres palabras aquí");
  await expect(count).toHaveText("3 words · 1 minute read");
  await page.keyboard.press("Enter");
  await page.keyboard.type("y dos");
  await expect(count).toHaveText("5 words · 1 minute read");
  // The count describes the body, so a screen reader hears it with the field.
  await expect(editorBody(page)).toHaveAttribute("aria-describedby", /\bbody-words\b/);

  // Minutes at the reader site's pace: 650 words read in about 3 minutes.
  await page.getByRole("button", { name: "Edit as HTML" }).click();
  await page.getByRole("textbox", { name: "Body (HTML)" }).fill(`<p>${"palabra ".repeat(650)}</p>`);
  await expect(count).toHaveText("650 words · 3 minutes read");
});

test("the formatting toolbar is one tab stop, crossed with the arrow keys @markup", async ({ writerPage: page }) => {
  await page.goto("/admin/articles/new");
  const toolbar = page.getByRole("toolbar", { name: "Text formatting" });
  await expect(toolbar).toBeVisible();
  await page.getByLabel("Summary").focus();
  await page.keyboard.press("Tab");
  await expect(toolbar.getByRole("button", { name: "Paragraph" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(toolbar.getByRole("button", { name: "Heading", exact: true })).toBeFocused();
  await page.keyboard.press("End");
  await expect(toolbar.getByRole("button", { name: "Edit as HTML" })).toBeFocused();
  // Undo and Redo have nothing to do yet: the arrows pass over them.
  await page.keyboard.press("ArrowLeft");
  await expect(toolbar.getByRole("button", { name: "Video" })).toBeFocused();
  await page.keyboard.press("Home");
  await expect(toolbar.getByRole("button", { name: "Paragraph" })).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(toolbar.getByRole("button", { name: "Edit as HTML" })).toBeFocused();

  // One Tab leaves the toolbar for the text; Shift+Tab comes back to the button last used.
  await page.keyboard.press("Tab");
  await expect(editorBody(page)).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(toolbar.getByRole("button", { name: "Edit as HTML" })).toBeFocused();
  await expect(toolbar.locator('button[tabindex="0"]')).toHaveCount(1);
});

test("the preview shows the article in a phone-wide frame, reached by keyboard", async ({ writerPage: page }) => {
  const title = uniqueTitle("Heraldo e2e en el teléfono");
  const adminUrl = await createDraft(page, { title, language: "English" });
  await page.goto(adminUrl);
  const phoneLink = page.getByRole("link", { name: "Preview on a phone" });
  await phoneLink.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/preview\?view=phone$/);

  const frame = page.frameLocator('iframe[title="The article on a phone 390 pixels wide"]');
  await expect(frame.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const width = await page
    .locator("iframe")
    .contentFrame()
    .locator("html")
    .evaluate(() => window.innerWidth);
  expect(width).toBe(390);
  await expect(page.getByRole("link", { name: "Phone" })).toHaveAttribute("aria-current", "page");
  await expectNoAxeViolations(page);

  // Back to full width, from the same bar.
  await page.getByRole("link", { name: "Full width" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.locator("iframe")).toHaveCount(0);
});

test("an editor opening an article a writer has open sees the writer's name, until the writer leaves", async ({
  writerPage,
  editorPage,
}) => {
  const adminUrl = await createDraft(writerPage, { title: uniqueTitle("Heraldo e2e a cuatro manos") });
  await writerPage.goto(adminUrl);
  await expect(writerPage.getByLabel("Headline")).toBeVisible();
  await expect(writerPage.getByText(/also has this article open/)).toHaveCount(0);

  // The editor's clock is one the test can move on, so the next heartbeat needs no waiting.
  await editorPage.clock.install();
  await editorPage.goto(adminUrl);
  const notice = editorPage.getByText(`${staffAccounts.writer.name} also has this article open.`);
  await expect(notice).toBeVisible();
  await expectNoAxeViolations(editorPage);

  // The writer leaves: the editor's next heartbeat no longer names them.
  await writerPage.goto("/admin");
  await expect(writerPage.getByRole("heading", { level: 1 })).toBeVisible();
  await expect
    .poll(async () => {
      await editorPage.clock.fastForward(presenceHeartbeatMs);
      return notice.count();
    })
    .toBe(0);
});

test("once autosave has created a new article, the page offers Submit and Preview in place, keeping the typing", async ({
  writerPage: page,
}) => {
  const title = uniqueTitle("Heraldo e2e se hace su página");
  await page.goto("/admin/articles/new");
  await page.getByLabel("Headline").fill(title);
  await page.getByLabel("Language").selectOption({ label: "English" });
  await page.getByLabel("Summary").fill("A summary the autosave keeps.");
  await editorBody(page).click();
  await page.keyboard.type("A body the autosave keeps.");

  // No reload, no move: the article page's workflow appears above the form being written in.
  const submit = page.getByRole("button", { name: "Submit for review" });
  await expect(submit).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Edit article" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Open preview" })).toBeVisible();
  await expect(editorBody(page)).toBeFocused();
  await page.keyboard.type(" Typed after it was created.");
  await expect(page.getByLabel("Headline")).toHaveValue(title);
  await expect(page.getByLabel("Language")).toHaveValue("en");
  await expect(page.getByRole("status").filter({ hasText: /^Saved at / })).toBeVisible({ timeout: 15_000 });

  await submit.click();
  await expect(page.getByText("Article submitted for review.")).toBeVisible();
  await expect(editorBody(page)).toHaveText("A body the autosave keeps. Typed after it was created.");
  await page.goto("/admin/articles");
  await expect(page.getByRole("link", { name: title, exact: true })).toHaveCount(1);
});
