import { describe, expect, it } from "vitest";
import { readAuditDates } from "./audit-dates";

const zone = "Europe/Madrid";

describe("the audit log's date filter", () => {
  it("takes whole days in the site's zone, both included", () => {
    expect(readAuditDates("2026-03-01", "2026-03-02", zone)).toEqual({
      from: new Date("2026-02-28T23:00:00Z"),
      until: new Date("2026-03-02T23:00:00Z"),
      problems: [],
    });
    expect(readAuditDates("2026-03-01", "2026-03-01", zone).problems).toEqual([]);
    expect(readAuditDates("", "", zone)).toEqual({ problems: [] });
  });

  it("names a malformed or impossible day, and still applies the other one", () => {
    expect(readAuditDates("2026-02-30", "", zone)).toEqual({ problems: ["from"] });
    expect(readAuditDates("ayer", "2026-03-01", zone)).toEqual({
      problems: ["from"],
      until: new Date("2026-03-01T23:00:00Z"),
    });
    expect(readAuditDates("2026-03-01", "0000-01-01", zone)).toEqual({
      problems: ["to"],
      from: new Date("2026-02-28T23:00:00Z"),
    });
    expect(readAuditDates("01/03/2026", "2026-13-01", zone).problems).toEqual(["from", "to"]);
  });

  it("names a range that runs backwards and applies no dates", () => {
    expect(readAuditDates("2026-03-10", "2026-03-01", zone)).toEqual({ problems: ["reversed"] });
  });

  it("needs no end after the last day there is", () => {
    expect(readAuditDates("", "9999-12-31", zone)).toEqual({ problems: [] });
  });
});
