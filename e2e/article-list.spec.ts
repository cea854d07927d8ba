/**
 * The newsroom article list: search and filters in the address, bulk actions with their
 * per-article summary and confirmation, what a writer sees, the phone layout and axe.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { createDraft, expect, staffContext, test, uniqueTitle } from "./support/fixtures";

/** A word no other article has, so a search finds exactly this test's articles. */
function uniqueWord(): string {
  return `zq${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

async function searchList(page: Page, text: string): Promise<void> {
  await page.goto("/admin/articles");
  await page.getByLabel("Search headline and text").fill(text);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${text}`));
}

const rows = (page: Page) =>
  page
    .getByRole("table")
    .getByRole("row")
    .filter({ has: page.getByRole("checkbox") });

test("an editor searches and filters the list, and the address keeps it", async ({ editorPage: page }) => {
  const word = uniqueWord();
  const title = uniqueTitle(`Marea ${word}`);
  await createDraft(page, { title, language: "English" });

  await searchList(page, word);
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByRole("rowheader", { name: title })).toBeVisible();
  await expect(page.getByText("1 article", { exact: true })).toBeVisible();

  await page.getByLabel("Language").selectOption({ label: "Español" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/locale=es/);
  await expect(page.getByText("No articles match the search and filters.")).toBeVisible();

  await page.goto(`/admin/articles?q=${word}&locale=en&status=draft&sort=headline-desc`);
  await expect(page.getByLabel("Status")).toHaveValue("draft");
  await expect(page.getByLabel("Sort by")).toHaveValue("headline-desc");
  await expect(rows(page)).toHaveCount(1);

  // Bad values fall back to the defaults: a list, never an error page.
  const response = await page.goto("/admin/articles?page=abc&sort=nope&status=zzz&author=-1&topic=x&locale=fr");
  expect(response?.status()).toBe(200);
  await expect(page.getByLabel("Sort by")).toHaveValue("updated-desc");
  await expect(page.getByRole("table")).toBeVisible();
});

test("an editor publishes and unpublishes in bulk, confirming the unpublication", async ({ editorPage: page }) => {
  const word = uniqueWord();
  const first = uniqueTitle(`Alfa ${word}`);
  const second = uniqueTitle(`Beta ${word}`);
  await createDraft(page, { title: first });
  await createDraft(page, { title: second });

  await searchList(page, word);
  await expect(rows(page)).toHaveCount(2);
  await page.getByLabel("Select all on this page").check();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const summary = page.getByText(/^Publish: 2 articles changed, none refused$/);
  await expect(summary).toBeVisible();
  await expect(rows(page).getByText("Published", { exact: true })).toHaveCount(2);

  // Keyboard only: tick one box with Space, open the dialog with Enter, cancel, then confirm.
  await page.getByRole("checkbox", { name: `Select “${first}”` }).focus();
  await page.keyboard.press("Space");
  await page.getByRole("button", { name: "Unpublish", exact: true }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Unpublish the selected articles?" });
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Enter"); // "Cancel" has the focus
  await expect(dialog).toBeHidden();
  await expect(rows(page).getByText("Published", { exact: true })).toHaveCount(2);

  await page.getByRole("button", { name: "Unpublish", exact: true }).click();
  await dialog.getByRole("button", { name: "Yes, unpublish" }).click();
  await expect(page.getByText(/^Unpublish: 1 article changed, none refused$/)).toBeVisible();
  await expect(rows(page).getByText("Unpublished", { exact: true })).toHaveCount(1);

  // A refusal is reported per article, with the reason; the other article still changes.
  await page.getByLabel("Select all on this page").check();
  await page.getByRole("button", { name: "Unpublish", exact: true }).click();
  await dialog.getByRole("button", { name: "Yes, unpublish" }).click();
  await expect(page.getByText(/^Unpublish: 1 article changed, 1 refused$/)).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: first })).toContainText(
    `Refused — ${first} (es): not possible in its current status`,
  );
});

test("a writer sees their own drafts, not another writer's", async ({ writerPage, otherWriterPage }) => {
  const word = uniqueWord();
  const mine = uniqueTitle(`Mío ${word}`);
  const theirs = uniqueTitle(`Suyo ${word}`);
  await createDraft(writerPage, { title: mine });
  await createDraft(otherWriterPage, { title: theirs });

  await searchList(writerPage, word);
  await expect(rows(writerPage)).toHaveCount(1);
  await expect(writerPage.getByRole("rowheader", { name: mine })).toBeVisible();
  await expect(writerPage.getByText(theirs)).toHaveCount(0);
  // Writers get no publish buttons.
  await expect(writerPage.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
});

test("on a 390 px phone the list stacks and nothing runs off the screen", { tag: "@markup" }, async ({ browser }) => {
  const context = await staffContext(browser, "editor", { viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/admin/articles");
  await expect(rows(page).first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  const badge = rows(page)
    .first()
    .getByText(/^(Draft|In review|Scheduled|Published|Unpublished)$/);
  const box = await badge.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  await context.close();
});

for (const locale of ["en-GB", "es-ES"] as const) {
  test(`the list passes axe (${locale})`, { tag: "@markup" }, async ({ browser }) => {
    const context = await staffContext(browser, "editor", { locale });
    const page = await context.newPage();
    await page.goto("/admin/articles?sort=published-desc");
    await expect(page.getByRole("table")).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await context.close();
  });
}

test("without JavaScript the list filters with its form and a bulk unpublish asks once more", async ({
  browser,
  editorPage,
}) => {
  const word = uniqueWord();
  const title = uniqueTitle(`Gamma ${word}`);
  await createDraft(editorPage, { title });
  await editorPage.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(editorPage.getByText("Status: Published")).toBeVisible();

  const context = await staffContext(browser, "editor", { javaScriptEnabled: false });
  const page = await context.newPage();
  await searchList(page, word);
  await page.getByLabel("Status").selectOption({ label: "Published" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=published/);
  await expect(rows(page)).toHaveCount(1);
  await rows(page).getByRole("checkbox").check();
  await page.getByRole("button", { name: "Unpublish", exact: true }).click();
  await expect(page.getByText("Please confirm: Unpublish these articles?")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: title })).toBeVisible();
  await expect(rows(page).getByText("Published", { exact: true })).toHaveCount(1);
  await page.getByRole("button", { name: "Yes, unpublish" }).click();
  await expect(page.getByText(/^Unpublish: 1 article changed, none refused$/)).toBeVisible();
  await context.close();
});
