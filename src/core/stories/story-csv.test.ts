import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PRINCIPLE_IDS } from "../content/pack-schema.js";
import { SAMPLE_BANK } from "./story-builders.js";
import { STORY_CSV_COLUMNS, storyCsvRowSchema, suggestCsvMapping } from "./story-csv-columns.js";
import { storiesToCsv, storyToCsvRow } from "./story-csv-export.js";
import { importStoriesCsv, MAX_CSV_ROWS, readDuration } from "./story-csv-import.js";
import { type StoryContent, storyInputSchema } from "./story-schema.js";

const csv = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;
const errors = (result: ReturnType<typeof importStoriesCsv>) => result.problems.filter((p) => p.severity === "error");

describe("suggested column mapping", () => {
  it("maps the headers people use for STAR sheets", () => {
    expect(
      suggestCsvMapping(["Story", "S", "T", "A", "R", "Metrics", "LP", "Tags", "Lessons learned", "Comments"]),
    ).toEqual(["title", "situation", "task", "action", "result", "metrics", "principles", "tags", "lessons", null]);
  });

  it("maps principle-named headers to principle columns, and prefers field names (Results is the result)", () => {
    expect(
      suggestCsvMapping(["Title", "Results", "Customer Obsession", "DD", "Have Backbone; Disagree and Commit"]),
    ).toEqual([
      "title",
      "result",
      "principle:customer-obsession",
      "principle:dive-deep",
      "principle:have-backbone-disagree-and-commit",
    ]);
  });

  it("gives a field to the most usual header when two could take it", () => {
    expect(suggestCsvMapping(["Name", "Title"])).toEqual([null, "title"]);
  });
});

