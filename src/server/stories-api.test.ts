// The story bank over real HTTP on a real database.
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

function buildStoryInput(n: number, principles: { id: string; strength: "primary" | "secondary" }[]) {
  return {
    title: `Story ${n}: rerouting the ${n}th warehouse feed`,
    situation: `In 2024 our warehouse feed number ${n} was dropping about ${n + 3}% of orders during the evening peak, and sellers were escalating.`,
    task: "I owned the fix: stop the drops before the holiday peak without a full rewrite.",
    action: `I traced the drops to a retry storm, proposed two options to the team, and chose to add a queue with back-pressure over a bigger cluster because it cost less. I wrote the design, ran the load test with ${n + 10} thousand orders an hour, and rolled it out region by region.`,
    result: `Drops fell from ${n + 3}% to 0.2% and we saved about $${n * 10} thousand a month; the team shipped it two weeks early.`,
    principles,
    tags: [`feed-${n}`],
  };
}

async function createStory(body: unknown) {
  const response = await server.request("/api/stories", { method: "POST", json: body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

describe("stories", () => {
  it("creates a story with the coach's check of it", async () => {
    const story = await createStory(buildStoryInput(1, [{ id: "dive-deep", strength: "primary" }]));
    expect(story).toMatchObject({ version: 1, archived: false });
    expect(story.check.quality).toBeGreaterThan(0);
    expect(story.check.criteria.map((c: { id: string }) => c.id)).toContain("quantified-result");
  });

  it("says when a mapped principle is not shown by the story's text", async () => {
    const story = await createStory({
      ...buildStoryInput(2, [{ id: "hire-and-develop-the-best", strength: "primary" }]),
    });
    expect(story.check.mappedNotEvidenced.map((p: { id: string }) => p.id)).toContain("hire-and-develop-the-best");
    expect(story.check.mappedNotEvidenced[0].message).toMatch(
      /You mapped Hire and Develop the Best, but nothing in the story shows it/,
    );
  });

  it("keeps every save as a version and shows what changed", async () => {
    const story = await createStory(buildStoryInput(3, [{ id: "ownership", strength: "primary" }]));
    const edited = await server.request(`/api/stories/${story.id}`, {
      method: "PATCH",
      json: { title: "Rerouting the feed, told for Ownership", baseVersion: 1 },
    });
    expect(edited.body.version).toBe(2);
    const history = await server.request(`/api/stories/${story.id}/history`);
    expect(history.body.entries).toHaveLength(2);
    expect(JSON.stringify(history.body.entries)).toContain("Rerouting the feed, told for Ownership");
  });

  it("refuses an edit made on an old version with 409", async () => {
    const story = await createStory(buildStoryInput(4, [{ id: "ownership", strength: "primary" }]));
    await server.request(`/api/stories/${story.id}`, { method: "PATCH", json: { tags: ["first"], baseVersion: 1 } });
    const stale = await server.request(`/api/stories/${story.id}`, {
      method: "PATCH",
      json: { tags: ["second"], baseVersion: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("conflict");
  });

  it("archives a story out of the matrix and restores an earlier version", async () => {
    const story = await createStory(buildStoryInput(5, [{ id: "frugality", strength: "primary" }]));
    await server.request(`/api/stories/${story.id}`, { method: "PATCH", json: { title: "Changed title" } });
    const restored = await server.request(`/api/stories/${story.id}/restore`, { method: "POST", json: { version: 1 } });
    expect(restored.body).toMatchObject({ version: 3, title: story.title });
    await server.request(`/api/stories/${story.id}/archive`, { method: "POST", json: { archived: true } });
    const list = await server.request("/api/stories");
    expect(list.body.stories.map((s: { id: string }) => s.id)).not.toContain(story.id);
    const archived = await server.request("/api/stories?archived=only");
    expect(archived.body.stories.map((s: { id: string }) => s.id)).toEqual([story.id]);
  });

  it("rejects an invalid story naming the field", async () => {
    const { status, body } = await server.request("/api/stories", {
      method: "POST",
      json: { title: "x", principles: [{ id: "be-kind", strength: "primary" }] },
    });
    expect(status).toBe(400);
    expect(body.error.field).toBe("body.principles.0.id");
  });
});

describe("matrix and plan", () => {
  it("shows gaps that shrink as stories are added", async () => {
    const before = await server.request("/api/stories/matrix");
    const missingBefore = before.body.gaps.length;
    await createStory(
      buildStoryInput(6, [
        { id: "think-big", strength: "primary" },
        { id: "invent-and-simplify", strength: "secondary" },
      ]),
    );
    await createStory(buildStoryInput(7, [{ id: "think-big", strength: "primary" }]));
    const after = await server.request("/api/stories/matrix");
    expect(after.body.matrix.rows).toHaveLength(16);
    const thinkBig = after.body.matrix.rows.find(
      (r: { principle?: string; id?: string }) => (r.principle ?? r.id) === "think-big",
    );
    expect(thinkBig).toBeDefined();
    expect(after.body.gaps.length).toBeLessThan(missingBefore);
  });

  it("plans 5 interviewers × 3 principles over 18 stories without telling a story twice", async () => {
    for (let i = 0; i < 18; i++) {
      const id = PRINCIPLE_IDS[i % 15]!;
      await createStory(buildStoryInput(100 + i, [{ id, strength: "primary" }]));
    }
    const interviewers = [0, 1, 2, 3, 4].map((n) => ({
      id: `i${n}`,
      principles: PRINCIPLE_IDS.slice(n * 3, n * 3 + 3),
    }));
    const { status, body } = await server.request("/api/stories/plan", { method: "POST", json: { interviewers } });
    expect(status).toBe(200);
    const primaries = body.slots
      .map((s: { primary: { storyId: string } | null }) => s.primary?.storyId)
      .filter(Boolean);
    expect(primaries).toHaveLength(15);
    expect(new Set(primaries).size).toBe(15);
    expect(body.reusedStories).toEqual([]);
  });
});

describe("CSV import and export", () => {
  const csv = [
    "Title,Situation,Action,Result,Principles",
    '"Saved the launch","Launch at risk","I cut scope to the core flow","Shipped on the date, 12% more sign-ups","Deliver Results; Ownership"',
    '"",No title here,Did things,It went well,Dive Deep',
    '"Cheaper storage","Costs doubling","I moved cold data to archive tier","Saved $40k a month","Frugality"',
  ].join("\n");

  it("previews a CSV, reporting a bad row by its line and keeping the good rows, writing nothing", async () => {
    const before = (await server.request("/api/stories")).body.stories.length;
    const { body } = await server.request("/api/stories/import/preview", { method: "POST", json: { csv } });
    expect(body.stories.map((s: { story: { title: string } }) => s.story.title)).toEqual([
      "Saved the launch",
      "Cheaper storage",
    ]);
    expect(body.problems.some((p: { line: number; severity: string }) => p.line === 3 && p.severity === "error")).toBe(
      true,
    );
    expect((await server.request("/api/stories")).body.stories.length).toBe(before);
  });

  it("imports the confirmed stories, and exports CSV that reads back to identical content", async () => {
    const preview = await server.request("/api/stories/import/preview", { method: "POST", json: { csv } });
    const confirm = await server.request("/api/stories/import", {
      method: "POST",
      json: { stories: preview.body.stories.map((s: { story: unknown }) => s.story) },
    });
    expect(confirm.status).toBe(201);
    expect(confirm.body.created).toBe(2);
    const exported = await server.request("/api/stories/export?format=csv");
    expect(exported.headers.get("content-type")).toContain("text/csv");
    const again = await server.request("/api/stories/import/preview", { method: "POST", json: { csv: exported.body } });
    const list = (await server.request("/api/stories")).body.stories;
    const titles = again.body.stories.map((s: { story: { title: string } }) => s.story.title);
    expect(titles).toEqual(list.map((s: { title: string }) => s.title));
    const imported = again.body.stories.find(
      (s: { story: { title: string } }) => s.story.title === "Saved the launch",
    ).story;
    expect(imported.principles).toEqual([
      { id: "deliver-results", strength: "primary" },
      { id: "ownership", strength: "secondary" },
    ]);
  });

  it("exports printable Markdown story cards", async () => {
    const { headers, body } = await server.request("/api/stories/export?format=md");
    expect(headers.get("content-type")).toContain("text/markdown");
    expect(body).toContain("Saved the launch");
  });
});

describe("backup", () => {
  it("includes stories and their versions", async () => {
    const { body } = await server.request("/api/backup");
    expect(body.data.stories.length).toBeGreaterThan(5);
    expect(body.data.storyVersions.length).toBeGreaterThan(body.data.stories.length);
    const reimported = await server.request("/api/backup", { method: "POST", json: body });
    expect(reimported.body.imported.stories).toBe(body.data.stories.length);
    expect((await server.request("/api/backup")).body.data).toEqual(body.data);
  });
});
