/**
 * Reader comments: posting (the form is plain HTML: it works the same with and without
 * JavaScript), moderation in the newsroom, every refusal, the limits, and the reader cache.
 * Each test posts from an address of its own (the test server trusts X-Forwarded-For, as behind
 * a proxy), so the per-address limits of one test never touch another.
 */
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Browser, BrowserContext, Page } from "@playwright/test";
import { expect, staffContext, test } from "./support/fixtures";
import { e2eBaseUrl } from "./support/env";

const article = "/es/news/aviso-naranja-por-temporal-en-la-costa-de-valdemar-con-olas-de-hasta-seis-metros";

let nextAddress = 10;
function readerAddress(): string {
  nextAddress += 1;
  return `203.0.113.${nextAddress}`;
}

async function readerContext(browser: Browser, options: { javaScriptEnabled?: boolean; locale?: string } = {}) {
  return browser.newContext({ ...options, extraHTTPHeaders: { "x-forwarded-for": readerAddress() } });
}

/** Submits the form; answers the question when one is asked (a form sent seconds after it was issued). */
async function submitComment(page: Page): Promise<void> {
  await page.getByRole("button", { name: /Enviar comentario|Post comment/ }).click();
  const question = page.getByLabel(/cuánto es \d+ más \d+|what is \d+ plus \d+/);
  const sent = page.getByText(/pendiente de moderación|awaiting moderation/);
  await expect(question.or(sent).or(page.getByRole("alert")).first()).toBeVisible();
  if (await question.isVisible()) {
    const label = await page.locator("label[for=comment-challenge]").innerText();
    const [a = 0, b = 0] = (label.match(/\d+/g) ?? []).map(Number);
    await question.fill(String(a + b));
    await page.getByRole("button", { name: /Enviar comentario|Post comment/ }).click();
  }
}

async function writeComment(page: Page, fields: { name: string; email?: string; body: string }) {
  await page.getByLabel(/^(Nombre|Name)$/).fill(fields.name);
  if (fields.email !== undefined) await page.getByLabel(/Correo electrónico|Email \(optional/).fill(fields.email);
  await page.getByLabel(/^(Comentario|Comment)$/).fill(fields.body);
}

/** The hidden fields of the comment form as the server rendered it (token, bound action). */
async function formFields(request: APIRequestContext, path: string): Promise<Record<string, string>> {
  return hiddenFieldsOf(await (await request.get(path)).text());
}

/** The hidden fields of the comment form in a page (the article, or the form's answer page). */
function hiddenFieldsOf(html: string): Record<string, string> {
  const form = /<form[^>]*action="[^"]*\/comment"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? "";
  const fields: Record<string, string> = {};
  for (const input of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? "";
    if (name) fields[decode(name)] = decode(value);
  }
  return fields;
}

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * Posts like `post`; when the answer asks the question (a form sent seconds after its token was
 * issued), answers it once on the answer page's own form, as a reader would.
 */
async function postAnsweringQuestion(
  request: APIRequestContext,
  fields: Record<string, string>,
  typed: Record<string, string>,
  address: string,
): Promise<string> {
  const answer = await post(request, fields, typed, address);
  const question = /cuánto es (\d+) más (\d+)/.exec(answer);
  if (!question) return answer;
  const sum = String(Number(question[1]) + Number(question[2]));
  return post(request, hiddenFieldsOf(answer), { ...typed, challengeAnswer: sum }, address);
}

/**
 * Posts the form the way a browser without JavaScript does (multipart), and returns the text of
 * the answer page. Built by hand so a field can carry bytes that are not valid UTF-8.
 */
async function post(
  request: APIRequestContext,
  fields: Record<string, string>,
  typed: Record<string, string | Buffer>,
  address: string,
  path = article,
): Promise<string> {
  const boundary = `----comment${Date.now()}${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries({ ...fields, ...typed })) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`));
    parts.push(typeof value === "string" ? Buffer.from(value) : value);
    parts.push(Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  const response = await request.post(`${path}/comment`, {
    data: Buffer.concat(parts),
    headers: {
      "content-type": `multipart/form-data; boundary=${boundary}`,
      origin: e2eBaseUrl,
      "x-forwarded-for": address,
    },
  });
  expect(response.status()).toBeLessThan(500);
  const html = await response.text();
  expect(html, "the answer page carries no client runtime or flight data").not.toContain("__next_f");
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"');
}

async function closeAll(...contexts: BrowserContext[]) {
  for (const context of contexts) await context.close();
}

