import { describe, expect, it } from "vitest";
import { readText } from "../text/text-doc.js";
import { extractFeatures } from "./answer-features.js";
import { buildClauses } from "./clauses.js";
import { extractNumbers } from "./numbers.js";

function featuresOf(text: string) {
  const doc = readText(text);
  const clauses = buildClauses(doc);
  const features = extractFeatures(doc, clauses, extractNumbers(doc, clauses));
  const quotes = (key: keyof typeof features) =>
    (features[key] as { start: number; end: number }[]).map((s) => text.slice(s.start, s.end));
  return { features, clauses, quotes };
}

describe("clauses", () => {
  it("finds who acts, in which tense, and whether it is denied", () => {
    const { clauses } = featuresOf("I would start with customers, but my manager never replied and nobody disagreed.");
    expect(clauses.clauses.map((c) => [c.subject, c.tense, c.negated])).toEqual([
      ["i", "hypothetical", false],
      ["agent", "past", true],
      ["agent", "past", true],
    ]);
  });

  it("reads a résumé bullet that opens with a past verb as the candidate's action", () => {
    const { features } = featuresOf("- Led a team of 8 engineers\n- Shipped the new checkout");
    expect(features.iActions).toHaveLength(2);
  });
});

describe("negation", () => {
  it("does not count 'I did not consider alternatives' as weighing alternatives", () => {
    const { features } = featuresOf("I did not consider alternatives because the plan looked obvious.");
    expect(features.alternatives).toEqual([]);
  });

  it("does not count 'nobody disagreed' as dissent", () => {
    const { features } = featuresOf("Nobody disagreed with the plan, and nobody pushed back.");
    expect(features.dissent).toEqual([]);
  });

  it("counts 'I did not agree' as dissent", () => {
    const { quotes } = featuresOf("I did not agree with my director, so I wrote up the data.");
    expect(quotes("dissent").length).toBeGreaterThan(0);
  });

  it("counts voiced disagreement but not a challenge that is only a noun", () => {
    expect(featuresOf("The challenge was scaling the ledger.").features.dissent).toEqual([]);
    expect(featuresOf("I challenged the forecast in the review.").features.dissent).toHaveLength(1);
  });

  it("does not take a pending decision for a decision made", () => {
    expect(featuresOf("We had to decide whether to launch in June.").features.decisions).toEqual([]);
    expect(featuresOf("I decided to launch in two markets first.").features.decisions).toHaveLength(1);
  });
});

describe("who did it", () => {
  it("separates the candidate's actions from the team's", () => {
    const { features } = featuresOf(
      "We planned the launch. I wrote the rollout plan and I ran the daily stand-up. We shipped in March.",
    );
    expect(features.iActions).toHaveLength(2);
    expect(features.weActions).toHaveLength(2);
  });

  it("credits named colleagues for what they built", () => {
    const { quotes } = featuresOf("Priya built the integration and Raj found the root cause.");
    expect(quotes("othersContributions")).toEqual(["Priya built the integration", "and Raj found the root cause"]);
  });

  it("catches explicit credit-taking", () => {
    expect(featuresOf("I single-handedly rewrote the search strategy.").features.creditTaken).toHaveLength(1);
  });
});

describe("hypothetical framing", () => {
  it("flags 'I would' and 'I always' as hypothetical, not past behaviour", () => {
    const { features } = featuresOf(
      "First I would talk to customers. Then I'd build a prototype. I always listen to users.",
    );
    expect(features.hypothetical).toHaveLength(3);
    expect(features.iActions).toHaveLength(0);
  });

  it("does not flag reflection ('next time I would')", () => {
    expect(featuresOf("Next time I would involve finance earlier.").features.hypothetical).toEqual([]);
  });

  it("reads 'I'd already built' as past, not hypothetical", () => {
    const { features } = featuresOf("I'd already built the dashboard by then.");
    expect(features.hypothetical).toEqual([]);
  });
});

describe("blame", () => {
  it("finds complaints about a partner's work without any trigger word", () => {
    const { features } = featuresOf(
      "I ran the launch. Their estimates were always wildly optimistic. Their engineers never answered our questions. Their QA was sloppy, and their manager kept changing priorities.",
    );
    expect(features.complaints.length).toBeGreaterThanOrEqual(3);
    expect(features.disown).toEqual([]);
  });

  it("does not read a customer's pain or the candidate's own miss as blame", () => {
    const { features } = featuresOf("Customers complained that checkout was slow. I missed the first deadline.");
    expect(features.complaints).toEqual([]);
  });

  it("finds explicit disowning, but not ownership despite it", () => {
    expect(featuresOf("Honestly, the outage was not my fault.").features.disown).toHaveLength(1);
    expect(featuresOf("It was not my job, but I picked it up anyway.").features.disown).toEqual([]);
  });
});

describe("customer", () => {
  it("finds the customer and their need", () => {
    const { features } = featuresOf(
      "Sellers were abandoning onboarding because they waited days for tax verification.",
    );
    expect(features.customers.length).toBeGreaterThan(0);
    expect(features.customerNeeds.length).toBeGreaterThan(0);
  });

  it("does not read 'customer-obsessed' as a customer", () => {
    expect(featuresOf("I am customer-obsessed.").features.customers).toEqual([]);
  });
});
