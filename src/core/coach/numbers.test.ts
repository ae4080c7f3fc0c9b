import { describe, expect, it } from "vitest";
import { readText } from "../text/text-doc.js";
import { buildClauses } from "./clauses.js";
import { extractNumbers } from "./numbers.js";

const roles = (text: string) => {
  const doc = readText(text);
  return extractNumbers(doc, buildClauses(doc)).map((n) => `${n.quote}=${n.role}`);
};

describe("number roles", () => {
  it("reads a percentage after a result verb as an outcome", () => {
    expect(roles("We reduced checkout errors by 35% in the first month.")).toEqual(["35%=outcome"]);
  });

  it("reads 'from X to Y' as a baseline and an outcome", () => {
    expect(roles("I cut the error rate from 12% to 4%.")).toEqual(["12%=baseline", "4%=outcome"]);
    expect(roles("Median refund time dropped from nine days to 2.5 days within six weeks.")).toEqual([
      "nine=baseline",
      "2.5=outcome",
      "six=duration",
    ]);
  });

  it("reads money saved and 'x faster' as outcomes", () => {
    expect(roles("The change saved $1.2M a year and made search 3x faster.")).toEqual(["$1.2M=outcome", "3x=outcome"]);
  });

  it("reads 'in 2021' as a year, not a result", () => {
    expect(roles("In 2021 we grew the programme.")).toEqual(["2021=year"]);
  });

  it("reads a team of engineers as team size", () => {
    expect(roles("I led a team of 8 engineers and two designers.")).toEqual(["8=team-size", "two=team-size"]);
    expect(roles("It was a team of eight.")).toEqual(["eight=team-size"]);
  });

  it("reads versions", () => {
    expect(roles("We shipped v2.3 and then version 4 of the API.")).toEqual(["v2.3=version", "4=version"]);
  });

  it("reads how long the work took as a duration", () => {
    expect(roles("We launched in 6 weeks after a two-month pilot.")).toEqual(["6=duration", "two=duration"]);
  });

  it("reads a metric stated as a state as a baseline", () => {
    expect(roles("Our conversion was 2%, below the 5% industry average.")).toEqual(["2%=baseline", "5%=baseline"]);
  });

  it("reads a goal as a target, and hitting it as an outcome", () => {
    expect(roles("Our goal was to cut latency by 20%.")).toEqual(["20%=target"]);
    expect(roles("We hit our target of 20% two weeks early.")).toContain("20%=outcome");
  });

  it("does not count 'one of' or 'one-way' as numbers", () => {
    expect(roles("It was one of those one-way door decisions.")).toEqual([]);
  });

  it("reads doubling and halving as quantified outcomes", () => {
    expect(roles("We doubled conversion and halved the backlog.")).toEqual(["doubled=outcome", "halved=outcome"]);
  });

  it("reads spoken percentages", () => {
    expect(roles("rejections went down from twenty two percent to nine percent")).toEqual([
      "twenty two percent=baseline",
      "nine percent=outcome",
    ]);
  });

  it("counts other things as counts", () => {
    expect(roles("We had 2,000 garages and three options.")).toEqual(["2,000=count", "three=count"]);
  });
});
