/** The audit log's filters and the dashboard's sections, including read counting. */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, uniqueTitle } from "./support/fixtures";

// The demo's most-read story (the seed gives it the most reads of the week).
const mostReadPath = "/es/news/el-paro-baja-al-9-4-en-el-tercer-trimestre-su-nivel-mas-bajo-en-quince-anos";
const mostReadTitle = "El paro baja al 9,4 %";

test("the audit log filters by action, person and day", async ({ adminPage: page }) => {
  // Two kinds of event to tell apart: a topic created, then changed, by the admin.
  const name = uniqueTitle("Audited topic");
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  await page.goto("/admin/topics/new");
  await page.getByLabel("Name (Español)").fill(name);
  await page.getByLabel("Address (Español)").fill(`${slug}-es`);
  await page.getByLabel("Name (English)").fill(name);
  await page.getByLabel("Address (English)").fill(`${slug}-en`);
  await page.getByRole("button", { name: "Create topic" }).click();
  await expect(page.getByText("Topic created.")).toBeVisible();
  await page.getByRole("link", { name, exact: true }).click();
  await page.getByLabel("Description (English)").fill("Changed for the audit log test.");
  await page.getByRole("button", { name: "Save topic" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();

  await page.goto("/admin/audit");
  await page.getByLabel("Action").selectOption({ label: "Topic created" });
  const person = page.getByLabel("Person");
  await person.selectOption(
    (await person.locator("option", { hasText: "admin@e2e.test" }).getAttribute("value")) ?? "",
  );
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=topic\.create/);
  const created = page.getByRole("row").filter({ hasText: name });
  await expect(created).toHaveCount(1);
  await expect(created.getByRole("cell").nth(2)).toHaveText("Topic created");
  await expect(created.getByRole("link", { name: /Topic \d+/ })).toHaveAttribute("href", /\/admin\/topics\/\d+$/);
  await expect(page.getByRole("cell", { name: "Topic changed", exact: true })).toHaveCount(0);

  await page.getByLabel("From day").fill("2001-01-01");
  await page.getByLabel("To day").fill("2001-01-31");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("No entries match.")).toBeVisible();

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(2);
  await expect(page.getByRole("cell", { name: "Topic changed", exact: true }).first()).toBeVisible();
});

test("an editor's dashboard shows the review queue, schedule, most read and activity", async ({ editorPage: page }) => {
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Waiting for review \(\d+\)/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Scheduled" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Recent activity" })).toBeVisible();
  const chart = page.getByRole("table", { name: /Most-read articles over the last 7 days/ });
  // The demo content comes with a week of reads.
  await expect(chart.getByRole("rowheader").first()).toBeVisible();
});

test("a writer's dashboard shows their own drafts and no activity log", async ({ writerPage: page }) => {
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: /My drafts and submissions \(\d+\)/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Recent activity" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Most read (last 7 days)" })).toBeVisible();
});

test("reading an article counts on the dashboard", async ({ adminPage: page, browser }) => {
  const readsOf = async () => {
    await page.goto("/admin");
    const row = page.getByRole("row").filter({ hasText: mostReadTitle });
    return Number(((await row.getByRole("cell").textContent()) ?? "").replace(/\D/g, "") || 0);
  };
  const before = await readsOf();

  // An address no other test reads from: a reader counts once per article and day.
  const reader = await (
    await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.7" } })
  ).newPage();
  const beacon = reader.waitForResponse((response) => response.url().endsWith("/api/reads"));
  await reader.goto(mostReadPath);
  expect((await beacon).status()).toBe(204);
  await reader.context().close();

  await expect.poll(readsOf).toBe(before + 1);
});

test("the newsroom screens of this area pass axe @markup", async ({ adminPage: page }) => {
  for (const path of ["/admin", "/admin/topics", "/admin/topics/new", "/admin/settings", "/admin/audit"]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(
      results.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  }
});
