import { bodyHtml, expect, test, createDraft, fillBodyHtml, uniqueTitle, clickAndConfirm } from "./support/fixtures";

test("a refused save explains each field and keeps everything that was typed", async ({ editorPage: page }) => {
  await page.goto("/admin/articles/new");
  await page.getByLabel("Headline").fill("   ");
  await page.getByLabel("Slug (web address)").fill("¿?");
  await page.getByLabel("Summary").fill("A summary that must survive the failed save.");
  await fillBodyHtml(page, "<p>Body that must survive too.</p>");
  await page.getByLabel("Source (web address)").fill("not a url");
  await page.getByRole("button", { name: "Save" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "Please check the marked fields." })).toBeVisible();
  await expect(page.getByLabel("Headline")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("This field is required.")).toBeVisible();
  await expect(page.getByText("This address cannot be used: it needs letters or digits.")).toBeVisible();
  await expect(page.getByText("Enter an address starting with http:// or https://.")).toBeVisible();
  await expect(page.getByLabel("Slug (web address)")).toHaveValue("¿?");
  await expect(page.getByLabel("Summary")).toHaveValue("A summary that must survive the failed save.");
  await expect(await bodyHtml(page)).toHaveValue("<p>Body that must survive too.</p>");
  await expect(page).toHaveURL(/\/admin\/articles\/new$/);
});

test("a slug already used in the language is refused", async ({ editorPage: page }) => {
  await page.goto("/admin/articles/new");
  await page.getByLabel("Headline").fill(uniqueTitle("Duplicate slug"));
  await page
    .getByLabel("Slug (web address)")
    .fill("aviso-naranja-por-temporal-en-la-costa-de-valdemar-con-olas-de-hasta-seis-metros");
  await page.getByLabel("Summary").fill("Summary.");
  await fillBodyHtml(page, "<p>Body.</p>");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Another article in this language already uses this slug.")).toBeVisible();
});

test("an editor creates, publishes and unpublishes an article, and readers see each step at once", async ({
  editorPage: page,
  browser,
}) => {
  const title = uniqueTitle("Heraldo e2e publica");
  const adminUrl = await createDraft(page, {
    title,
    topic: "Economy",
    body: '<h2>Lo esencial</h2><p>Texto de prueba con <a href="https://example.org">enlace</a>.</p><script>window.hacked = 1</script>',
  });
  await expect(page.getByText("Status: Draft")).toBeVisible();

  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.goto("/es");
  await expect(reader.getByRole("link", { name: title })).toHaveCount(0);

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Article published.")).toBeVisible();
  await expect(page.getByText("Status: Published")).toBeVisible();

  await reader.goto("/es");
  await expect(reader.getByRole("link", { name: title }).first()).toBeVisible();
  await reader.goto("/es/topics/economia");
  await expect(reader.getByRole("link", { name: title })).toBeVisible();
  await reader.getByRole("link", { name: title }).click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.getByRole("heading", { level: 2, name: "Lo esencial" })).toBeVisible();
  // The script in the body was removed on save.
  expect(await reader.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  const articleUrl = reader.url();

  await page.goto(adminUrl);
  await clickAndConfirm(page, "Unpublish");
  await expect(page.getByText("Article unpublished.")).toBeVisible();

  await reader.goto("/es");
  await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
  const gone = await reader.goto(articleUrl);
  expect(gone?.status()).toBe(404);
  await readerContext.close();
});

test("editing a published article shows the change on the next request", async ({ editorPage: page, browser }) => {
  const title = uniqueTitle("Edited live");
  const adminUrl = await createDraft(page, { title, language: "English" });
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Article published.")).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/en");
  await expect(reader.getByRole("link", { name: title }).first()).toBeVisible();

  await page.goto(adminUrl);
  const newTitle = `${title} (updated)`;
  await page.getByLabel("Headline").fill(newTitle);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();

  await reader.goto("/en");
  await expect(reader.getByRole("link", { name: newTitle }).first()).toBeVisible();
  await reader.context().close();
});

test("the article list filters by status", async ({ editorPage: page }) => {
  const title = uniqueTitle("Draft for the filter");
  await createDraft(page, { title });
  await page.goto("/admin/articles");
  const filters = page.getByRole("search", { name: "Search and filter" });
  await filters.getByLabel("Status").selectOption({ label: "Draft" });
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=draft/);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  // No row is in the Published status (the "Published" date column says "Not published" here).
  await expect(page.getByRole("cell", { name: "Published", exact: true })).toHaveCount(0);
});
