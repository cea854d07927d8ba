import { expect, test } from "@playwright/test";

const missing = [
  "/fr",
  "/fr/news/anything",
  "/es/no-such-page",
  "/es/news/no-such-article",
  "/en/topics/no-such-topic",
  "/en/authors/no-such-author",
  "/es?page=abc",
  "/es?page=-1",
  "/es?page=0",
  "/es?page=999999",
  "/en/topics/economy?page=2.5",
  "/en/topics/economy?page=999",
];

for (const path of missing) {
  test(`${path} answers 404 with a not-found page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Página no encontrada|Page not found/);
  });
}

test("the not-found page inside a language speaks that language", async ({ page }) => {
  await page.goto("/en/news/no-such-article");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Back to the front page" })).toHaveAttribute("href", "/en");
});
