import { expect, test } from "@playwright/test";

test.describe("search", () => {
  test("a reader finds Spanish stories without typing accents, with the match highlighted", async ({ page }) => {
    await page.goto("/es");
    await page.getByRole("link", { name: "Buscar en Heraldo" }).click();
    await page.getByLabel("Qué busca").fill("comunicacion");
    await page.getByRole("button", { name: "Buscar" }).click();
    await expect(page).toHaveURL(/\/es\/search\?q=comunicacion/);
    const results = page.getByRole("region", { name: /resultados? para «comunicacion»/ });
    await expect(results).toBeVisible();
    await expect(results.locator("mark").first()).toHaveText(/comunicaci[oó]n/i);
  });

  test("English search stems words: 'communications' finds 'communication'", async ({ page }) => {
    await page.goto("/en/search?q=communications");
    const results = page.getByRole("region", { name: /results? for “communications”/ });
    await expect(results.getByRole("heading", { level: 3 }).first()).toBeVisible();
    await expect(results.locator("mark", { hasText: /^communication$/i }).first()).toBeVisible();
  });

  test("the topic filter narrows the results to the chosen topic", async ({ page }) => {
    await page.goto("/es/search?q=informaci%C3%B3n");
    const all = await page
      .getByRole("region", { name: /resultados? para/ })
      .getByRole("heading", { level: 3 })
      .count();
    await page.getByLabel("Tema", { exact: true }).selectOption({ label: "Salud" });
    await page.getByRole("button", { name: "Buscar" }).click();
    await expect(page).toHaveURL(/topic=salud/);
    await expect(page.getByLabel("Tema", { exact: true })).toHaveValue("salud");
    await page.waitForLoadState("load");
    const filtered = page.getByRole("region", { name: /resultados? para/ }).getByRole("heading", { level: 3 });
    expect(await filtered.count()).toBeLessThan(all);
    await filtered.first().getByRole("link").click();
    await expect(
      page.getByRole("navigation", { name: "Temas de esta noticia" }).getByRole("link", { name: "Salud" }),
    ).toBeVisible();
  });

  test("a date range in the future finds nothing, and says so", async ({ page }) => {
    await page.goto("/es/search?q=agua&from=2099-01-01");
    await expect(page.getByRole("heading", { name: "No se ha encontrado nada para «agua»." })).toBeVisible();
  });

  for (const query of ['"', "*", "NEAR", "a OR b", "(()", "' OR 1=1; --", "x".repeat(2000)]) {
    test(`the query ${JSON.stringify(query.slice(0, 12))} gives results or "nothing found", never an error`, async ({
      page,
    }) => {
      const response = await page.goto(`/en/search?q=${encodeURIComponent(query)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 2, name: /results? for|Nothing found for/ })).toBeVisible();
    });
  }

  const dateCases = [
    { dates: "to=9999-12-31", invalid: [] },
    { dates: "from=0001-01-01&to=9999-12-31", invalid: [] },
    { dates: "from=0000-01-01", invalid: ["0000-01-01"] },
    { dates: "from=0000-01-01&to=10000-01-01", invalid: ["0000-01-01", "10000-01-01"] },
    { dates: "from=2026-02-30", invalid: ["2026-02-30"] },
  ];
  const languages = [
    {
      locale: "es",
      q: "agua",
      heading: /resultados? para «agua»|No se ha encontrado nada/,
      invalid: "no es una fecha válida",
    },
    { locale: "en", q: "water", heading: /results? for “water”|Nothing found for/, invalid: "is not a valid date" },
  ];
  for (const { locale, q, heading, invalid } of languages) {
    for (const { dates, invalid: refused } of dateCases) {
      test(`/${locale}/search?q=${q}&${dates} answers with results and names any date it left out`, async ({
        page,
      }) => {
        const response = await page.goto(`/${locale}/search?q=${q}&${dates}`);
        expect(response?.status()).toBe(200);
        const results = page.getByRole("region", { name: heading });
        await expect(results.getByRole("heading", { level: 2 })).toBeVisible();
        // The demo has stories about water in both languages, and every date left is a wide range.
        await expect(results.getByRole("heading", { level: 3 }).first()).toBeVisible();
        const status = page.getByRole("status").filter({ hasText: invalid });
        if (refused.length === 0) await expect(status).toHaveCount(0);
        else for (const date of refused) await expect(status).toContainText(date);
      });
    }
  }

  test("a malformed page number is a 404", async ({ page }) => {
    const response = await page.goto("/es/search?q=agua&page=abc");
    expect(response?.status()).toBe(404);
  });

  test("results only contain the reader's language", async ({ page }) => {
    await page.goto("/en/search?q=Valdemar");
    const links = page
      .getByRole("region", { name: /results? for/ })
      .getByRole("heading", { level: 3 })
      .getByRole("link");
    await expect(links.first()).toBeVisible();
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
      expect(href).toMatch(/^\/en\/news\//);
    }
  });
});
