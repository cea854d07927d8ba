import { describe, expect, it } from "vitest";
import { formatSiteTime, fromLocalInputValue, isTimeZone, toLocalInputValue } from "./site-time";

describe("site time", () => {
  it("reads a wall-clock time in Madrid in winter and in summer", () => {
    expect(fromLocalInputValue("2026-12-01T10:30", "Europe/Madrid")?.toISOString()).toBe("2026-12-01T09:30:00.000Z");
    expect(fromLocalInputValue("2026-07-01T10:30", "Europe/Madrid")?.toISOString()).toBe("2026-07-01T08:30:00.000Z");
    expect(fromLocalInputValue("2026-07-01T10:30", "America/New_York")?.toISOString()).toBe("2026-07-01T14:30:00.000Z");
  });

  it("refuses impossible dates, malformed values and times skipped by the clock change", () => {
    expect(fromLocalInputValue("2026-02-30T10:00", "Europe/Madrid")).toBeNull();
    expect(fromLocalInputValue("2026-13-01T10:00", "Europe/Madrid")).toBeNull();
    expect(fromLocalInputValue("2026-03-01T25:00", "Europe/Madrid")).toBeNull();
    expect(fromLocalInputValue("tomorrow", "Europe/Madrid")).toBeNull();
    expect(fromLocalInputValue("", "Europe/Madrid")).toBeNull();
    // 29 March 2026: Madrid's clocks jump from 02:00 to 03:00.
    expect(fromLocalInputValue("2026-03-29T02:30", "Europe/Madrid")).toBeNull();
  });

  it("writes the input value back in the zone", () => {
    const instant = new Date("2026-12-01T09:30:00Z");
    expect(toLocalInputValue(instant, "Europe/Madrid")).toBe("2026-12-01T10:30");
    expect(fromLocalInputValue(toLocalInputValue(instant, "Europe/Madrid"), "Europe/Madrid")).toEqual(instant);
  });

  it("shows the zone with the time", () => {
    const shown = formatSiteTime(new Date("2026-12-01T09:30:00Z"), "en", "Europe/Madrid");
    expect(shown).toContain("10:30");
    expect(shown).toContain("Europe/Madrid");
  });

  it("knows real zones from made-up ones", () => {
    expect(isTimeZone("Europe/Madrid")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });
});
