/**
 * Accessibility: axe-core (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) on every reader page type, in
 * both languages and in both colour schemes, plus keyboard checks of the skip link and the
 * header navigation's focus indicators.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type AxeViolations = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"];

/** One readable block per rule: id, impact, how many elements, and the first few of them. */
function describeViolations(violations: AxeViolations): string {
  if (violations.length === 0) return "no accessibility violations";
  const blocks = violations.map((violation) => {
    const nodes = violation.nodes.slice(0, 4).map((node) => {
      const target = node.target.map(String).join(" >>> ");
      const html = node.html.replace(/\s+/g, " ").slice(0, 200);
      const why = (node.failureSummary ?? "").split("\n").slice(1, 2).join("").trim();
      return `    - ${target}\n      ${html}${why ? `\n      ${why}` : ""}`;
    });
    const more = violation.nodes.length > 4 ? `\n    … and ${violation.nodes.length - 4} more` : "";
    return (
      `  ${violation.id} [${violation.impact ?? "unknown impact"}] ${violation.help} ` +
      `(${violation.nodes.length} element${violation.nodes.length === 1 ? "" : "s"})\n${nodes.join("\n")}${more}`
    );
  });
  return `${violations.length} accessibility violation(s):\n${blocks.join("\n")}`;
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = `${page.url()} — ${describeViolations(results.violations)}`;
  expect(
    results.violations.map((violation) => `${violation.id} (${violation.impact ?? "unknown"})`),
    summary,
  ).toEqual([]);
}

