import { describe, expect, it } from "vitest";
import { readSearchParams } from "./search-params";

describe("readSearchParams", () => {
  it("reads a day range, the 'to' day included", () => {
    const query = readSearchParams({ q: "agua", from: "2026-03-01", to: "2026-03-31" });
    expect(query.from?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(query.to?.toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(query.invalidDates).toEqual([]);
  });

  it("keeps the ends of the calendar within what both databases take", () => {
    const query = readSearchParams({ from: "0001-01-01", to: "9999-12-31" });
    expect(query.from?.toISOString()).toBe("0001-01-01T00:00:00.000Z");
    // The day after 9999-12-31 has a five-digit year that PostgreSQL would not parse.
    expect(query.to).toBeUndefined();
    expect(query.invalidDates).toEqual([]);
    expect(readSearchParams({ from: "0099-02-28" }).from?.toISOString()).toBe("0099-02-28T00:00:00.000Z");
  });

  it("leaves out impossible days and says which", () => {
    for (const day of ["0000-01-01", "2026-02-30", "2025-02-29", "2026-13-01", "2026-1-1", "10000-01-01", "x"]) {
      const query = readSearchParams({ from: day, to: day });
      expect([query.from, query.to, query.invalidDates], day).toEqual([undefined, undefined, ["from", "to"]]);
    }
    expect(readSearchParams({ from: "2024-02-29" }).from?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });

  it("treats an empty date field as no filter, as an empty form sends", () => {
    expect(readSearchParams({ q: "agua", from: "", to: "" }).invalidDates).toEqual([]);
  });
});
