/**
 * Publish-to-visible, measured as an editor without JavaScript would do it: sign in through the
 * login form, create an article through the new-article form, press Publish on its page, then
 * reload the front page until the headline is there. Next renders server-action forms with
 * hidden $ACTION_… inputs, so posting a form's own fields as multipart/form-data is exactly
 * what a browser without JavaScript sends.
 */
import { Parser } from "htmlparser2";
import { sleep } from "./http";

type Form = { fields: [string, string][]; buttons: { text: string; name?: string; value?: string }[]; action: string };

/** Every form of a page with what it would submit: inputs, checked boxes, text areas, selects. */
export function parseForms(document: string): Form[] {
  const forms: Form[] = [];
  let form: Form | null = null;
  let capture: { kind: "textarea" | "button" | "option"; name?: string; value?: string; text: string } | null = null;
  let select: { name: string; first?: string; chosen?: string } | null = null;
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (tag === "form") {
          form = { fields: [], buttons: [], action: attrs.action ?? "" };
          forms.push(form);
          return;
        }
        if (!form) return;
        const type = (attrs.type ?? "text").toLowerCase();
        if (tag === "input" && attrs.name !== undefined) {
          if (["submit", "button", "image", "reset", "file"].includes(type)) return;
          if ((type === "checkbox" || type === "radio") && attrs.checked === undefined) return;
          form.fields.push([attrs.name, attrs.value ?? (type === "checkbox" ? "on" : "")]);
        } else if (tag === "textarea") capture = { kind: "textarea", name: attrs.name, text: "" };
        else if (tag === "button" && type !== "button")
          capture = { kind: "button", name: attrs.name, value: attrs.value, text: "" };
        else if (tag === "select" && attrs.name) select = { name: attrs.name };
        else if (tag === "option" && select) {
          const value = attrs.value;
          select.first ??= value;
          if (attrs.selected !== undefined) select.chosen = value;
          if (value === undefined) capture = { kind: "option", text: "" };
        }
      },
      ontext(text) {
        if (capture) capture.text += text;
      },
      onclosetag(tag) {
        const current = form as Form | null;
        if (tag === "form") form = null;
        if (!current) return;
        if (tag === "textarea" && capture?.kind === "textarea") {
          if (capture.name) current.fields.push([capture.name, capture.text]);
          capture = null;
        } else if (tag === "button" && capture?.kind === "button") {
          current.buttons.push({ text: capture.text.trim(), name: capture.name, value: capture.value });
          capture = null;
        } else if (tag === "option" && capture?.kind === "option") capture = null;
        else if (tag === "select" && select) {
          const value = select.chosen ?? select.first;
          if (value !== undefined) current.fields.push([select.name, value]);
          select = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(document);
  return forms;
}

/** A cookie jar and manual redirects, like a browser on one site. */
class Visitor {
  private readonly cookies = new Map<string, string>();
  constructor(private readonly origin: string) {}

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }

  private headers(): Record<string, string> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    return { origin: this.origin, ...(cookie ? { cookie } : {}) };
  }

  /** Follows redirects with GETs; returns the final address and page. */
  async request(path: string, body?: FormData): Promise<{ url: string; status: number; text: string }> {
    let url = new URL(path, this.origin).toString();
    let init: RequestInit = body ? { method: "POST", body } : { method: "GET" };
    for (let hop = 0; hop < 10; hop++) {
      const response = await fetch(url, { ...init, headers: this.headers(), redirect: "manual" });
      this.remember(response);
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.arrayBuffer();
        url = new URL(location, url).toString();
        init = { method: "GET" };
        continue;
      }
      return { url, status: response.status, text: await response.text() };
    }
    throw new Error(`too many redirects from ${path}`);
  }

  async submit(pageUrl: string, form: Form, overrides: Record<string, string>, button?: Form["buttons"][number]) {
    const data = new FormData();
    const seen = new Set<string>();
    for (const [name, value] of form.fields) {
      if (name in overrides) {
        if (!seen.has(name)) data.append(name, overrides[name] ?? "");
        seen.add(name);
      } else data.append(name, value);
    }
    for (const [name, value] of Object.entries(overrides)) if (!seen.has(name)) data.append(name, value);
    if (button?.name) data.append(button.name, button.value ?? "");
    const target =
      form.action && !form.action.startsWith("javascript:") ? new URL(form.action, pageUrl).toString() : pageUrl;
    return this.request(target, data);
  }
}

const hasField = (form: Form, name: string) => form.fields.some(([field]) => field === name);

export type PublishResult =
  | { ok: true; visibleMs: number; publishRequestMs: number; title: string; path: string }
  | { ok: false; reason: string };

export async function publishToVisible(
  origin: string,
  credentials: { email: string; password: string },
  label: string,
): Promise<PublishResult> {
  const visitor = new Visitor(origin);
  const login = await visitor.request("/login");
  const loginForm = parseForms(login.text).find((f) => hasField(f, "email") && hasField(f, "password"));
  if (!loginForm) return { ok: false, reason: "the login page has no form with email and password fields" };
  const signedIn = await visitor.submit(login.url, loginForm, credentials);
  if (new URL(signedIn.url).pathname.startsWith("/login"))
    return { ok: false, reason: `sign-in as ${credentials.email} failed (status ${signedIn.status})` };

  const editor = await visitor.request("/admin/articles/new");
  const articleForm = parseForms(editor.text).find((f) => hasField(f, "title") && hasField(f, "summary"));
  if (!articleForm) return { ok: false, reason: "the new-article page has no article form" };
  // Letters and digits only, so the headline reads the same in the HTML as typed.
  const title = `Prueba de publicacion ${label} ${Date.now().toString(36)}`;
  const created = await visitor.submit(editor.url, articleForm, {
    title,
    locale: "es",
    slug: "",
    summary: "Articulo creado por el banco de pruebas para medir el tiempo hasta que se ve publicado.",
    body: "<p>Texto del articulo de prueba, publicado por el banco de pruebas.</p>",
  });
  const id = /\/admin\/articles\/(\d+)/.exec(new URL(created.url).pathname)?.[1];
  if (!id) return { ok: false, reason: `saving the new article did not lead to its page (status ${created.status})` };

  const forms = parseForms(created.text);
  const publishForm = forms.find((f) => f.buttons.some((b) => /^(Publicar|Publish)$/.test(b.text)));
  if (!publishForm) return { ok: false, reason: `article ${id}'s page has no Publish button` };

  const started = performance.now();
  const published = await visitor.submit(created.url, publishForm, {});
  const publishRequestMs = performance.now() - started;
  if (!/done=publish/.test(published.url))
    return {
      ok: false,
      reason: `publishing article ${id} answered ${new URL(published.url).search || published.status}`,
    };
  const path = /\/es\/news\/[a-z0-9-]+/.exec(published.text)?.[0] ?? "";

  // A reader reloading the front page: anonymous, no cookies.
  const deadline = started + 10_000;
  while (performance.now() < deadline) {
    const front = await fetch(`${origin}/es`, { headers: { "accept-encoding": "br, gzip" } });
    if ((await front.text()).includes(title))
      return { ok: true, visibleMs: performance.now() - started, publishRequestMs, title, path };
    await sleep(10);
  }
  return { ok: false, reason: `the headline was not on the front page 10 s after publishing article ${id}` };
}
