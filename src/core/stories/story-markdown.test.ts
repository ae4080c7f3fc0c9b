import { describe, expect, it } from "vitest";
import { buildStory, SAMPLE_BANK } from "./story-builders.js";
import { escapeInline, storiesToMarkdown, storyCard } from "./story-markdown.js";

describe("Markdown story cards", () => {
  it("renders a card with principles, time, STAR parts, metrics and judgement calls", () => {
    const card = storyCard(SAMPLE_BANK[0]!.content);
    expect(card).toMatch(/^## Cutting checkout latency before peak season\n\n/);
    expect(card).toContain("- **Primary:** Dive Deep · Deliver Results");
    expect(card).toContain("- **Secondary:** Customer Obsession");
    expect(card).toMatch(
      /- \*\*Time to tell:\*\* ~\d+ s \(estimated from \d+ words\)|- \*\*Time to tell:\*\* ~\d+ min/,
    );
    expect(card).toContain("**Situation.** Two months before the holiday peak");
    expect(card).toContain("| p99 latency | 2.4 s to 780 ms |");
    expect(card).toContain("**Judgement calls**\n\n- Cached addresses for 10 minutes");
    expect(card.endsWith("\n")).toBe(true);
    expect(card).not.toContain("\n\n\n");
  });

  it("shows a measured time, role and level, and the coach rating when given", () => {
    const card = storyCard(buildStory({ title: "T", spokenSeconds: 150, role: "tpm", level: "L6" }).content, {
      quality: 0.82,
    });
    expect(card).toContain("- **Time to tell:** 2 min 30 s\n");
    expect(card).toContain("- **Role and level:** TPM L6");
    expect(card).toContain("- **Coach rating:** 82%");
  });

  it("escapes one-line values so they cannot break the card, and keeps prose as written", () => {
    const card = storyCard(
      buildStory({
        title: "# Not a heading | *really*",
        action: "- step one\n- step two",
        metrics: [{ label: "a|b", value: "<x>" }],
      }).content,
    );
    expect(card).toContain("## \\# Not a heading \\| \\*really\\*");
    expect(card).toContain("**Action.** - step one\n- step two");
    expect(card).toContain("| a\\|b | \\<x\\> |");
    expect(escapeInline("1. first")).toBe("1\\. first");
  });

  it("writes one card per story, separated by rules, with the ratings by story id", () => {
    const doc = storiesToMarkdown(SAMPLE_BANK.slice(0, 3), { qualities: { "story-launch-date": 0.5 } });
    expect(doc.startsWith("# Story bank\n\n## ")).toBe(true);
    expect(doc.split("\n---\n")).toHaveLength(3);
    expect(doc.match(/Coach rating/g)).toHaveLength(1);
    expect(storiesToMarkdown([])).toBe("# Story bank\n\n_No stories yet._\n");
  });
});