describe("CSV import", () => {
  it("imports the good rows and reports a bad row by line and column", () => {
    const result = importStoriesCsv(
      csv(
        "Title,Situation,Action,Result,Principles",
        "Checkout latency,Checkout was slow,I dug into traces,p99 fell to 780 ms,Dive Deep; Deliver Results",
        ",A story with no title,I did things,It went well,CO",
        "Returns launch,Director set a date,I pushed back,Launched on time,Have Backbone; Disagree and Commit",
        "Pricing,Two weeks of data,I chose,Covered cost,Customer Love",
      ),
    );
    expect(result.stories.map((s) => [s.line, s.story.title])).toEqual([
      [2, "Checkout latency"],
      [4, "Returns launch"],
    ]);
    expect(errors(result)).toEqual([
      expect.objectContaining({
        line: 3,
        row: 3,
        column: "Title",
        columnNumber: 1,
        message: "The title is empty: every story needs one.",
      }),
      expect.objectContaining({ line: 5, row: 5, column: "Principles", columnNumber: 5 }),
    ]);
    expect(result.stories[0]!.story.principles).toEqual([
      { id: "dive-deep", strength: "primary" },
      { id: "deliver-results", strength: "secondary" },
    ]);
    expect(result.stories[1]!.story.principles).toEqual([
      { id: "have-backbone-disagree-and-commit", strength: "primary" },
    ]);
  });

  it("reads a sheet with one column per principle and marks in the cells", () => {
    const result = importStoriesCsv(
      csv(
        "Story,S,T,A,R,Customer Obsession,Ownership,DD,Earn Trust,Think Big",
        "Outage,Payments failed,Nobody owned it,I took over,Recovered same day,,x,S,1,",
        "Vision,Three engines,Change the org,Wrote a vision,Two weeks not a quarter,secondary,,,,P",
        "Odd marks,s,t,a,r,maybe,,,,",
      ),
    );
    expect(result.stories.map((s) => s.story.principles)).toEqual([
      [
        { id: "ownership", strength: "primary" },
        { id: "dive-deep", strength: "secondary" },
        { id: "earn-trust", strength: "secondary" },
      ],
      [
        { id: "customer-obsession", strength: "secondary" },
        { id: "think-big", strength: "primary" },
      ],
    ]);
    expect(errors(result)).toEqual([
      expect.objectContaining({ line: 4, column: "Customer Obsession", columnNumber: 6 }),
    ]);
  });

  it("reads a single principles cell of names, ids and abbreviations in any case", () => {
    const result = importStoriesCsv(
      csv(
        "Title,LP",
        'A,"Have Backbone; Disagree and Commit; are-right-a-lot | CO"',
        'B,"ARE RIGHT, A LOT, dd (primary), Ownership (S)"',
      ),
    );
    expect(errors(result)).toEqual([]);
    expect(result.stories.map((s) => s.story.principles.map((p) => `${p.id}:${p.strength}`))).toEqual([
      ["have-backbone-disagree-and-commit:primary", "are-right-a-lot:secondary", "customer-obsession:secondary"],
      ["are-right-a-lot:secondary", "dive-deep:primary", "ownership:secondary"],
    ]);
  });

  it("lets the user override the suggested mapping", () => {
    const text = csv("Name,Story,Notes", "Checkout,The long version of the story,Extra");
    const suggested = importStoriesCsv(text);
    expect(suggested.mapping).toEqual([null, "title", "deepDiveNotes"]);
    const overridden = importStoriesCsv(text, { mapping: ["title", "action", null] });
    expect(overridden.stories[0]!.story).toMatchObject({ title: "Checkout", action: "The long version of the story" });
    expect(overridden.problems).toEqual([
      expect.objectContaining({
        line: 1,
        column: "Notes",
        severity: "warning",
        message: expect.stringContaining("not imported"),
      }),
    ]);
  });

  it("refuses a mapping with two columns for one field, or none for the title", () => {
    const text = csv("A,B", "x,y");
    expect(errors(importStoriesCsv(text, { mapping: ["title", "title"] }))).toEqual([
      expect.objectContaining({ line: 1, column: "B", message: expect.stringContaining("map only one") }),
    ]);
    const noTitle = importStoriesCsv(text, { mapping: ["action", null] });
    expect(noTitle.stories).toEqual([]);
    expect(errors(noTitle)[0]!.message).toContain("title");
  });

  it("counts lines across line breaks inside cells, and reads ; separated files", () => {
    const result = importStoriesCsv(
      [
        "Title;Action;Metrics",
        'First;"I did one thing\nthen another";"latency: 2.4 s to 780 ms\nsaving: $600k"',
        "Second;;nope: ",
      ].join("\n"),
    );
    expect(result.delimiter).toBe(";");
    expect(result.stories[0]!.story.metrics).toEqual([
      { label: "latency", value: "2.4 s to 780 ms" },
      { label: "saving", value: "$600k" },
    ]);
    expect(errors(result)).toEqual([
      expect.objectContaining({ line: 5, row: 3, column: "Metrics", message: "Metric 1 value must not be empty." }),
    ]);
  });

  it("reads roles, levels and spoken times written in several ways", () => {
    const result = importStoriesCsv(
      csv("Title,Role,Level,Minutes", "A,PMT,l6,2:30", "B,Technical Program Manager,7,2.5", "C,Designer,L9,soon"),
    );
    expect(result.stories.map((s) => [s.story.role, s.story.level, s.story.spokenSeconds])).toEqual([
      ["pmt", "L6", 150],
      ["tpm", "L7", 150],
    ]);
    expect(errors(result).map((p) => p.column)).toEqual(["Role", "Level", "Minutes"]);
    expect(readDuration("2 min 30 s", "seconds")).toBe(150);
    expect(readDuration("90", "seconds")).toBe(90);
  });

  it("reports broken quoting instead of importing a garbled row", () => {
    const result = importStoriesCsv('Title,Action\nGood,Fine\nBad,"never closed\n');
    expect(result.stories.map((s) => s.story.title)).toEqual(["Good"]);
    expect(errors(result)[0]).toMatchObject({ line: 3, message: expect.stringContaining("quot") });
  });

  it("refuses files over 2 MB or 2,000 stories before reading them", () => {
    const big = importStoriesCsv(`Title\n${"x".repeat(2 * 1024 * 1024)}`);
    expect(big.stories).toEqual([]);
    expect(big.problems[0]).toMatchObject({ line: 0, severity: "error", message: expect.stringContaining("MB") });
    const many = importStoriesCsv(
      `Title\n${Array.from({ length: MAX_CSV_ROWS + 1 }, (_, i) => `Story ${i}`).join("\n")}`,
    );
    expect(many.stories).toEqual([]);
    expect(many.problems[0]!.message).toContain("2000");
    expect(
      importStoriesCsv(`Title\n${Array.from({ length: MAX_CSV_ROWS }, (_, i) => `Story ${i}`).join("\n")}`).stories,
    ).toHaveLength(MAX_CSV_ROWS);
  });

  it("skips blank rows without calling them problems, and reports cells past the last header", () => {
    const result = importStoriesCsv(csv("Title", "", "A,stray", ",,"));
    expect(result.stories).toHaveLength(1);
    expect(result.problems).toEqual([expect.objectContaining({ line: 3, columnNumber: 2, severity: "warning" })]);
  });
});

