import { describe, expect, it } from "vitest";
import { nextDay, startOfDayIn } from "./zoned-day";

describe("startOfDayIn", () => {
  it("finds midnight in the zone, in winter and in summer time", () => {
    expect(startOfDayIn("2026-01-15", "Europe/Madrid")?.toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(startOfDayIn("2026-07-15", "Europe/Madrid")?.toISOString()).toBe("2026-07-14T22:00:00.000Z");
    expect(startOfDayIn("2026-07-15", "UTC")?.toISOString()).toBe("2026-07-15T00:00:00.000Z");
  });

  it("refuses days that do not exist", () => {
    expect(startOfDayIn("2026-02-30", "UTC")).toBeNull();
    expect(startOfDayIn("yesterday", "UTC")).toBeNull();
  });

  it("steps to the next day across month ends", () => {
    expect(nextDay("2026-01-31")).toBe("2026-02-01");
  });
});
