import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildStory, SAMPLE_BANK } from "../stories/story-builders.js";
import type { StoryContent } from "../stories/story-schema.js";
import { checkRetelling, extractNames, extractNumbers, type RetellingFlag } from "./retelling.js";

const story = (id: string): StoryContent => SAMPLE_BANK.find((s) => s.id === id)!.content;
const checkout = story("story-checkout-latency");
const launch = story("story-launch-date");

function expectExactQuotes(text: string, flags: readonly RetellingFlag[], sources: (flag: RetellingFlag) => string) {
  for (const flag of flags) {
    expect(text.slice(flag.here.start, flag.here.end)).toBe(flag.here.quote);
    expect(text.slice(flag.here.value.start, flag.here.value.end)).toBe(flag.here.value.quote);
    const there = sources(flag);
    expect(there.slice(flag.there.start, flag.there.end)).toBe(flag.there.quote);
    expect(there.slice(flag.there.value.start, flag.there.value.end)).toBe(flag.there.value.quote);
  }
}

function storyText(content: StoryContent, flag: RetellingFlag): string {
  const source = flag.there.source;
  if (source.kind !== "story") throw new Error("not a story source");
  if (source.field === "metrics") return content.metrics[source.index!]!.value;
  if (source.field === "judgementCalls") return content.judgementCalls[source.index!]!;
  return content[source.field] ?? "";
}

describe("retelling numbers", () => {
  const story30 = buildStory({
    title: "Faster checkout",
    action: "I profiled the checkout service and cached the address lookups.",
    result: "Latency fell 30% before the holiday freeze, saving about $200k a year in compute.",
  }).content;

  it('flags "40% here, 30% in the story" on the same metric', () => {
    const answer = "I owned checkout. I cut latency by 40% before the freeze.";
    const flags = checkRetelling(answer, story30);
    expect(flags).toHaveLength(1);
    const [flag] = flags;
    expect(flag).toMatchObject({
      kind: "number",
      subject: "latency",
      here: { quote: "I cut latency by 40%", value: { quote: "40%" } },
      there: { quote: "Latency fell 30%", value: { quote: "30%" }, source: { kind: "story", field: "result" } },
      message: "Latency: 40% here, 30% in the story's result.",
    });
    expectExactQuotes(answer, flags, (f) => storyText(story30, f));
  });

  it("does not flag unrelated numbers", () => {
    const answer =
      "About 40% of my week went to this. I interviewed 12 customers, the team of 6 engineers worked for 3 weeks, and latency fell 30%.";
    expect(checkRetelling(answer, story30)).toEqual([]);
  });

  it("does not flag the same fact told with rounding or an approximation", () => {
    expect(checkRetelling("We brought latency down by roughly a third: it fell about 33%.", story30)).toEqual([]);
    expect(
      checkRetelling("Checkout p99 fell to 800 ms and mobile conversion recovered by 2 points.", checkout),
    ).toEqual([]);
    expect(checkRetelling("The cache saved $0.2 million a year.", story30)).toEqual([]);
  });

  it("flags an end point and a change that disagree with the story and its metrics", () => {
    const answer = "Checkout p99 fell to 650 ms, and mobile conversion recovered by 3 points.";
    const flags = checkRetelling(answer, checkout);
    expect(flags.map((f) => f.message)).toEqual([
      "Latency: 650 ms here, 780 ms in the story's result.",
      "Conversion: 3 points here, 1.8 points in the story's result.",
    ]);
    expectExactQuotes(answer, flags, (f) => storyText(checkout, f));
  });

  it("compares savings against the story's metric list, in the same period only", () => {
    const vendor = story("story-vendor-cost");
    const flags = checkRetelling("The hash check saved $900k a year.", vendor);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.there.source).toEqual({ kind: "story", field: "result" });
    expect(checkRetelling("The hash check saved $50k a month.", vendor)).toEqual([]);
  });

  it("does not compare a p50 with a p99, or mobile with desktop", () => {
    expect(checkRetelling("p50 latency fell to 300 ms.", checkout)).toEqual([]);
    expect(checkRetelling("Desktop conversion recovered by 0.5 points.", checkout)).toEqual([]);
  });

  it("does not compare a before-level with an after-level, or a rise with a fall", () => {
    expect(checkRetelling("Latency was 2.4 s before and 780 ms after.", checkout)).toEqual([]);
    expect(checkRetelling("Latency first rose 40% during the peak.", story30)).toEqual([]);
  });

  it("treats small counts as exact: a team of ten is not a team of nine", () => {
    const team = buildStory({ situation: "I led a team of nine engineers on the checkout rewrite." }).content;
    expect(checkRetelling("I had a team of ten engineers.", team).map((f) => f.message)).toEqual([
      "Team size: ten here, nine in the story's situation.",
    ]);
    expect(checkRetelling("I led 9 engineers.", team)).toEqual([]);
  });

  it("stays silent when the story itself gives different values for the fact", () => {
    const mixed = buildStory({
      result: "Latency fell 30% in the first month and latency fell 45% by the end.",
    }).content;
    expect(checkRetelling("Latency fell 40%.", mixed)).toEqual([]);
  });

  it("flags a contradiction with an earlier telling, quoting it", () => {
    const earlier = {
      attemptId: "attempt-earlier-1",
      text: "In the end I cut latency by 25%.",
      at: "2026-03-02T10:00:00.000Z",
    };
    const flags = checkRetelling("Latency fell 30% in the end.", story30, [earlier]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      message: "Latency: 30% here, 25% in your telling of 2026-03-02.",
      there: { source: { kind: "telling", attemptId: "attempt-earlier-1" }, value: { quote: "25%" } },
    });
    expectExactQuotes("Latency fell 30% in the end.", flags, () => earlier.text);
  });

  it("reads units, scales and roles", () => {
    const [from, to] = extractNumbers("Build time went from 40 to 12 minutes.");
    expect(from).toMatchObject({
      metric: "build time",
      role: "baseline",
      dimension: "time",
      value: 2_400,
      direction: "down",
    });
    expect(to).toMatchObject({ metric: "build time", role: "outcome", value: 720 });
    expect(extractNumbers("saving about $600k a year")[0]).toMatchObject({
      metric: "savings",
      dimension: "money:$",
      value: 600_000,
      period: "year",
      approximate: true,
    });
    expect(extractNumbers("a team of 8 engineers")[0]).toMatchObject({ metric: "team size", value: 8 });
    expect(extractNumbers("Back in 2023 we used the p99 and Q3 figures.")).toEqual([]);
  });
});

