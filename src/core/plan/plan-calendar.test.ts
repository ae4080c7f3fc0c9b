import { createEvents, type EventAttributes } from "ics";
import { describe, expect, it } from "vitest";
import { buildPlan } from "./build-plan.js";
import { addDays } from "./calendar-days.js";
import { planCalendarEvents, toIcsEventAttributes } from "./plan-calendar.js";
import type { PlanContent } from "./plan-schema.js";

const content: PlanContent = { topics: [{ id: "flywheel", name: "The flywheel" }] };
const TODAY = "2026-03-02";
const plan = buildPlan(
  { today: TODAY, interviewDate: addDays(TODAY, 42), hoursPerWeek: 12, role: "tpm", level: "L6" },
  content,
);

/** Unfolds an .ics text and splits it into its VEVENT blocks, each a list of lines. */
function parseIcs(text: string): string[][] {
  const lines = text.replace(/\r\n[ \t]/g, "").split(/\r?\n/);
  const events: string[][] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = [];
    else if (line === "END:VEVENT" && current) {
      events.push(current);
      current = undefined;
    } else current?.push(line);
  }
  return events;
}
const field = (event: string[], name: string) => event.find((line) => line.split(/[:;]/)[0] === name);

describe("plan calendar", () => {
  const events = planCalendarEvents(plan);

  it("has one session per planned day, with that day's tasks and hours", () => {
    const sessions = events.filter((event) => event.uid.startsWith("session-"));
    const days = new Set(plan.tasks.map((task) => task.date));
    expect(sessions.map((event) => event.date)).toEqual([...days].sort());
    for (const session of sessions) {
      const tasks = plan.tasks.filter((task) => task.date === session.date);
      expect(session.durationMinutes).toBe(Math.round(tasks.reduce((sum, task) => sum + task.plannedHours, 0) * 60));
      for (const task of tasks) expect(session.description).toContain(task.title);
      expect(session.startTime).toBe("18:30");
    }
    const mockDay = plan.tasks.find((task) => task.kind === "mock-loop")!.date;
    expect(sessions.find((event) => event.date === mockDay)!.title).toMatch(/full mock loop 1/);
  });

  it("adds the rest day and the interview, with reminders 30, 7 and 1 days before", () => {
    const rest = events.find((event) => event.date === plan.restDate)!;
    expect(rest).toMatchObject({ startTime: null, title: expect.stringMatching(/^Rest day/) });
    const interview = events.at(-1)!;
    expect(interview).toMatchObject({
      date: plan.interviewDate,
      startTime: null,
      title: "Amazon Technical Program Manager interview (L6)",
    });
    expect(interview.alarms.map((alarm) => alarm.minutesBefore / 1440)).toEqual([30, 7, 1]);
  });

  it("leaves out reminders that would already be past", () => {
    const soon = buildPlan(
      { today: TODAY, interviewDate: addDays(TODAY, 10), hoursPerWeek: 12, role: "pm", level: "L5" },
      content,
    );
    expect(
      planCalendarEvents(soon)
        .at(-1)!
        .alarms.map((alarm) => alarm.minutesBefore / 1440),
    ).toEqual([7, 1]);
  });

  it("turns into an .ics file whose events and alarms parse back", () => {
    const attributes: EventAttributes[] = events.map(toIcsEventAttributes);
    const { error, value } = createEvents(attributes, { productId: "barraiser", calName: "Bar Raiser" });
    expect(error).toBeNull();
    const parsed = parseIcs(value!);
    expect(parsed).toHaveLength(events.length);

    const interview = parsed.find(
      (event) => field(event, "UID") === `UID:interview-${plan.interviewDate}@barraiser.local`,
    )!;
    const compact = plan.interviewDate.replaceAll("-", "");
    expect(field(interview, "DTSTART")).toBe(`DTSTART;VALUE=DATE:${compact}`);
    expect(field(interview, "DTEND")).toBe(`DTEND;VALUE=DATE:${addDays(plan.interviewDate, 1).replaceAll("-", "")}`);
    expect(interview.filter((line) => line.startsWith("TRIGGER"))).toEqual([
      "TRIGGER:-PT720H",
      "TRIGGER:-PT168H",
      "TRIGGER:-PT24H",
    ]);
    expect(interview.filter((line) => line === "BEGIN:VALARM")).toHaveLength(3);

    const first = events[0]!;
    const session = parsed.find((event) => field(event, "UID") === `UID:${first.uid}`)!;
    expect(field(session, "DTSTART")).toBe(`DTSTART:${first.date.replaceAll("-", "")}T183000`);
    expect(field(session, "SUMMARY")).toBe(`SUMMARY:${first.title.replaceAll(",", "\\,")}`);
    expect(session).toContain("TRIGGER:-PT30M");
    // RFC 5545 forbids a bare "T" in durations (ics writes "P1DT" for days-only durations).
    expect(value).not.toMatch(/P\d+DT(\r?\n|$)/m);
  });

  it("rejects a session start that is not HH:MM", () => {
    expect(() => planCalendarEvents(plan, { sessionStart: "6pm" })).toThrow(/HH:MM/);
  });
});
