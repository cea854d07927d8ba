/**
 * The importer's upload route, called as Next calls it: its refusals (origin, session, role,
 * options, size, empty body, a file that is no export) and a WordPress export that passes its
 * dry run and is recorded as checked, with nothing imported yet.
 */
import { readFile } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db, tables } from "@/db/client";
import { countRows, createStaff, resetTestDatabase } from "@/test/database";
import { currentSession, signInAs } from "@/test/permission-matrix/session";
import { removeImportUpload, thisServerName } from "@/server/site-import/upload";
import { POST } from "./route";

vi.mock("@/auth", () => ({
  auth: async () => currentSession(),
  signIn: async () => undefined,
  signOut: async () => undefined,
  handlers: {},
}));

const fixture = "server/site-import/fixtures/wordpress.xml";

function upload(
  body: BodyInit | null,
  { query = "", headers = {} }: { query?: string; headers?: Record<string, string> } = {},
): Request {
  return new Request(`http://localhost/admin/import/upload${query}`, {
    method: "POST",
    headers: { "X-Requested-With": "heraldo-import", "X-File-Name": "wordpress.xml", ...headers },
    body,
  });
}

async function answer(request: Request): Promise<{ status: number; body: unknown }> {
  const response = await POST(request);
  return { status: response.status, body: await response.json() };
}

beforeEach(async () => {
  await resetTestDatabase();
  signInAs(null);
});
afterEach(async () => {
  for (const run of await db.select().from(tables.siteImports)) await removeImportUpload(run.filePath);
});

describe("the import upload route", () => {
  it("answers 401 signed out, 403 to writers and editors and to other sites", async () => {
    const bytes = await readFile(fixture);
    expect(await answer(upload(bytes))).toEqual({ status: 401, body: { ok: false, error: "signedOut" } });
    for (const role of ["writer", "editor"] as const) {
      signInAs((await createStaff(role)).id);
      expect(await answer(upload(bytes))).toEqual({ status: 403, body: { ok: false, error: "forbidden" } });
    }
    signInAs((await createStaff("admin")).id);
    expect(await answer(upload(bytes, { headers: { "X-Requested-With": "" } }))).toMatchObject({ status: 403 });
    expect(await answer(upload(bytes, { headers: { Origin: "https://evil.example" } }))).toMatchObject({
      status: 403,
    });
    expect(await countRows(tables.siteImports)).toBe(0);
  });

  it("checks the options before reading the file", async () => {
    signInAs((await createStaff("admin")).id);
    expect(await answer(upload(null, { query: "?check=1&mediaDir=/no/such/folder" }))).toEqual({
      status: 422,
      body: { ok: false, error: "invalid", fields: { mediaDir: "mediaDirMissing" } },
    });
    expect(await answer(upload(null, { query: "?check=1&format=wordpress" }))).toEqual({
      status: 200,
      body: { ok: true },
    });
  });

  it("refuses an empty file, and one whose declared size is over the limit before reading it", async () => {
    signInAs((await createStaff("admin")).id);
    expect(await answer(upload(new Uint8Array(0)))).toEqual({ status: 400, body: { ok: false, error: "empty" } });
    const huge = upload("small", { headers: { "Content-Length": String(2 * 1024 ** 3) } });
    expect(await answer(huge)).toEqual({ status: 413, body: { ok: false, error: "tooLarge" } });
    expect(await countRows(tables.siteImports)).toBe(0);
  });

  it("answers a file that is no export with the reader's message, and keeps nothing", async () => {
    signInAs((await createStaff("admin")).id);
    const result = await answer(upload("just some words, not an export\n"));
    expect(result).toMatchObject({ status: 422, body: { ok: false, error: "importFile" } });
    expect((result.body as { message: string }).message.length).toBeGreaterThan(10);
    expect(await countRows(tables.siteImports)).toBe(0);
  });

  it("runs the dry run of a WordPress export and records it as checked, importing nothing", async () => {
    const admin = await createStaff("admin");
    signInAs(admin.id);
    const result = await answer(upload(await readFile(fixture), { query: "?format=auto&siteUrl=https://old.example" }));
    expect(result).toMatchObject({ status: 201, body: { ok: true } });
    const [run] = await db.select().from(tables.siteImports);
    expect(run).toMatchObject({ status: "checked", fileName: "wordpress.xml", createdById: admin.id });
    // The import will run on this server, which holds the file.
    expect(run?.fileHost).toBe(thisServerName());
    expect(run?.summary?.dryRun).toBe(true);
    expect(run?.summary?.format).toBe("wordpress");
    expect(run?.summary?.stories.created).toBeGreaterThan(0);
    expect(await countRows(tables.articles)).toBe(0);
    expect((await readFile(run!.filePath)).equals(await readFile(fixture))).toBe(true);
  });
});