describe("retelling names", () => {
  const withDirector: StoryContent = {
    ...launch,
    action: `My director, Priya Raman, committed to the date. ${launch.action}`,
  };

  it("flags a different person in the same unique role", () => {
    const answer = "Sam, my director, wanted one launch to match the competitor.";
    const flags = checkRetelling(answer, withDirector);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      kind: "name",
      subject: "director",
      here: { quote: "Sam, my director", value: { quote: "Sam" } },
      there: { quote: "My director, Priya Raman", value: { quote: "Priya Raman" }, source: { field: "action" } },
      message: "Your director: Sam here, Priya Raman in the story's action.",
    });
    expectExactQuotes(answer, flags, (f) => storyText(withDirector, f));
  });

  it("does not flag the same person by first name, another role, or a name the story also uses", () => {
    expect(checkRetelling("My director Priya wanted one launch.", withDirector)).toEqual([]);
    expect(checkRetelling("My manager Sam wanted one launch.", withDirector)).toEqual([]);
    expect(checkRetelling("My director Sam wanted one launch, and Priya agreed.", withDirector)).toEqual([]);
    expect(checkRetelling("Sam, my director, pushed back.", launch)).toEqual([]);
  });

  it("finds people with their roles, teams, projects and multi-word names", () => {
    const names = extractNames(
      "Then Priya (my manager) agreed. We worked with the Payments team on Project Falcon, using Amazon Web Services.",
    );
    expect(names.map((n) => [n.kind, n.name, n.role])).toEqual([
      ["person", "Priya", "manager"],
      ["team", "Payments", undefined],
      ["project", "Falcon", undefined],
      ["name", "Amazon Web Services", undefined],
    ]);
    expect(names[0]!.quote).toBe("Priya (my manager");
  });
});

describe("retelling properties", () => {
  it("never throws and quotes exact slices, for any answer", () => {
    const words = fc
      .array(
        fc.constantFrom(
          "latency",
          "fell",
          "cut",
          "by",
          "from",
          "to",
          "40%",
          "30%",
          "$600k",
          "2.4 s",
          "my director",
          "Priya",
          "Sam,",
          "and",
          ",",
          ".",
        ),
        { maxLength: 80 },
      )
      .map((w) => w.join(" "));
    fc.assert(
      fc.property(fc.oneof(words, fc.string({ unit: "binary", maxLength: 500 })), words, (answer, earlier) => {
        const flags = checkRetelling(answer, checkout, [{ attemptId: "attempt-prop-1", text: earlier }]);
        expectExactQuotes(answer, flags, (f) => (f.there.source.kind === "telling" ? earlier : storyText(checkout, f)));
      }),
      { numRuns: 200 },
    );
  });
});