test("a reader comments without JavaScript, an editor approves and replies, and the page shows it at once", async ({
  browser,
}) => {
  const reader = await readerContext(browser, { javaScriptEnabled: false });
  const editor = await staffContext(browser, "editor");
  const body = `Gracias por el aviso. Más datos en https://example.org/temporal ${Date.now()}`;
  try {
    const page = await reader.newPage();
    await page.goto(article);
    await expect(page.getByRole("heading", { name: "Deje un comentario" })).toBeVisible();
    await writeComment(page, { name: "Lucía Pérez", email: "lucia@example.org", body });
    await submitComment(page);
    await expect(page.getByText("Su comentario está pendiente de moderación", { exact: false })).toBeVisible();
    await page.goto(article);
    await expect(page.getByText(body)).toHaveCount(0);

    const staff = await editor.newPage();
    await staff.goto("/admin");
    await expect(staff.getByTestId("waiting-comments")).toContainText(/comments? (is|are) waiting/);
    await staff.goto("/admin/comments");
    const row = staff.getByRole("row").filter({ hasText: body.slice(0, 40) });
    await expect(row).toContainText("lucia@example.org");
    await row.getByRole("button", { name: "Approve the comment by Lucía Pérez" }).click();
    await expect(staff.getByText("Comment approved.")).toBeVisible();

    // The cached page changes on the very next request.
    await page.goto(article);
    const comment = page.getByRole("article").filter({ hasText: body.slice(0, 40) });
    await expect(comment).toBeVisible();
    await expect(comment.getByRole("link", { name: "https://example.org/temporal" })).toHaveAttribute(
      "rel",
      "nofollow ugc noopener",
    );
    await expect(page.getByRole("heading", { name: /^\d+ comentarios?$/ })).toBeVisible();
    const html = await page.content();
    expect(html).not.toContain("lucia@example.org");
    expect(html).not.toContain("203.0.113.");
    expect(html).toMatch(/"commentCount":[1-9]/);

    // The newsroom answers: the reply shows under the comment, marked as the newsroom's.
    await staff.goto("/admin/comments?status=approved");
    await staff.getByRole("link", { name: "Reply to the comment by Lucía Pérez" }).first().click();
    await staff.getByRole("textbox", { name: "Reply" }).fill("Gracias, Lucía. Actualizaremos la noticia.");
    await staff.getByRole("button", { name: "Publish reply" }).click();
    await expect(staff.getByText("Reply published.")).toBeVisible();
    await page.goto(article);
    const replies = page.getByRole("list", { name: "Respuestas a Lucía Pérez" }).first();
    await expect(replies).toContainText("Gracias, Lucía. Actualizaremos la noticia.");
    await expect(replies).toContainText("Redacción");

    const admin = await (await staffContext(browser, "admin")).newPage();
    await admin.goto("/admin/audit?action=comment.approve");
    await expect(admin.getByText(/Approved comment by “Lucía Pérez”/).first()).toBeVisible();
    await admin.context().close();
  } finally {
    await closeAll(reader, editor);
  }
});

test("refusals say why in the reader's language and keep what was typed", async ({ browser }) => {
  const reader = await readerContext(browser, { locale: "en-GB" });
  try {
    const page = await reader.newPage();
    await page.goto(article);
    await writeComment(page, { name: "   ", email: "not-an-email", body: "<script>alert(1)</script> hola" });
    // The browser's own checks would stop some of these first; the server must refuse them too.
    await page
      .locator("form")
      .first()
      .evaluate((form) => form.setAttribute("novalidate", ""));
    await page.getByRole("button", { name: "Enviar comentario" }).click();
    await expect(page.getByText("Escriba su nombre.")).toBeVisible();
    await expect(page.getByText("Esa dirección de correo no es válida.", { exact: false })).toBeVisible();
    await expect(page.getByText("Los comentarios son texto sin formato", { exact: false })).toBeVisible();
    await expect(page.getByLabel("Comentario", { exact: true })).toHaveValue("<script>alert(1)</script> hola");
    await expect(page.getByLabel("Correo electrónico (opcional, no se publica)")).toHaveValue("not-an-email");

    // English readers get English.
    await page.goto("/en");
    await page.locator("main a[href*='/en/news/']").first().click();
    await page.getByLabel("Name").fill("Sam");
    await page
      .locator("form")
      .last()
      .evaluate((form) => form.setAttribute("novalidate", ""));
    await page.getByRole("button", { name: "Post comment" }).click();
    await expect(page.getByText("Please write your comment.")).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveValue("Sam");
  } finally {
    await reader.close();
  }
});

