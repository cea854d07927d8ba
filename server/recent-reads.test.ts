import { describe, expect, it } from "vitest";
import { clientKey, RecentReads } from "./recent-reads";

describe("RecentReads", () => {
  it("lets each client read each article once a day", () => {
    const recent = new RecentReads();
    expect(recent.firstRead("203.0.113.5", 7, "2026-03-01")).toBe(true);
    for (let i = 0; i < 300; i += 1) expect(recent.firstRead("203.0.113.5", 7, "2026-03-01")).toBe(false);
    expect(recent.firstRead("203.0.113.6", 7, "2026-03-01")).toBe(true);
    expect(recent.firstRead("203.0.113.5", 8, "2026-03-01")).toBe(true);
    expect(recent.size).toBe(3);
  });

  it("counts the same client again on the next day, and forgets the day before", () => {
    const recent = new RecentReads();
    recent.firstRead("203.0.113.5", 7, "2026-03-01");
    recent.firstRead("203.0.113.6", 7, "2026-03-01");
    expect(recent.firstRead("203.0.113.5", 7, "2026-03-02")).toBe(true);
    expect(recent.size).toBe(1);
  });

  it("never holds more than its capacity, forgetting the oldest first", () => {
    const recent = new RecentReads(3);
    for (const address of ["10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4"]) recent.firstRead(address, 1, "2026-03-01");
    expect(recent.size).toBe(3);
    // The oldest was forgotten, the newer ones are still remembered.
    expect(recent.firstRead("10.0.0.4", 1, "2026-03-01")).toBe(false);
    expect(recent.firstRead("10.0.0.3", 1, "2026-03-01")).toBe(false);
    expect(recent.firstRead("10.0.0.1", 1, "2026-03-01")).toBe(true);
    expect(recent.size).toBe(3);
  });

  it("stays at its default capacity under a flood of distinct reads", () => {
    const recent = new RecentReads();
    for (let i = 0; i < 100_500; i += 1) recent.firstRead(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, 1, "d");
    expect(recent.size).toBe(100_000);
  });

  it("treats every address of one IPv6 /64 as one client", () => {
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2");
    expect(clientKey("2001:0db8:0001:0002:ffff:0:0:9")).toBe("2001:db8:1:2");
    expect(clientKey("2001:db8::1")).toBe("2001:db8:0:0");
    expect(clientKey("::1")).toBe("0:0:0:0");
    expect(clientKey("203.0.113.9")).toBe("203.0.113.9");
    const recent = new RecentReads();
    expect(recent.firstRead("2001:db8:1:2::1", 7, "2026-03-01")).toBe(true);
    expect(recent.firstRead("2001:db8:1:2:ffff:ffff:ffff:ffff", 7, "2026-03-01")).toBe(false);
    expect(recent.firstRead("2001:db8:1:3::1", 7, "2026-03-01")).toBe(true);
  });
});
