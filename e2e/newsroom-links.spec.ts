import { expect, test, createDraft, uniqueTitle } from "./support/fixtures";

test("translating creates the linked draft in the other language and opens it", async ({ editorPage: page }) => {
  const title = uniqueTitle("Traducción");
  const sourceUrl = await createDraft(page, { title, topic: "Economy" });
  await page.getByRole("button", { name: "Translate into English" }).click();
  await expect(page.getByText("Translation created as a draft.")).toBeVisible();
  await expect(page).not.toHaveURL(new RegExp(`${sourceUrl}\\?`));
  await expect(page.getByLabel("Headline")).toHaveValue(title);
  await expect(page.getByLabel("Language")).toHaveValue("en");
  await expect(page.getByText("Status: Draft")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Economy" })).toBeChecked();
  // The address follows the translated headline until someone edits it.
  await page.getByLabel("Headline").fill("The translated headline of the story");
  await expect(page.getByLabel("Slug (web address)")).toHaveValue("the-translated-headline-of-the-story");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();
  await page.getByRole("link", { name: "Español version" }).click();
  await expect(page).toHaveURL(new RegExp(`${sourceUrl}$`));
  await expect(page.getByRole("button", { name: "Translate into English" })).toHaveCount(0);
});

test("changing a published slug leaves a permanent redirect from the old address", async ({
  editorPage: page,
  playwright,
  baseURL,
}) => {
  const title = uniqueTitle("Slug move");
  const adminUrl = await createDraft(page, { title, language: "English" });
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Article published.")).toBeVisible();
  const oldSlug = await page.getByLabel("Slug (web address)").inputValue();
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get(`/en/news/${oldSlug}`)).status()).toBe(200);

  await page.goto(adminUrl);
  await page.getByLabel("Slug (web address)").fill(`${oldSlug}-moved`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();

  const moved = await anonymous.get(`/en/news/${oldSlug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers().location).toMatch(new RegExp(`/en/news/${oldSlug}-moved$`));
  expect((await anonymous.get(`/en/news/${oldSlug}-moved`)).status()).toBe(200);
  await anonymous.dispose();

  await page.goto("/admin/redirects");
  await expect(page.getByRole("cell", { name: `/en/news/${oldSlug}`, exact: true })).toBeVisible();
});