describe("CSV export", () => {
  it("writes the documented columns, one list item per line", () => {
    const text = storiesToCsv([SAMPLE_BANK[0]!.content]);
    expect(text.startsWith("\uFEFFTitle,Situation,Task,Action,Result,Metrics,Principles,")).toBe(true);
    const row = storyToCsvRow(SAMPLE_BANK[0]!.content);
    expect(storyCsvRowSchema.parse(row)).toEqual(row);
    expect(row.Metrics).toBe("p99 latency: 2.4 s to 780 ms\nmobile conversion: +1.8 points");
    expect(row.Principles).toBe("dive-deep (primary); deliver-results (primary); customer-obsession (secondary)");
    expect(Object.keys(row)).toEqual(STORY_CSV_COLUMNS.map((c) => c.header));
  });

  it("re-imports the sample bank unchanged", () => {
    const result = importStoriesCsv(storiesToCsv(SAMPLE_BANK.map((s) => s.content)));
    expect(result.problems).toEqual([]);
    expect(result.stories.map((s) => s.story)).toEqual(SAMPLE_BANK.map((s) => s.content));
  });

  it("re-imports any valid stories to identical content (property)", () => {
    fc.assert(
      fc.property(fc.array(storyArbitrary, { minLength: 1, maxLength: 4 }), (stories) => {
        const result = importStoriesCsv(storiesToCsv(stories));
        expect(result.problems).toEqual([]);
        expect(result.stories.map((s) => s.story)).toEqual(stories);
      }),
      { numRuns: 200 },
    );
  });
});

/** Characters that break naive CSV and list handling, plus any Unicode text. */
const tricky = fc.constantFrom(
  ",",
  ";",
  "|",
  '"',
  "'",
  ":",
  "\n",
  "\r\n",
  "\r",
  "\t",
  " ",
  "=",
  "-",
  "+",
  "@",
  "(",
  ")",
  "x",
  "P",
  "é",
  "—",
  "😀",
);
const piece = fc.oneof(fc.string({ unit: tricky, maxLength: 6 }), fc.string({ unit: "grapheme", maxLength: 6 }));
const anchored = (chars: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.constantFrom("a", "Z", "7", "é", "$"), fc.array(chars, { maxLength: 4 }))
    .map(([head, rest]) => head + rest.join(""));
const longText = anchored(piece);
const oneLine = anchored(piece.map((s) => s.replace(/[\r\n]/g, " ")));
const storyArbitrary: fc.Arbitrary<StoryContent> = fc
  .record(
    {
      title: oneLine,
      situation: longText,
      task: longText,
      action: longText,
      result: longText,
      metrics: fc.array(fc.record({ label: oneLine.map((s) => s.replaceAll(":", "")), value: oneLine }), {
        maxLength: 3,
      }),
      principles: fc.uniqueArray(
        fc.record({
          id: fc.constantFrom(...PRINCIPLE_IDS),
          strength: fc.constantFrom("primary" as const, "secondary" as const),
        }),
        { selector: (p) => p.id, maxLength: 5 },
      ),
      tags: fc.uniqueArray(
        oneLine.map((s) => s.replace(/[;,|]/g, "").slice(0, 40)),
        { selector: (t) => t.trim().toLowerCase(), maxLength: 3 },
      ),
      role: fc.constantFrom("pm" as const, "pmt" as const, "tpm" as const),
      level: fc.constantFrom("L5" as const, "L6" as const, "L7" as const),
      judgementCalls: fc.array(oneLine, { maxLength: 3 }),
      dissent: longText,
      lessons: longText,
      deepDiveNotes: longText,
      spokenSeconds: fc.integer({ min: 10, max: 1800 }),
    },
    { requiredKeys: ["title", "metrics", "principles", "tags", "judgementCalls"] },
  )
  .map((raw) => storyInputSchema.safeParse(raw))
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data as StoryContent);
