import { describe, expect, it } from "vitest";
import { resolveClientAddress } from "./client-address";

describe("resolveClientAddress", () => {
  it("ignores X-Forwarded-For unless proxies are trusted, since any client can send it", () => {
    expect(resolveClientAddress("203.0.113.9", "198.51.100.1", 0)).toBe("203.0.113.9");
  });

  it("takes the address the trusted proxy saw, not what the client wrote before it", () => {
    // The client forged the first entry; the one proxy appended the real address.
    expect(resolveClientAddress("10.0.0.2", "1.2.3.4, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(resolveClientAddress("10.0.0.3", "1.2.3.4, 198.51.100.7, 10.0.0.2", 2)).toBe("198.51.100.7");
  });

  it("falls back to the leftmost entry when there are fewer hops than trusted", () => {
    expect(resolveClientAddress("10.0.0.2", "198.51.100.7", 3)).toBe("198.51.100.7");
  });

  it("treats IPv4-mapped IPv6 as the IPv4 address and drops values that are not addresses", () => {
    expect(resolveClientAddress("::ffff:127.0.0.1", undefined, 0)).toBe("127.0.0.1");
    expect(resolveClientAddress("10.0.0.2", "<script>, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(resolveClientAddress(undefined, undefined, 0)).toBe("unknown");
  });
});
