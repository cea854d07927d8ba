import type { Page } from "@playwright/test";
import { expect, test, createDraft, uniqueTitle } from "./support/fixtures";

/** The hidden field React renders for a no-JavaScript server-action form, which names the action. */
async function serverActionField(page: Page, buttonName: string): Promise<string> {
  const form = page.locator("form", { has: page.getByRole("button", { name: buttonName, exact: true }) });
  const name = await form.locator('input[name^="$ACTION_ID_"]').getAttribute("name");
  if (!name) throw new Error(`no server action behind "${buttonName}"`);
  return name;
}

test("a writer can write and submit for review but sees no publish button", async ({ writerPage: page }) => {
  const title = uniqueTitle("Writer draft");
  await createDraft(page, { title });
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Article submitted for review.")).toBeVisible();
  await expect(page.getByText("Status: In review")).toBeVisible();
});

test("a writer who forces the publish action is refused and nothing changes", async ({ writerPage, editorPage }) => {
  const title = uniqueTitle("Forced publish");
  const adminUrl = await createDraft(writerPage, { title });
  const id = adminUrl.split("/").pop() ?? "";

  await editorPage.goto(adminUrl);
  const publishField = await serverActionField(editorPage, "Publish");

  const response = await writerPage.request.post(adminUrl, { multipart: { [publishField]: "", id }, maxRedirects: 0 });
  // The action ran and answered with its refusal.
  expect(response.status()).toBe(303);
  expect(response.headers().location).toContain("error=forbidden");

  await writerPage.goto(adminUrl);
  await expect(writerPage.getByText("Status: Draft")).toBeVisible();
  const reader = await editorPage.request.get(`/es`);
  expect(await reader.text()).not.toContain(title);
});

test("an anonymous POST to a server action is refused and nothing changes", async ({
  editorPage,
  playwright,
  baseURL,
}) => {
  const title = uniqueTitle("Anonymous publish");
  const adminUrl = await createDraft(editorPage, { title });
  const id = adminUrl.split("/").pop() ?? "";
  await editorPage.goto(adminUrl);
  const publishField = await serverActionField(editorPage, "Publish");

  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.post(adminUrl, { multipart: { [publishField]: "", id }, maxRedirects: 0 });
  // The action itself ran and refused: it answers with its own redirect naming the refusal.
  expect(response.status()).toBe(303);
  expect(response.headers().location).toContain("error=forbidden");
  await anonymous.dispose();

  await editorPage.goto(adminUrl);
  await expect(editorPage.getByText("Status: Draft")).toBeVisible();
});

test("a writer cannot edit another writer's article", async ({ writerPage, otherWriterPage }) => {
  const title = uniqueTitle("Someone else's");
  const adminUrl = await createDraft(writerPage, { title });
  // A draft is its writer's alone: to another writer it does not exist.
  expect((await otherWriterPage.goto(adminUrl))?.status()).toBe(404);
  await writerPage.getByRole("button", { name: "Submit for review" }).click();
  await expect(writerPage.getByText("Article submitted for review.")).toBeVisible();
  await otherWriterPage.goto(adminUrl);
  await expect(otherWriterPage.getByText("Read only: your role cannot edit this article.")).toBeVisible();
  await expect(otherWriterPage.getByRole("button", { name: "Save" })).toHaveCount(0);
});
