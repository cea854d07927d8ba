import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { keepSingleValuedHeadersSingle } from "./single-value-headers";

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** The raw header lines a client receives from a handler, guarded or not. */
async function rawHeaders(guard: boolean, handler: Parameters<typeof createServer>[1]): Promise<string[]> {
  server = createServer((req, res) => {
    if (guard) keepSingleValuedHeadersSingle(res);
    handler?.(req, res);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    request({ port, host: "127.0.0.1", path: "/" }, (res) => {
      res.resume();
      resolve(res.rawHeaders);
    })
      .on("error", reject)
      .end();
  });
}

const named = (raw: string[], name: string) => raw.filter((_, i) => i % 2 === 0 && raw[i] === name);

describe("single-valued response headers", () => {
  // What Next does the first time it renders a page that redirects.
  const redirectTwice: Parameters<typeof createServer>[1] = (_req, res) => {
    res.statusCode = 308;
    res.setHeader("location", "/es/topics/salud-publica");
    res.appendHeader("location", "/es/topics/salud-publica");
    res.setHeader("x-list", ["a", "b"]);
    res.appendHeader("set-cookie", "a=1");
    res.appendHeader("set-cookie", "b=2");
    res.end();
  };

  it("would send Location twice unguarded", async () => {
    expect(named(await rawHeaders(false, redirectTwice), "location")).toHaveLength(2);
  });

  it("sends Location once, and leaves headers that may repeat alone", async () => {
    const raw = await rawHeaders(true, redirectTwice);
    expect(named(raw, "location")).toHaveLength(1);
    expect(raw[raw.indexOf("location") + 1]).toBe("/es/topics/salud-publica");
    expect(named(raw, "set-cookie")).toHaveLength(2);
    expect(named(raw, "x-list")).toHaveLength(2);
  });

  it("keeps one value when a list is set for a single-valued header", async () => {
    const raw = await rawHeaders(true, (_req, res) => {
      res.setHeader("Location", ["/a", "/b"]);
      res.statusCode = 302;
      res.end();
    });
    expect(named(raw, "Location")).toEqual(["Location"]);
    expect(raw[raw.indexOf("Location") + 1]).toBe("/b");
  });
});
