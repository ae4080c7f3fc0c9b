// Mock loops over real HTTP: generate, run with a reused story, pause and resume, debrief.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./test-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const answer =
  "In 2023 I led the migration of our order service to a new queue. It was my call and my deadline. I compared two designs, chose the one that let us roll back in minutes, and accepted a week of extra testing. Our staff engineer disagreed about the cut-over date; we agreed on a canary at 5% first. Failed orders fell from 1.2% to 0.3% and we saved $20,000 a month. The team did the heavy lifting on the tests. I learned to agree rollback triggers before launch day.";

describe("mock loops", () => {
  it("generates the same loop for the same seed, with each principle owned once", async () => {
    const a = await server.request("/api/loops", {
      method: "POST",
      json: { role: "tpm", level: "L6", kind: "onsite", seed: 42 },
    });
    const b = await server.request("/api/loops", {
      method: "POST",
      json: { role: "tpm", level: "L6", kind: "onsite", seed: 42 },
    });
    expect(a.status).toBe(201);
    expect(a.body.state.plan.rounds).toEqual(b.body.state.plan.rounds);
    const owned = a.body.state.plan.rounds.flatMap((r: { principles: string[] }) => r.principles);
    expect(new Set(owned).size).toBe(owned.length);
    expect(a.body.storyPlan).toBeDefined();
  });

  it("runs a short loop: flags a reused story, survives pause and resume, and writes the debrief", async () => {
    const story = await server.request("/api/stories", {
      method: "POST",
      json: {
        title: "Order queue migration",
        action: "I led it.",
        principles: [{ id: "deliver-results", strength: "primary" }],
      },
    });
    const created = await server.request("/api/loops", {
      method: "POST",
      json: { role: "pm", level: "L6", kind: "onsite", seed: 7, rounds: 2 },
    });
    const id = created.body.id;
    await server.request(`/api/loops/${id}/start`, { method: "POST" });
    const first = await server.request(`/api/loops/${id}/answer`, {
      method: "POST",
      json: { answer, storyId: story.body.id },
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.warnings).toEqual([]);
    if (first.body.followUp) {
      const followed = await server.request(`/api/loops/${id}/follow-up`, {
        method: "POST",
        json: { answer: "I measured failed orders per thousand from the order logs, daily." },
      });
      expect(followed.status).toBe(200);
    }
    await server.request(`/api/loops/${id}/pause`, { method: "POST" });
    const paused = await server.request(`/api/loops/${id}`);
    expect(paused.body.state.status).toBe("paused");
    await server.request(`/api/loops/${id}/resume`, { method: "POST" });
    await server.request(`/api/loops/${id}/next-round`, { method: "POST" });
    const second = await server.request(`/api/loops/${id}/answer`, {
      method: "POST",
      json: { answer, storyId: story.body.id },
    });
    expect(second.body.warnings.length).toBe(1);
    const finished = await server.request(`/api/loops/${id}/finish`, { method: "POST" });
    expect(finished.body.state.status).toBe("finished");
    const { body } = await server.request(`/api/loops/${id}/debrief`);
    expect(body.debrief.decision).toBeDefined();
    expect(body.debrief.storyReuse).toHaveLength(1);
    expect(body.debrief.interviewers).toHaveLength(2);
    expect(body.debrief.nextSteps.length).toBeGreaterThan(0);
    const history = await server.request("/api/loops");
    expect(history.body.loops.find((l: { id: string }) => l.id === id).decision).toEqual(body.debrief.decision);
    const md = await server.request(`/api/loops/${id}/debrief?format=md`);
    expect(md.headers.get("content-type")).toContain("text/markdown");
  });

  it("refuses a debrief before the loop is finished", async () => {
    const created = await server.request("/api/loops", {
      method: "POST",
      json: { role: "pmt", level: "L5", kind: "phone", seed: 3 },
    });
    const { status } = await server.request(`/api/loops/${created.body.id}/debrief`);
    expect(status).toBe(409);
  });

  it("keeps loops in the backup", async () => {
    const { body } = await server.request("/api/backup");
    expect(body.data.loops.length).toBeGreaterThanOrEqual(3);
    await server.request("/api/backup", { method: "POST", json: body });
    expect((await server.request("/api/backup")).body.data).toEqual(body.data);
  });
});
