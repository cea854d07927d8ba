import { expect, test, createDraft, uniqueTitle, clickAndConfirm } from "./support/fixtures";

test("a writer deletes a draft that never went public, after confirming; published work offers no delete", async ({
  writerPage: page,
  editorPage,
}) => {
  const title = uniqueTitle("Borrador descartado");
  const url = await createDraft(page, { title });
  const editingAddress = page.url();
  const deletion = page.getByRole("region", { name: "Delete this article" });
  await expect(deletion).toBeVisible();
  // The confirmation is required: without it the browser does not send the form.
  await deletion.getByRole("button", { name: "Delete article" }).click();
  expect(page.url()).toBe(editingAddress);
  await expect(deletion).toBeVisible();
  await deletion.getByRole("checkbox", { name: "Yes, delete it for good" }).check();
  await deletion.getByRole("button", { name: "Delete article" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\?done=deleted$/);
  await expect(page.getByRole("status").filter({ hasText: "The article was deleted." })).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  expect((await page.goto(url))?.status()).toBe(404);

  const published = uniqueTitle("Publicada no se borra");
  await createDraft(editorPage, { title: published });
  await editorPage.getByRole("button", { name: "Publish" }).click();
  await expect(editorPage.getByText("Article published.")).toBeVisible();
  await expect(editorPage.getByRole("region", { name: "Delete this article" })).toHaveCount(0);
  await clickAndConfirm(editorPage, "Unpublish");
  await expect(editorPage.getByText("Status: Unpublished")).toBeVisible();
  await expect(editorPage.getByRole("region", { name: "Delete this article" })).toHaveCount(0);
});