test("bad input, a honeypot, a replay and a closed article store nothing", async ({ request, editorPage }) => {
  const address = readerAddress();
  const fields = await formFields(request, article);
  expect(Object.keys(fields).some((name) => name.startsWith("$ACTION"))).toBe(true);
  const say = (text: string) => post(request, fields, { name: "Ana", email: "", body: text, website: "" }, address);

  expect(await say("")).toContain("Escriba el comentario.");
  expect(await say(" \n\t ")).toContain("Escriba el comentario.");
  expect(await say("x".repeat(2001))).toContain("no puede superar los 2000 caracteres");
  expect(await say("hola\u0000\u0001mundo")).toContain("caracteres que no son texto");
  expect(await say("<img src=x onerror=alert(1)>")).toContain("texto sin formato");
  expect(await say("a http://a.example b http://b.example c http://c.example")).toContain("como mucho 2 enlaces");
  // Invalid UTF-8 arrives as replacement characters, and is refused as not text.
  expect(
    await post(request, fields, { name: "Ana", body: Buffer.from([0x68, 0x6f, 0xff, 0xfe, 0x6c, 0x61]) }, address),
  ).toContain("caracteres que no son texto");
  expect(await post(request, fields, { name: "   ", body: "Hola" }, address)).toContain("Escriba su nombre.");
  expect(await post(request, fields, { name: "Ana", email: "ana@", body: "Hola" }, address)).toContain(
    "dirección de correo no es válida",
  );
  // A tampered token.
  expect(await post(request, { ...fields, token: "1.2.abc" }, { name: "Ana", body: "Hola" }, address)).toContain(
    "no es válido para esta noticia",
  );

  // The honeypot: answered like a success, stored nowhere.
  const trap = `Compre relojes baratos ${Date.now()}`;
  expect(await post(request, fields, { name: "Bot", body: trap, website: "http://spam.example" }, address)).toContain(
    "pendiente de moderación",
  );

  // A replay: the same form and text again is refused; it is stored once.
  const once = `Una sola vez ${Date.now()}`;
  const first = await post(request, fields, { name: "Ana", body: once, challengeAnswer: "" }, address);
  expect(first).toMatch(/pendiente de moderación|Responda a la pregunta/);
  if (first.includes("pendiente de moderación"))
    expect(await post(request, fields, { name: "Ana", body: once }, address)).toContain("ya se había recibido");

  await editorPage.goto("/admin/comments?status=all");
  await expect(editorPage.getByText(trap)).toHaveCount(0);
  if (first.includes("pendiente de moderación")) await expect(editorPage.getByText(once)).toHaveCount(1);

  // A missing article has no form; an article posted to with another article's form is refused.
  expect((await request.get("/es/news/no-existe/comment")).status()).toBe(404);
  const other = await formFields(request, "/es");
  expect(Object.keys(other)).toHaveLength(0);
});

test("a flood from one address is stopped, and another reader still posts", async ({ request }) => {
  const flooder = readerAddress();
  const fields = await formFields(request, article);
  const answers: string[] = [];
  for (let batch = 0; batch < 10; batch += 1) {
    answers.push(
      ...(await Promise.all(
        Array.from({ length: 10 }, (_, n) =>
          post(request, fields, { name: "Flood", body: `Mensaje ${batch}-${n} ${Date.now()}` }, flooder),
        ),
      )),
    );
  }
  const stored = answers.filter((text) => text.includes("pendiente de moderación")).length;
  expect(stored).toBeLessThanOrEqual(3);
  expect(answers.filter((text) => /Responda a la pregunta|demasiados comentarios/.test(text)).length).toBe(
    100 - stored,
  );

  // Past the hard limit even a right answer is refused.
  const another = readerAddress();
  const page = await post(request, fields, { name: "Otra", body: `Sigo aquí ${Date.now()}` }, another);
  expect(page).toMatch(/pendiente de moderación|Responda a la pregunta/);
});

