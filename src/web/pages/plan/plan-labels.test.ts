import { describe, expect, it } from "vitest";
import { TASK_KINDS } from "../../../core/plan/plan-schema.js";
import { weekPoints } from "./plan-chart-data.js";
import {
  addDays,
  daysBetween,
  daysFrom,
  describeCountdown,
  describeReplan,
  joinWords,
  taskLink,
} from "./plan-labels.js";

describe("taskLink", () => {
  it("sends a principle drill to practice on that principle", () => {
    expect(taskLink({ kind: "principle-drill", target: "dive-deep" }).to).toBe("/practice?principle=dive-deep");
  });

  it("sends stories to the story bank, mocks to the loop and reading to the guide", () => {
    expect(taskLink({ kind: "story", target: "ownership" }).to).toBe("/stories");
    expect(taskLink({ kind: "mock-loop", target: null }).to).toBe("/loop");
    expect(taskLink({ kind: "reading", target: "flywheel" }).to).toBe("/guide/topics");
  });

  it("links every kind of task somewhere inside the app", () => {
    for (const kind of TASK_KINDS) expect(taskLink({ kind, target: "x" }).to).toMatch(/^\/[a-z]/);
  });
});

describe("describeReplan", () => {
  it("says why in plain words", () => {
    expect(describeReplan(["interview-date-changed", "hours-changed"])).toBe(
      "Re-planned because your interview date changed and your hours per week changed.",
    );
  });

  it("stays quiet when the only reason is recorded progress", () => {
    expect(describeReplan(["progress-recorded"])).toBeUndefined();
    expect(describeReplan([])).toBeUndefined();
  });
});

describe("calendar days", () => {
  it("counts days across a month end and a DST change", () => {
    expect(daysBetween("2026-10-20", "2026-11-05")).toBe(16);
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(daysFrom("2026-12-30", "2027-01-02")).toEqual(["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"]);
  });

  it("counts down to the interview", () => {
    expect(describeCountdown(35)).toBe("35 days to your interview");
    expect(describeCountdown(1)).toBe("Your interview is tomorrow");
    expect(describeCountdown(-2)).toBe("Your interview was 2 days ago");
  });

  it("joins words as a sentence does", () => {
    expect(joinWords(["a", "b", "c"])).toBe("a, b and c");
  });
});

describe("weekPoints", () => {
  const week = (index: number, start: string, end: string) => ({
    index,
    start,
    end,
    limitHours: 10,
    plannedHours: 9,
    doneHours: 1,
    remainingHours: 8,
  });

  it("averages the votes of each week's answers and leaves quiet weeks empty", () => {
    const noon = (day: string) => new Date(`${day}T12:00:00`).toISOString();
    const points = weekPoints(
      [week(0, "2026-11-22", "2026-11-28"), week(1, "2026-11-29", "2026-12-05")],
      [
        { vote: 1, submittedAt: noon("2026-11-23") },
        { vote: 4, submittedAt: noon("2026-11-24") },
        { vote: 3, submittedAt: noon("2026-12-20") },
      ],
    );
    expect(points.map((p) => [p.meanVote, p.answers])).toEqual([
      [2.5, 2],
      [null, 0],
    ]);
  });
});
