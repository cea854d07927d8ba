import { describe, expect, it } from "vitest";
import { beaconArticleId, isCountableRead } from "./read-beacon-request";

const chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";
const site = "https://news.example.org";

function headers(extra: Record<string, string>): Headers {
  return new Headers({ host: "news.example.org", "user-agent": chrome, ...extra });
}

describe("isCountableRead", () => {
  it("counts a beacon from the site's own page", () => {
    expect(isCountableRead(headers({ "sec-fetch-site": "same-origin", origin: site }), site)).toBe(true);
    // Older browsers send Origin only; behind a TLS proxy the app sees its own Host over HTTP.
    expect(isCountableRead(headers({ origin: site }), undefined)).toBe(true);
    expect(isCountableRead(headers({ host: "10.0.0.2:3000", origin: site }), site)).toBe(true);
  });

  it("refuses posts from other sites, whatever the User-Agent", () => {
    const refused: Record<string, string>[] = [
      { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
      { "sec-fetch-site": "same-site", origin: "https://blog.example.org" },
      { "sec-fetch-site": "none" },
      { "sec-fetch-site": "same-origin", origin: "https://evil.example" },
      { origin: "https://evil.example" },
      { origin: "null" },
      { origin: "not a url" },
      // Same host name, another port: another origin.
      { origin: "https://news.example.org:8443" },
    ];
    for (const extra of refused) expect(isCountableRead(headers(extra), site), JSON.stringify(extra)).toBe(false);
  });

  it("refuses a post that names no origin at all, as only non-browsers send", () => {
    expect(isCountableRead(headers({}), site)).toBe(false);
  });

  it("still leaves out crawlers and prefetches", () => {
    const own = { "sec-fetch-site": "same-origin", origin: site };
    expect(isCountableRead(headers({ ...own, "user-agent": "Googlebot/2.1" }), site)).toBe(false);
    expect(isCountableRead(headers({ ...own, "user-agent": "" }), site)).toBe(false);
    expect(isCountableRead(headers({ ...own, "sec-purpose": "prefetch" }), site)).toBe(false);
  });
});

describe("beaconArticleId", () => {
  const post = (body: string) => new Request("http://localhost/api/reads", { method: "POST", body });

  it("reads a positive article id", async () => {
    expect(await beaconArticleId(post("42"))).toBe(42);
    expect(await beaconArticleId(post(" 42\n"))).toBe(42);
  });

  it("refuses anything else, without reading a large body", async () => {
    for (const body of ["", "0", "-1", "4.2", "abc", "99999999999", "2147483648", "1".repeat(100_000)]) {
      expect(await beaconArticleId(post(body)), body.slice(0, 12)).toBeNull();
    }
    const chunked = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode("1".repeat(1024)));
      },
    });
    // Node needs `duplex` for a streamed body; the DOM typings in use do not know it yet.
    const init: RequestInit & { duplex: "half" } = { method: "POST", body: chunked, duplex: "half" };
    const streamed = new Request("http://localhost/api/reads", init);
    expect(await beaconArticleId(streamed)).toBeNull();
  });
});