test("moderation in bulk, filters, the writer's read-only view and the article list count", async ({
  browser,
  request,
}) => {
  const address = readerAddress();
  const fields = await formFields(request, article);
  const tag = `lote-${Date.now()}`;
  for (let n = 0; n < 2; n += 1)
    await post(request, fields, { name: `Lector ${n}`, body: `${tag} comentario ${n}` }, address);
  const editor = await staffContext(browser, "editor");
  const writer = await staffContext(browser, "writer");
  try {
    const page = await editor.newPage();
    await page.goto("/admin/comments");
    const rows = page.getByRole("row").filter({ hasText: tag });
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    for (let n = 0; n < count; n += 1) await rows.nth(n).getByRole("checkbox").check();
    await page.getByRole("button", { name: "Mark selected as spam" }).click();
    await expect(page.getByText(/comments? marked as spam/i)).toBeVisible();
    await page.getByLabel("Status").selectOption("spam");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByRole("row").filter({ hasText: tag })).toHaveCount(count);

    await page.getByRole("button", { name: "Delete selected" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Select at least one comment." })).toBeVisible();

    await page.goto("/admin/articles");
    await expect(page.getByRole("link", { name: /\d+ comments?/ }).first()).toBeVisible();

    const writerPage = await writer.newPage();
    await writerPage.goto("/admin/comments?status=all");
    await expect(writerPage.getByRole("button", { name: /Approve/ })).toHaveCount(0);
    await expect(writerPage.getByText(tag)).toHaveCount(0);
    await writerPage.goto("/admin/comments/1");
    await expect(writerPage).toHaveURL(/\/admin(\?denied=1)?$/);
  } finally {
    await closeAll(editor, writer);
  }
});

test("approving a comment leaves other kept pages in the reader cache", async ({ request, editorPage }) => {
  const front = "/es/topics/salud";
  await request.get(front);
  await expect.poll(async () => (await request.get(front)).headers()["x-heraldo-cache"]).toBe("HIT");
  const fields = await formFields(request, article);
  const body = `Cache ${Date.now()}`;
  const answer = await postAnsweringQuestion(request, fields, { name: "Cache", body }, readerAddress());
  expect(answer).toContain("pendiente de moderación");
  await editorPage.goto("/admin/comments");
  await editorPage
    .getByRole("row")
    .filter({ hasText: body })
    .getByRole("button", { name: /^Approve/ })
    .click();
  await expect(editorPage.getByText("Comment approved.")).toBeVisible();
  // Still kept (fresh or stale): only the article's own page left the cache.
  expect(["HIT", "STALE"]).toContain((await request.get(front)).headers()["x-heraldo-cache"]);
  expect(await (await request.get(article)).text()).toContain(body);
});

test("with comments off site-wide the form is gone, posting is refused, and approved ones can be hidden", async ({
  request,
  adminPage,
}) => {
  const fields = await formFields(request, article);
  const setComments = async (on: boolean, showClosed: boolean) => {
    await adminPage.goto("/admin/settings");
    const open = adminPage.getByLabel("Reader comments on");
    const show = adminPage.getByLabel("Show approved comments when comments are closed");
    if (on) await open.check();
    else await open.uncheck();
    if (showClosed) await show.check();
    else await show.uncheck();
    await adminPage.getByRole("button", { name: "Save settings" }).click();
    await expect(adminPage.getByRole("status").filter({ hasText: /Settings saved|no changes/ })).toBeVisible();
  };
  try {
    await setComments(false, true);
    const html = await (await request.get(article)).text();
    expect(html).toContain("Los comentarios están cerrados.");
    expect(html).not.toContain("Deje un comentario");
    expect(await post(request, fields, { name: "Ana", body: `Cerrado ${Date.now()}` }, readerAddress())).toContain(
      "Los comentarios están cerrados.",
    );
    await setComments(false, false);
    expect(await (await request.get(article)).text()).not.toContain('id="comments-heading"');
  } finally {
    await setComments(true, true);
  }
  expect(await (await request.get(article)).text()).toContain("Deje un comentario");
});

for (const locale of ["es", "en"] as const) {
  test(`the article page with comments and the queue pass axe (${locale})`, { tag: "@markup" }, async ({ browser }) => {
    const reader = await readerContext(browser);
    const staff = await staffContext(browser, "editor", { locale: locale === "es" ? "es-ES" : "en-GB" });
    try {
      const page = await reader.newPage();
      await page.goto(locale === "es" ? article : "/en");
      if (locale === "en") await page.locator("main a[href*='/en/news/']").first().click();
      await expect(page.locator("#comments")).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
      const queue = await staff.newPage();
      await queue.goto("/admin/comments?status=all");
      const queueResults = await new AxeBuilder({ page: queue })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(queueResults.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
    } finally {
      await closeAll(reader, staff);
    }
  });
}
