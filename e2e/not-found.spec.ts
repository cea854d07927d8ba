import { expect, test } from "@playwright/test";

// Refused by the address alone (unknown language, no such route, a page number that is not a
// positive whole number): no query decides these, so `npm test` checks them on one dialect.
const refusedByAddress = ["/fr", "/fr/news/anything", "/es/no-such-page", "/es?page=abc", "/es?page=-1", "/es?page=0"];
// Found missing by a database lookup: checked on every dialect.
const notInDatabase = [
  "/es/news/no-such-article",
  "/en/topics/no-such-topic",
  "/en/authors/no-such-author",
  "/es?page=999999",
  "/en/topics/economy?page=2.5",
  "/en/topics/economy?page=999",
];
const missing = [
  ...refusedByAddress.map((path) => ({ path, tag: ["@markup"] })),
  ...notInDatabase.map((path) => ({ path, tag: [] })),
];

for (const { path, tag } of missing) {
  test(`${path} answers 404 with a not-found page`, { tag }, async ({ page }) => {
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
