/**
 * Read counting against forged beacon posts (the security review's attack): posts from a
 * foreign page, posts for a draft and repeats from one address change nothing on the
 * dashboard's most-read chart, while a reader's page view still counts, once.
 *
 * The e2e server trusts one proxy hop (e2e/support/env.ts), so each reader here gets an address
 * of its own through X-Forwarded-For, as readers behind nginx do.
 */
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { createDraft, expect, test, uniqueTitle } from "./support/fixtures";

const chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";

/** The dashboard's most-read chart: each row's heading text, link (published stories) and reads. */
async function mostRead(page: Page): Promise<{ heading: string; path: string; reads: number }[]> {
  await page.goto("/admin");
  const chart = page.getByRole("table", { name: /Most-read articles over the last 7 days/ });
  await expect(chart.getByRole("rowheader").first()).toBeVisible();
  return chart.locator("tbody tr").evaluateAll((rows) =>
    rows.map((row) => ({
      heading: row.querySelector("th")?.textContent ?? "",
      path: row.querySelector("th a")?.getAttribute("href") ?? "",
      reads: Number((row.querySelector("td")?.textContent ?? "").replace(/\D/g, "") || 0),
    })),
  );
}

async function readsOf(page: Page, path: string): Promise<number> {
  return (await mostRead(page)).find((row) => row.path === path)?.reads ?? 0;
}

/** Reads an article in a browser of its own, from `address`; resolves once each beacon was answered. */
async function readInBrowser(browser: Browser, path: string, address: string, views = 1): Promise<void> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
  const page = await context.newPage();
  for (let view = 0; view < views; view += 1) {
    const beacon = page.waitForResponse((response) => response.url().endsWith("/api/reads"));
    await (view === 0 ? page.goto(path) : page.reload());
    expect((await beacon).status()).toBe(204);
  }
  await context.close();
}

/** The article id an article page's read beacon posts. */
async function articleId(request: APIRequestContext, path: string): Promise<number> {
  const html = await (await request.get(path)).text();
  return Number(/data-article-id="(\d+)"/.exec(html)?.[1]);
}

test("forged beacon posts change nothing on the most-read chart; a page view counts once", async ({
  adminPage: page,
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const draftTitle = uniqueTitle("Forged reads draft");
  const draftId = Number(/(\d+)$/.exec(await createDraft(page, { title: draftTitle }))?.[1]);
  const before = await mostRead(page);
  const [read, marker, target] = before;
  if (!read?.path || !marker?.path || !target?.path) throw new Error("the demo's week of reads should fill the chart");
  const targetId = await articleId(request, target.path);
  expect(targetId).toBeGreaterThan(0);

  const post = (id: number, address: string, headers: Record<string, string>) =>
    request.post("/api/reads", {
      data: String(id),
      headers: { "content-type": "text/plain", "user-agent": chrome, "x-forwarded-for": address, ...headers },
    });
  const foreign = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };
  const own = { origin: new URL(page.url()).origin, "sec-fetch-site": "same-origin" };
  // The review's attack: 300 posts for a draft from a foreign page, each from a new address.
  // Then what a script can also do: claim to be our own page (still a draft: never stored), and
  // post one published story over and over from one address (one read). A few at a time: the
  // point is the number of posts, not a load test.
  const posts = [
    ...Array.from({ length: 300 }, (_, n) => () => post(draftId, `203.0.${n >> 8}.${n & 255}`, foreign)),
    ...Array.from({ length: 100 }, (_, n) => () => post(targetId, `192.0.2.${n}`, foreign)),
    ...Array.from({ length: 100 }, (_, n) => () => post(draftId, `198.18.0.${n}`, own)),
    ...Array.from({ length: 100 }, () => () => post(targetId, "198.19.0.1", own)),
  ];
  for (let first = 0; first < posts.length; first += 10) {
    const answers = await Promise.all(posts.slice(first, first + 10).map((send) => send()));
    expect(new Set(answers.map((answer) => answer.status()))).toEqual(new Set([204]));
  }

  // A reader who opens the same story three times, twice in one browser, counts once.
  await readInBrowser(browser, read.path, "198.51.100.31", 2);
  await readInBrowser(browser, read.path, "198.51.100.31");
  // Batches are written in order: once this later read shows, everything above was written.
  await readInBrowser(browser, marker.path, "198.51.100.32");
  await expect.poll(() => readsOf(page, marker.path)).toBe(marker.reads + 1);

  // The chart is the same but for those two reads and the one repeated read of `target`.
  const counted = new Set([read.path, marker.path, target.path]);
  const expected = before.map((row) => ({ ...row, reads: row.reads + (counted.has(row.path) ? 1 : 0) }));
  const after = await mostRead(page);
  expect(after.filter((row) => row.heading.includes(draftTitle))).toEqual([]);
  expect([...after].sort((a, b) => a.path.localeCompare(b.path))).toEqual(
    expected.sort((a, b) => a.path.localeCompare(b.path)),
  );
});
