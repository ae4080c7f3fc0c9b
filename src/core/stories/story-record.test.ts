import { describe, expect, it } from "vitest";
import { createStory, restoreStoryVersion, setStoryArchived, storyTellingTime, updateStory } from "./story-record.js";
import { storyInputSchema, storySchema, storyUpdateSchema, storyVersionSchema } from "./story-schema.js";

const T0 = new Date("2026-03-01T10:00:00.000Z");
const T1 = new Date("2026-03-02T10:00:00.000Z");
const T2 = new Date("2026-03-03T10:00:00.000Z");

function newStory() {
  return createStory(
    {
      title: "  Cutting checkout latency  ",
      situation: "Checkout was slow.",
      action: "I dug into the traces.",
      principles: [{ id: "dive-deep", strength: "primary" }],
    },
    { id: "story-checkout", now: T0 },
  );
}

describe("creating a story", () => {
  it("trims text, fills empty lists and starts at version 1", () => {
    const { story, version } = newStory();
    expect(story.title).toBe("Cutting checkout latency");
    expect(story.metrics).toEqual([]);
    expect(story.version).toBe(1);
    expect(story.archived).toBe(false);
    expect(storySchema.parse(story)).toEqual(story);
    expect(storyVersionSchema.parse(version)).toEqual(version);
    expect(version.content).not.toHaveProperty("id");
  });

  it("refuses a principle listed twice, a tag with a separator and a metric label with a colon", () => {
    const result = storyInputSchema.safeParse({
      title: "x",
      principles: [
        { id: "ownership", strength: "primary" },
        { id: "ownership", strength: "secondary" },
      ],
      tags: ["a;b"],
      metrics: [{ label: "a:b", value: "1" }],
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["principles.1", "tags.0", "metrics.0.label"]));
  });

  it("refuses NUL characters and multi-line titles", () => {
    expect(storyInputSchema.safeParse({ title: "a\u0000b" }).success).toBe(false);
    expect(storyInputSchema.safeParse({ title: "line one\nline two" }).success).toBe(false);
  });
});

describe("editing a story", () => {
  it("keeps every save as a new version and clears fields set to null", () => {
    const { story } = newStory();
    const edit = updateStory(story, { result: "p99 fell to 780 ms.", situation: null }, T1);
    expect(edit.ok && edit.changed).toBe(true);
    if (!edit.ok || !edit.changed) return;
    expect(edit.story.version).toBe(2);
    expect(edit.story.updatedAt).toBe(T1.toISOString());
    expect(edit.story.createdAt).toBe(T0.toISOString());
    expect(edit.story).not.toHaveProperty("situation");
    expect(edit.version.content.result).toBe("p99 fell to 780 ms.");
    expect(storySchema.parse(edit.story)).toEqual(edit.story);
  });

  it("writes no version when nothing changed", () => {
    const { story } = newStory();
    const edit = updateStory(story, { title: "Cutting checkout latency " }, T1);
    expect(edit).toEqual({ ok: true, changed: false, story });
  });

  it("refuses an edit made on an older version", () => {
    const { story } = newStory();
    const first = updateStory(story, { task: "Get under one second.", baseVersion: 1 }, T1);
    if (!first.ok || !first.changed) throw new Error("expected a change");
    const stale = updateStory(first.story, { task: "Something else.", baseVersion: 1 }, T2);
    expect(stale).toMatchObject({ ok: false, code: "version-conflict", currentVersion: 2 });
  });

  it("rejects unknown fields in an update", () => {
    expect(storyUpdateSchema.safeParse({ titel: "typo" }).success).toBe(false);
  });

  it("archives and restores as versions, and restores old content as a new version", () => {
    const { story, version: v1 } = newStory();
    const archived = setStoryArchived(story, true, T1);
    if (!archived.ok || !archived.changed) throw new Error("expected a change");
    expect(archived.story.archived).toBe(true);
    expect(archived.version.archived).toBe(true);
    const edited = updateStory(archived.story, { title: "New title" }, T1);
    if (!edited.ok || !edited.changed) throw new Error("expected a change");
    const restored = restoreStoryVersion(edited.story, v1, T2);
    if (!restored.ok || !restored.changed) throw new Error("expected a change");
    expect(restored.story.title).toBe("Cutting checkout latency");
    expect(restored.story.version).toBe(4);
    expect(restored.story.archived).toBe(true);
  });
});

describe("time to tell", () => {
  it("estimates from the spoken parts at 150 words a minute when no time is given", () => {
    const words = (n: number) => Array.from({ length: n }, () => "word").join(" ");
    const time = storyTellingTime({
      situation: words(50),
      task: words(25),
      action: words(200),
      result: words(100),
      lessons: words(999),
    } as never);
    expect(time).toEqual({ seconds: 150, estimated: true, words: 375 });
  });

  it("uses the time the user measured", () => {
    expect(storyTellingTime({ spokenSeconds: 140, action: "I did it." })).toEqual({
      seconds: 140,
      estimated: false,
      words: 3,
    });
  });
});
