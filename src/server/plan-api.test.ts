// The preparation plan over real HTTP: built from settings, within the hours given, re-planned
// when the date changes, ticked by practice, exported to a calendar; spaced review from practice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PRINCIPLE_IDS } from "../core/content/pack-schema.js";
import { startTestServer, type TestServer } from "./test-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

// Practice is dated by the real clock, so the plan's "today" must be the real day too.
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const today = day(0);
const plan = (query = "") => server.request(`/api/plan?today=${today}${query}`);

describe("preparation plan", () => {
  it("asks for the settings it needs before it plans", async () => {
    const { body } = await plan();
    expect(body.plan).toBeNull();
    expect(body.missingSettings).toEqual(expect.arrayContaining(["interviewDate", "hoursPerWeek", "role", "level"]));
  });

  it("plans every principle, at least three spaced mocks and a rest day, within the weekly hours", async () => {
    await server.request("/api/settings", {
      method: "PATCH",
      json: { interviewDate: day(42), hoursPerWeek: 14, role: "tpm", level: "L6" },
    });
    const { body } = await plan();
    const tasks = body.plan.tasks as {
      kind: string;
      target: string | null;
      date: string;
      plannedHours: number;
      week: number;
    }[];
    for (const id of PRINCIPLE_IDS)
      expect(
        tasks.some((t) => t.target === id),
        id,
      ).toBe(true);
    const mocks = tasks.filter((t) => t.kind === "mock-loop");
    expect(mocks.length).toBeGreaterThanOrEqual(3);
    expect(new Set(mocks.map((m) => m.week)).size).toBe(mocks.length);
    expect(tasks.some((t) => t.date === body.plan.restDate)).toBe(false);
    for (const week of body.totals.weeks) expect(week.plannedHours + week.doneHours).toBeLessThanOrEqual(14 + 1e-9);
  });

  it("re-plans when the interview date moves, and says what it had to drop", async () => {
    await server.request("/api/settings", { method: "PATCH", json: { interviewDate: day(14) } });
    const { body } = await plan();
    expect(body.replanned).toContain("interview-date-changed");
    expect(body.plan.interviewDate).toBe(day(14));
    expect(body.plan.dropped.length).toBeGreaterThan(0);
    for (const week of body.totals.weeks) expect(week.plannedHours + week.doneHours).toBeLessThanOrEqual(14 + 1e-9);
  });

  it("ticks a task by hand, and unticks it", async () => {
    const { body } = await plan();
    const task = body.plan.tasks.find((t: { done: boolean }) => !t.done);
    const ticked = await server.request(`/api/plan/tasks/${encodeURIComponent(task.id)}?today=${today}`, {
      method: "PUT",
      json: { done: true },
    });
    expect(ticked.body.plan.tasks.find((t: { id: string }) => t.id === task.id).done).toBe(true);
    const unticked = await server.request(`/api/plan/tasks/${encodeURIComponent(task.id)}?today=${today}`, {
      method: "PUT",
      json: { done: false },
    });
    expect(unticked.body.plan.tasks.find((t: { id: string }) => t.id === task.id)?.done ?? false).toBe(false);
  });

  it("ticks a story task when a story is saved", async () => {
    const before = (await plan()).body.plan.tasks.filter((t: { done: boolean }) => t.done).length;
    await server.request("/api/stories", {
      method: "POST",
      json: { title: "Saved the peak", action: "I led it.", principles: [{ id: "frugality", strength: "primary" }] },
    });
    const { body } = await plan();
    expect(body.ticked.length).toBeGreaterThan(0);
    expect(body.plan.tasks.filter((t: { done: boolean }) => t.done).length).toBeGreaterThan(before);
  });

  it("exports the plan and the interview as a calendar with reminders", async () => {
    const { headers, body } = await server.request(`/api/plan/ics?today=${today}`);
    expect(headers.get("content-type")).toContain("text/calendar");
    const text = String(body);
    expect(text).toContain("BEGIN:VCALENDAR");
    const events = text.split("BEGIN:VEVENT").length - 1;
    expect(events).toBeGreaterThan(3);
    expect(text.split("BEGIN:VALARM").length - 1).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(new RegExp(`DTSTART[^:\\n]*:${day(14).replaceAll("-", "")}`));
  });
});

describe("spaced review", () => {
  it("adds a due card for a question answered with a vote of 2 or less", async () => {
    const before = await server.request("/api/reviews");
    const hasQuestionCard = (due: { kind: string; targetId: string }[]) =>
      due.some((c) => c.kind === "question" && c.targetId === "bhv-ownership-02");
    expect(hasQuestionCard(before.body.due)).toBe(false);
    await server.request("/api/attempts", {
      method: "POST",
      json: {
        questionId: "bhv-ownership-02",
        turns: [{ answer: "fine" }],
        startedAt: new Date().toISOString(),
        answerSeconds: 5,
      },
    });
    const after = await server.request("/api/reviews");
    expect(after.body.total).toBeGreaterThan(before.body.total);
    expect(hasQuestionCard(after.body.due) || after.body.nextDue?.targetId === "bhv-ownership-02").toBe(true);
  });

  it("reschedules a card reviewed from the queue", async () => {
    const { body } = await server.request("/api/reviews");
    const card = body.due.find((c: { kind: string }) => c.kind === "principle");
    const reviewed = await server.request(`/api/reviews/${encodeURIComponent(card.id)}`, {
      method: "POST",
      json: { vote: 4 },
    });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.card.due > new Date().toISOString()).toBe(true);
    const after = await server.request("/api/reviews");
    expect(after.body.due.some((c: { id: string }) => c.id === card.id)).toBe(false);
    const missing = await server.request("/api/reviews/no-such-card", { method: "POST", json: { vote: 3 } });
    expect(missing.status).toBe(404);
  });

  it("keeps the plan in the backup", async () => {
    const { body } = await server.request("/api/backup");
    expect(body.data.plan.plan.interviewDate).toBe(day(14));
    expect(body.data.reviews).toHaveLength(1);
    await server.request("/api/backup", { method: "POST", json: body });
    expect((await server.request("/api/backup")).body.data).toEqual(body.data);
  });
});
