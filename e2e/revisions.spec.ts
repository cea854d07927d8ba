import { bodyHtml, expect, test, createDraft, fillBodyHtml, uniqueTitle } from "./support/fixtures";

test("every save is a revision that can be compared and restored", async ({ editorPage: page }) => {
  const title = uniqueTitle("Revisions");
  const adminUrl = await createDraft(page, { title, body: "<p>Primera versión del texto.</p>" });
  await fillBodyHtml(page, "<p>Segunda versión del texto.</p>");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();

  await page.getByRole("link", { name: "Revisions" }).click();
  await expect(page.getByRole("heading", { name: "Differences between revision 1 and revision 2" })).toBeVisible();
  // Escaped source with the change marked: the markup shows as text, not as HTML.
  await expect(page.locator("del").filter({ hasText: "Primera" })).toBeVisible();
  await expect(page.locator("ins").filter({ hasText: "Segunda" })).toBeVisible();
  await expect(page.getByText("<p>", { exact: false }).first()).toBeVisible();

  // Any two revisions through the GET form.
  await page.getByLabel("Older revision").selectOption("2");
  await page.getByLabel("Newer revision").selectOption("2");
  await page.getByRole("button", { name: "Show differences" }).click();
  await expect(page.getByText("These two revisions are the same.")).toBeVisible();

  await page.getByRole("button", { name: "Restore revision 1" }).click();
  await expect(page.getByText("Revision 1 restored as a new version.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "3 (current)" })).toBeVisible();

  await page.goto(adminUrl);
  await expect(await bodyHtml(page)).toHaveValue("<p>Primera versión del texto.</p>");
});

test("the second of two simultaneous saves is refused, keeps its text and shows both versions", async ({
  editorPage: first,
  adminPage: second,
  browser,
}) => {
  const title = uniqueTitle("Two editors");
  const adminUrl = await createDraft(first, { title, language: "English" });
  await first.getByRole("button", { name: "Publish" }).click();
  await expect(first.getByText("Article published.")).toBeVisible();

  await first.goto(adminUrl);
  await second.goto(adminUrl);
  await first.getByLabel("Headline").fill(`${title} by the first`);
  await second.getByLabel("Headline").fill(`${title} by the second`);
  await second.getByLabel("Summary").fill("The second editor's summary.");

  await first.getByRole("button", { name: "Save" }).click();
  await expect(first.getByText("Changes saved.")).toBeVisible();
  await second.getByRole("button", { name: "Save" }).click();
  const alert = second.getByRole("alert").filter({ hasText: "Someone else saved this article" });
  await expect(alert).toBeVisible();
  // Nothing the second editor typed is lost.
  await expect(second.getByLabel("Headline")).toHaveValue(`${title} by the second`);
  await expect(second.getByLabel("Summary")).toHaveValue("The second editor's summary.");
  await expect(alert.getByRole("link", { name: "Compare your starting version with the current one" })).toHaveAttribute(
    "href",
    /\/revisions\?from=2&to=3$/,
  );

  // Readers see the first editor's text.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/en");
  await expect(reader.getByRole("link", { name: `${title} by the first` }).first()).toBeVisible();
  await expect(reader.getByRole("link", { name: `${title} by the second` })).toHaveCount(0);
  await reader.context().close();

  await alert.getByRole("link", { name: /Load the current version/ }).click();
  await expect(second.getByLabel("Headline")).toHaveValue(`${title} by the first`);
});
