import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildStory } from "./story-builders.js";
import { diffStories, diffWords, storyHistory } from "./story-diff.js";
import type { StoryVersion } from "./story-schema.js";

describe("diff between two versions", () => {
  it("lists only the fields that changed, with before and after", () => {
    const before = buildStory({
      title: "Old",
      action: "I wrote the plan.",
      role: "pm",
      maps: [["ownership", "primary"]],
    }).content;
    const after = { ...before, title: "New", role: "pmt" as const };
    const diff = diffStories(before, after);
    expect(diff.changes).toEqual([
      { field: "title", kind: "value", before: "Old", after: "New" },
      { field: "role", kind: "value", before: "pm", after: "pmt" },
    ]);
    expect(diff.summary).toEqual(["Title: Old → New", "Role: pm → pmt"]);
  });

  it("summarises a reworded action as the words that moved", () => {
    const before = buildStory({ action: "I wrote the proposal and ran a staged launch region by region." }).content;
    const after = {
      ...before,
      action: "I wrote the proposal, agreed it with the fraud team, and ran a staged launch region by region.",
    };
    const change = diffStories(before, after).changes[0]!;
    expect(change).toMatchObject({ field: "action", kind: "text" });
    if (change.kind !== "text") throw new Error("expected a text change");
    expect(change.words!.parts).toEqual([
      { op: "same", text: "I wrote the" },
      { op: "removed", text: "proposal" },
      { op: "added", text: "proposal, agreed it with the fraud team," },
      { op: "same", text: "and ran a staged launch region by region." },
    ]);
    expect(change.words!.summary).toBe("+7 words, −1 word");
  });

  it("reports principles added, removed and re-weighted, and metric values changed by label", () => {
    const before = buildStory({
      maps: [
        ["ownership", "primary"],
        ["dive-deep", "secondary"],
      ],
      metrics: [{ label: "latency", value: "2.4 s" }],
    }).content;
    const after = {
      ...before,
      principles: [
        { id: "ownership" as const, strength: "secondary" as const },
        { id: "deliver-results" as const, strength: "primary" as const },
      ],
      metrics: [
        { label: "latency", value: "780 ms" },
        { label: "conversion", value: "+1.8 points" },
      ],
    };
    const diff = diffStories(before, after);
    expect(diff.changes.find((c) => c.field === "principles")).toMatchObject({
      added: [{ id: "deliver-results", strength: "primary" }],
      removed: [{ id: "dive-deep", strength: "secondary" }],
      changed: [{ id: "ownership", before: "primary", after: "secondary" }],
      reordered: false,
    });
    expect(diff.changes.find((c) => c.field === "metrics")).toMatchObject({
      added: [{ label: "conversion" }],
      removed: [],
      changed: [{ label: "latency", before: "2.4 s", after: "780 ms" }],
    });
  });

  it("shows archiving and an added or cleared field", () => {
    const before = { ...buildStory({ lessons: "Ask earlier." }).content, archived: false };
    const after = { ...before, lessons: undefined, dissent: "I disagreed.", archived: true };
    const { summary } = diffStories(before, after);
    expect(summary).toEqual(["Dissent added", "Lessons cleared", "Archived"]);
  });

  it("word diff rebuilds both texts for any input", () => {
    const text = fc
      .array(fc.constantFrom("a", "b", "c", "launch", "I", "we"), { maxLength: 30 })
      .map((w) => w.join(" "));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const { parts } = diffWords(a, b);
        const side = (keep: string) =>
          parts
            .filter((p) => p.op === "same" || p.op === keep)
            .map((p) => p.text)
            .join(" ");
        expect(side("removed")).toBe(a.split(/\s+/).filter(Boolean).join(" "));
        expect(side("added")).toBe(b.split(/\s+/).filter(Boolean).join(" "));
      }),
    );
  });
});

describe("history view", () => {
  it("lists versions newest first with what each changed", () => {
    const content = buildStory({ title: "First" }).content;
    const versions: StoryVersion[] = [
      { storyId: "story-abcd", version: 1, savedAt: "2026-03-01T10:00:00.000Z", archived: false, content },
      {
        storyId: "story-abcd",
        version: 2,
        savedAt: "2026-03-02T10:00:00.000Z",
        archived: false,
        content: { ...content, title: "Second" },
      },
    ];
    const history = storyHistory(versions);
    expect(history.map((h) => h.version)).toEqual([2, 1]);
    expect(history[0]!.diff.summary).toEqual(["Title: First → Second"]);
    expect(history[1]!.diff.summary).toEqual(["Created"]);
  });
});