/** Opens the first story in the front page's main content, so no slug is hard-coded. */
async function openFirstArticle(page: Page, locale: "es" | "en"): Promise<void> {
  await page.goto(`/${locale}`);
  const firstTeaser = page.getByRole("main").getByRole("article").first();
  await firstTeaser.getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/news/[^/?#]+$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

for (const colorScheme of ["light", "dark"] as const) {
  // Tagged: page markup does not depend on the database, so `npm test` runs these on one dialect.
  test.describe(`axe in the ${colorScheme} colour scheme`, { tag: "@markup" }, () => {
    test.use({ colorScheme });

    test("the colour scheme is the one being checked", async ({ page }) => {
      await page.goto("/es");
      const prefersDark = await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches);
      expect(prefersDark).toBe(colorScheme === "dark");
    });

    for (const locale of ["es", "en"] as const) {
      test(`/${locale} front page`, async ({ page }) => {
        await page.goto(`/${locale}`);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.getByRole("main").getByRole("article").first()).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }

    for (const [path, title] of [
      ["/es?page=2", "Noticias — página 2"],
      ["/en?page=2", "News — page 2"],
    ] as const) {
      test(`${path} teaser list`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
        await expect(page.getByRole("article").first()).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }

    for (const locale of ["es", "en"] as const) {
      test(`/${locale} article page, reached from the first teaser`, async ({ page }) => {
        await openFirstArticle(page, locale);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expectNoAxeViolations(page);
      });
    }

    for (const [path, name] of [
      ["/es/topics/economia", "Economía"],
      ["/en/topics/economy", "Economy"],
    ] as const) {
      test(`${path} topic page`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }

    for (const path of ["/es/authors/mateo-ibanez", "/en/authors/mateo-ibanez"]) {
      test(`${path} author page`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1, name: "Mateo Ibáñez" })).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }

    for (const [path, title] of [
      ["/es/news/no-such-thing", "Página no encontrada"],
      ["/en/xyz", "Page not found"],
    ] as const) {
      test(`${path} not-found page`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(404);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
        await expectNoAxeViolations(page);
      });
    }

    for (const path of ["/es/search?q=energía", "/en/search?q=energy"]) {
      test(`${path} search page`, async ({ page }) => {
        const response = await page.goto(path);
        if (response?.status() === 404) {
          // The search page is still being built; until it ships, this checks the 404 it answers.
          test.info().annotations.push({ type: "note", description: `${path} answered 404: no search page yet` });
        } else {
          await expect(page.getByRole("search")).toBeVisible();
          await expect(page.getByRole("main").getByRole("heading", { level: 2 }).first()).toBeVisible();
        }
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }

    for (const [locale, heading] of [
      ["es-ES", "Acceso a la redacción"],
      ["en-GB", undefined],
    ] as const) {
      test.describe(`newsroom sign-in for a ${locale} browser`, () => {
        test.use({ locale });

        test(`/login (${locale})`, async ({ page }) => {
          await page.goto("/login");
          await expect(page.locator("html")).toHaveAttribute("lang", locale.slice(0, 2));
          await expect(page.getByRole("heading", { level: 1, ...(heading ? { name: heading } : {}) })).toBeVisible();
          await expect(page.getByLabel(/email|correo/i)).toBeVisible();
          await expectNoAxeViolations(page);
        });
      });
    }
  });
}

test.describe("keyboard", { tag: "@markup" }, () => {
  /** Whether the focused element draws a focus ring: an outline or a box shadow. */
  async function focusIndicator(page: Page) {
    return page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return { element: "body", visible: false, style: "" };
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
      return {
        element: `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 60)}"`,
        visible: outline || shadow,
        style: `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${style.boxShadow}`,
      };
    });
  }

  test("the first Tab on /es shows the skip link", async ({ page }) => {
    await page.goto("/es");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Saltar al contenido" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport({ ratio: 1 });
    // Not the 1×1 px visually-hidden box any more: a real, readable link.
    const box = await skip.boundingBox();
    expect(box?.width ?? 0, "skip link width when focused").toBeGreaterThan(40);
    expect(box?.height ?? 0, "skip link height when focused").toBeGreaterThan(16);
    const indicator = await focusIndicator(page);
    expect(indicator.visible, `${indicator.element}: ${indicator.style}`).toBe(true);
  });

  test("activating the skip link moves focus and scroll to the main content", async ({ page }) => {
    await page.goto("/es");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Saltar al contenido" })).toBeFocused();
    await page.keyboard.press("Enter");

    const main = page.getByRole("main");
    const hash = await page.evaluate(() => location.hash);
    const focusInMain = await main.evaluate((element) => element.contains(document.activeElement));
    expect(hash === "#main" || focusInMain, `hash is "${hash}", focus inside main: ${focusInMain}`).toBe(true);
    // The page scrolled so the main content starts at the top of the viewport.
    await expect.poll(async () => (await main.boundingBox())?.y ?? Infinity).toBeLessThan(5);
    // The next Tab continues from the main content, not from the header.
    await page.keyboard.press("Tab");
    expect(await main.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  });

  test("Tab reaches every header navigation link, each with a visible focus indicator", async ({ page }) => {
    await page.goto("/es");
    const sections = page.getByRole("navigation", { name: "Secciones" }).getByRole("link");
    const count = await sections.count();
    expect(count).toBeGreaterThan(1);

    // Tab from the top of the page to the first section link; everything on the way shows focus.
    let presses = 0;
    for (;;) {
      await page.keyboard.press("Tab");
      presses += 1;
      const indicator = await focusIndicator(page);
      expect(indicator.visible, `Tab ${presses} → ${indicator.element}: no focus indicator (${indicator.style})`).toBe(
        true,
      );
      if (await sections.first().evaluate((element) => element === document.activeElement)) break;
      expect(presses, "the header navigation is reachable within 10 Tab presses").toBeLessThan(10);
    }

    for (let i = 1; i < count; i++) {
      await page.keyboard.press("Tab");
      await expect(sections.nth(i)).toBeFocused();
      await expect(sections.nth(i)).toBeInViewport();
      const indicator = await focusIndicator(page);
      expect(indicator.visible, `${indicator.element}: no focus indicator (${indicator.style})`).toBe(true);
    }
  });
});
