/**
 * The in-memory reader cache (server/response-cache) as readers and staff meet it. The header
 * x-heraldo-cache says how a response was answered: HIT, STALE or MISS (rendered for it);
 * absent when the cache was not used at all.
 */
import { createDraft, expect, test, uniqueTitle } from "./support/fixtures";

test("readers are answered from memory, with no cookie and the same page for everyone", async ({ request }) => {
  await request.get("/en/topics/health");
  const kept = await request.get("/en/topics/health", { headers: { "accept-encoding": "br" } });
  expect(kept.status()).toBe(200);
  expect(kept.headers()["x-heraldo-cache"]).toMatch(/HIT|STALE/);
  expect(kept.headers()["content-encoding"]).toBe("br");
  expect(kept.headers()["set-cookie"]).toBeUndefined();
  const html = await kept.text();
  expect(html).toContain("<h1");
  // The page's data is not repeated as script text for a client router.
  expect(html).not.toContain("__next_f");
});

test("a staff session is never answered from the reader cache and leaves nothing in it", async ({
  editorPage,
  request,
}) => {
  const address = `/es/search?q=${encodeURIComponent(uniqueTitle("staff-only"))}`;
  const staffView = await editorPage.goto(address);
  expect(staffView?.status()).toBe(200);
  expect(await staffView?.headerValue("x-heraldo-cache")).toBeNull();
  // Had the staff render been kept, this first reader request would be a HIT.
  const reader = await request.get(address);
  expect(reader.headers()["x-heraldo-cache"]).toBe("MISS");
  expect((await request.get(address)).headers()["x-heraldo-cache"]).toMatch(/HIT|STALE/);
  // A page readers have in memory is still rendered afresh for staff.
  const staffAgain = await editorPage.goto(address);
  expect(await staffAgain?.headerValue("x-heraldo-cache")).toBeNull();
});

test("the language chooser, which may set a cookie, is never kept", async ({ request }) => {
  for (let i = 0; i < 2; i += 1) {
    const chooser = await request.get("/", { headers: { "accept-language": "en" }, maxRedirects: 0 });
    expect(chooser.headers()["x-heraldo-cache"]).toBeUndefined();
  }
});

test("a page published in the newsroom replaces the kept front page on the next request", async ({
  editorPage: page,
  request,
}) => {
  await request.get("/en");
  expect((await request.get("/en")).headers()["x-heraldo-cache"]).toMatch(/HIT|STALE/);
  const title = uniqueTitle("Kept page replaced");
  await createDraft(page, { title, language: "English" });
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Article published.")).toBeVisible();
  const front = await request.get("/en");
  expect(await front.text()).toContain(title);
});
