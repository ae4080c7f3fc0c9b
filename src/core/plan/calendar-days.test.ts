import { describe, expect, it } from "vitest";
import { addDays, dateOf, daysBetween } from "./calendar-days.js";

describe("calendar days", () => {
  it("adds days across month ends and leap days", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-03-02", "2026-04-13")).toBe(42);
  });

  it("takes the UTC day of a timestamp, whatever its offset", () => {
    expect(dateOf("2026-03-02T23:30:00-02:00")).toBe("2026-03-03");
    expect(dateOf("2026-03-02")).toBe("2026-03-02");
    expect(() => dateOf("yesterday")).toThrow(RangeError);
  });
});
