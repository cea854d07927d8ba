/** Managing topics: create, rename (old address redirects), merge, refused delete. */
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test, createDraft, uniqueTitle } from "./support/fixtures";

/** A fresh topic through the form; returns its admin address and the slugs it was given. */
async function createTopic(page: Page, name: string): Promise<{ adminUrl: string; es: string; en: string }> {
  const stem = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const slugs = { es: `${stem}-es`, en: `${stem}-en` };
  await page.goto("/admin/topics/new");
  await page.getByLabel("Name (Español)").fill(`${name} ES`);
  await page.getByLabel("Address (Español)").fill(slugs.es);
  await page.getByLabel("Name (English)").fill(name);
  await page.getByLabel("Address (English)").fill(slugs.en);
  await page.getByRole("button", { name: "Create topic" }).click();
  await expect(page.getByText("Topic created.")).toBeVisible();
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  return { adminUrl: new URL(page.url()).pathname, ...slugs };
}

/** The status and target of a redirect (a cached redirect may repeat its Location header). */
async function redirectOf(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  const [location = ""] = (response.headers()["location"] ?? "").split(", ");
  return { status: response.status(), location };
}

test("an editor creates a topic, renames it, and the old address leads to the new one", async ({
  editorPage: page,
  request,
}) => {
  const name = uniqueTitle("Topic").replace(/\s+/g, " ");
  const topic = await createTopic(page, name);

  const reader = await request.get(`/en/topics/${topic.en}`);
  expect(reader.status()).toBe(200);
  expect(await reader.text()).toContain(name);

  await page.getByLabel("Name (English)").fill(`${name} renamed`);
  await page.getByLabel("Address (English)").fill(`${topic.en}-renamed`);
  await page.getByRole("button", { name: "Save topic" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();

  expect(await redirectOf(request, `/en/topics/${topic.en}`)).toEqual({
    status: 308,
    location: `/en/topics/${topic.en}-renamed`,
  });
  const renamed = await request.get(`/en/topics/${topic.en}-renamed`);
  expect(await renamed.text()).toContain(`${name} renamed`);
  expect((await request.get(`/en/topics/${topic.en}-never-existed`)).status()).toBe(404);
});

test("a refused topic save keeps what was typed and explains each field", async ({ editorPage: page }) => {
  await page.goto("/admin/topics/new");
  await page.getByLabel("Name (Español)").fill("Economía bis");
  await page.getByLabel("Address (Español)").fill("economia");
  await page.getByLabel("Name (English)").fill("   ");
  await page.getByLabel("Address (English)").fill("¿?");
  await page.getByLabel("Front-page position").fill("zero");
  await page.getByRole("button", { name: "Create topic" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Please check the highlighted fields." })).toBeVisible();
  await expect(page.getByText("Enter a name.")).toBeVisible();
  await expect(page.getByText("This address cannot be used")).toBeVisible();
  await expect(page.getByText("Enter a whole number from 1 to 99")).toBeVisible();
  await expect(page.getByLabel("Address (English)")).toHaveValue("¿?");
  await expect(page.getByLabel("Name (Español)")).toHaveValue("Economía bis");

  // The name is fine now; the Spanish address belongs to the demo topic "Economía".
  await page.getByLabel("Name (English)").fill("Economy bis");
  await page.getByLabel("Address (English)").fill("economy-bis");
  await page.getByLabel("Front-page position").fill("");
  await page.getByRole("button", { name: "Create topic" }).click();
  await expect(page.getByText("Another topic already uses this address in this language.")).toBeVisible();
  await expect(page.getByLabel("Address (Español)")).toHaveAttribute("aria-invalid", "true");
});

test("merging moves the articles and the addresses; deleting a topic in use is refused", async ({
  editorPage: page,
  request,
}) => {
  const first = uniqueTitle("Merge from");
  const second = uniqueTitle("Merge into");
  const from = await createTopic(page, first);
  const into = await createTopic(page, second);
  const draftUrl = await createDraft(page, { title: uniqueTitle("Merged topic article"), topic: first });

  await page.goto(from.adminUrl);
  await page.getByLabel("Merge into", { exact: true }).selectOption({ label: second });
  await page.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(page.getByText("Topics merged")).toBeVisible();
  await expect(page.getByRole("link", { name: first, exact: true })).toHaveCount(0);
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: second, exact: true }) });
  await expect(row.getByRole("cell").nth(1)).toContainText("Español: 1");

  await page.goto(draftUrl);
  await expect(page.getByRole("checkbox", { name: second })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: first })).toHaveCount(0);

  expect(await redirectOf(request, `/en/topics/${from.en}`)).toEqual({
    status: 308,
    location: `/en/topics/${into.en}`,
  });
  expect(await redirectOf(request, `/es/topics/${from.es}`)).toEqual({
    status: 308,
    location: `/es/topics/${into.es}`,
  });

  await page.goto(into.adminUrl);
  await page.getByRole("button", { name: `Delete “${second}”` }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "1 article uses it. Merge it into another topic" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(second);
});
