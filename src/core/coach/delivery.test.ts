import { describe, expect, it } from "vitest";
import { readText } from "../text/text-doc.js";
import { findFillers, spokenSeconds, WORDS_PER_MINUTE } from "./delivery.js";

const fillersIn = (text: string) => findFillers(readText(text)).fillers.map((f) => f.quote.toLowerCase());

describe("spoken delivery", () => {
  it("estimates spoken time at 150 words per minute", () => {
    expect(WORDS_PER_MINUTE).toBe(150);
    expect(spokenSeconds(300)).toBe(120);
    expect(spokenSeconds(0)).toBe(0);
  });

  it("counts um, uh, you know, I mean, basically, sort of and kind of in a transcript", () => {
    expect(
      fillersIn("so um we basically shipped it and uh you know it kind of worked, I mean the numbers went up"),
    ).toEqual(["um", "basically", "uh", "you know", "kind of", "i mean"]);
  });

  it("counts a filler 'like' but not the verb or the preposition", () => {
    expect(fillersIn("I like the idea and it looks like a tool like Jira.")).toEqual([]);
    expect(
      fillersIn("We had, like, 20 people and we like shipped it and then I noticed like a bunch of bugs."),
    ).toEqual(["like", "like", "like"]);
  });

  it("does not count 'what kind of', 'do you know' or 'I mean to'", () => {
    expect(fillersIn("What kind of data do you know about? I mean to ask the team.")).toEqual([]);
  });

  it("counts tag questions separately from fillers", () => {
    const stats = findFillers(readText("the dashboard looked fine, right? so we dug in right and found it"));
    expect(stats.tagQuestions.map((t) => t.quote)).toEqual(["right", "right"]);
    expect(stats.fillers).toEqual([]);
  });
});
