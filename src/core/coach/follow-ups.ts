/**
 * Follow-up questions, in the order a good interviewer reaches for them: first the gaps in this
 * answer (no number → measured impact; mostly "we" → your own part), then the question's own
 * follow-ups, then the principle's probes from gentle to hard, and at depth 3-4 the Bar
 * Raiser's kind ("what if the data had said the opposite?").
 */
import type { Principle, PrincipleId, Question } from "../content/pack-schema.js";
import type { CriterionResult, FollowUp, RedFlagResult } from "./coach-result-schema.js";

export interface FollowUpInput {
  criteria: CriterionResult[];
  redFlags: RedFlagResult[];
  question: Question | undefined;
  targets: readonly PrincipleId[];
  principles: readonly Principle[];
  functional: boolean;
  /** Deepest probe depth to offer: 2 after a first answer, up to 4 as a thread goes on. */
  maxDepth: number;
  /** Keys already asked; never offered again. */
  asked?: ReadonlySet<string>;
}

interface Gap {
  key: string;
  applies: (
    input: FollowUpInput,
    status: (id: CriterionResult["id"]) => CriterionResult["status"],
    flag: (id: RedFlagResult["id"]) => boolean,
  ) => boolean;
  text: string;
  reason: string;
  depth: number;
}

const BACKBONE: PrincipleId = "have-backbone-disagree-and-commit";

/** Ordered by how much each gap costs an answer in a debrief. */
const GAPS: Gap[] = [
  {
    key: "gap:off-topic",
    applies: (_i, _s, flag) => flag("off-topic"),
    text: "Let's come back to the question I asked. Can you give me an example about exactly that?",
    reason: "The answer did not address the question.",
    depth: 1,
  },
  {
    key: "gap:too-short",
    applies: (_i, _s, flag) => flag("too-short"),
    text: "Can you walk me through a specific example, from the situation to the result?",
    reason: "The answer is too short to judge.",
    depth: 1,
  },
  {
    key: "gap:hypothetical",
    applies: (i, _s, flag) => !i.functional && flag("hypothetical"),
    text: "That's what you would do. Tell me about a specific time you actually did it: what happened?",
    reason: "The answer describes a hypothetical, not past behaviour.",
    depth: 1,
  },
  {
    key: "gap:quantified-result",
    applies: (_i, status) => status("quantified-result") !== "met",
    text: "What was the measurable impact? What did the numbers look like before and after?",
    reason: "No number in the result.",
    depth: 2,
  },
  {
    key: "gap:first-person",
    applies: (i, status) => !i.functional && status("first-person") !== "met",
    text: "You said 'we' a lot. What did you personally do?",
    reason: "Most actions are told as 'we'.",
    depth: 1,
  },
  {
    key: "gap:alternatives",
    applies: (_i, status) => status("judgment") !== "met",
    text: "What other options did you weigh, and why did you not choose them?",
    reason: "No alternatives or trade-off are described.",
    depth: 2,
  },
  {
    key: "gap:dissent",
    applies: (i, status) => !i.functional && i.targets.includes(BACKBONE) && status("dissent") !== "met",
    text: "Who disagreed with you, and how was it resolved?",
    reason: "A Backbone question with no disagreement in the answer.",
    depth: 2,
  },
  {
    key: "gap:disowning",
    applies: (_i, _s, flag) => flag("disowning"),
    text: "What part of how it turned out was on you, and what would you change?",
    reason: "The story puts the problem on others.",
    depth: 2,
  },
  {
    key: "gap:team-credit",
    applies: (_i, _s, flag) => flag("team-credit-taken"),
    text: "Who else worked on this, and what did they contribute?",
    reason: "The outcome is credited to you alone.",
    depth: 2,
  },
  {
    key: "gap:result",
    applies: (i, status) => !i.functional && status("result") === "missing",
    text: "How did it end? What changed because of what you did?",
    reason: "The story has no result.",
    depth: 1,
  },
  {
    key: "gap:vague",
    applies: (_i, _s, flag) => flag("vague"),
    text: "Can you be specific: which metric, by how much, and over what period?",
    reason: "Vague words stand in for facts.",
    depth: 2,
  },
  {
    key: "gap:customer",
    applies: (i, status) =>
      (i.functional || i.targets.includes("customer-obsession")) && status("customer") === "missing",
    text: "Who exactly was the customer, and how did you know what they needed?",
    reason: "The customer is missing.",
    depth: 1,
  },
  {
    key: "gap:task",
    applies: (i, status) => !i.functional && status("task") === "missing",
    text: "What exactly were you responsible for here?",
    reason: "Your own responsibility is unclear.",
    depth: 1,
  },
  {
    key: "gap:learning",
    applies: (i, status) => !i.functional && status("learning") === "missing",
    text: "Looking back, what would you do differently?",
    reason: "No lesson or reflection.",
    depth: 2,
  },
];

/** The Bar Raiser's kind: robustness of the judgement, not more detail. */
const BAR_RAISER: { key: string; text: string; depth: number }[] = [
  { key: "br:opposite-data", text: "What if the data had said the opposite? What would you have done?", depth: 3 },
  {
    key: "br:strongest-objection",
    text: "What was the strongest argument against your approach, and why did it not win?",
    depth: 3,
  },
  {
    key: "br:without-you",
    text: "What would have happened if you had not been there? What was your part exactly?",
    depth: 3,
  },
  { key: "br:redo", text: "If you ran it again tomorrow, which one decision would you change, and why?", depth: 4 },
  { key: "br:wrong", text: "How would you have found out if your call had been wrong, and how quickly?", depth: 4 },
];

const normalised = new Map<string, string>();

export function normaliseQuestion(text: string): string {
  let out = normalised.get(text);
  if (out === undefined) {
    out = text
      .toLowerCase()
      .replace(/[^a-z0-9 ]+/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    if (normalised.size > 10_000) normalised.clear();
    normalised.set(text, out);
  }
  return out;
}

interface Candidate {
  followUp: FollowUp;
  /** `text:` + the normalised text: how a free-text question asked in a thread is recorded. */
  textKey: string;
  norm: string;
}

function candidate(followUp: FollowUp): Candidate {
  const norm = normaliseQuestion(followUp.text);
  return { followUp, norm, textKey: `text:${norm}` };
}

/** The question's follow-ups, the principles' probes and the Bar Raiser's questions do not depend on the answer. */
const staticCandidates = new WeakMap<object, WeakMap<readonly Principle[], Map<string, Candidate[]>>>();
const NO_QUESTION = {};

function fixedCandidates(input: FollowUpInput): Candidate[] {
  const questionKey: object = input.question ?? NO_QUESTION;
  let byPrinciples = staticCandidates.get(questionKey);
  if (!byPrinciples) {
    byPrinciples = new WeakMap();
    staticCandidates.set(questionKey, byPrinciples);
  }
  let byTargets = byPrinciples.get(input.principles);
  if (!byTargets) {
    byTargets = new Map();
    byPrinciples.set(input.principles, byTargets);
  }
  const key = `${input.targets.join(",")}|${input.maxDepth}`;
  const cached = byTargets.get(key);
  if (cached) return cached;

  const out: Candidate[] = [];
  const question = input.question;
  if (question && Array.isArray(question.followUps)) {
    // A question's follow-ups are written from gentle to hard; spread them over depths 1-4.
    const count = question.followUps.length;
    question.followUps.forEach((text, index) => {
      const depth = Math.min(4, 1 + Math.floor((index * 4) / Math.max(1, count)));
      if (depth > input.maxDepth || typeof text !== "string") return;
      out.push(
        candidate({
          text,
          reason: "A follow-up interviewers ask on this question.",
          key: `q:${question.id}:${index}`,
          source: "question",
          depth,
        }),
      );
    });
  }
  const byId = new Map(input.principles.map((p) => [p.id, p]));
  const probes: FollowUp[] = [];
  for (const id of input.targets) {
    const principle = byId.get(id);
    if (!principle) continue;
    principle.probes.forEach((probe, index) => {
      if (probe.depth > input.maxDepth) return;
      probes.push({
        text: probe.text,
        reason: `Probes ${principle.name} (depth ${probe.depth}).`,
        key: `p:${id}:${index}`,
        source: "probe",
        depth: probe.depth,
      });
    });
  }
  probes.sort((a, b) => a.depth - b.depth);
  for (const p of probes) out.push(candidate(p));
  if (input.maxDepth >= 3) {
    for (const b of BAR_RAISER) {
      if (b.depth <= input.maxDepth)
        out.push(
          candidate({
            text: b.text,
            reason: "A Bar Raiser tests whether the judgement holds up.",
            key: b.key,
            source: "bar-raiser",
            depth: b.depth,
          }),
        );
    }
  }
  if (byTargets.size > 64) byTargets.clear();
  byTargets.set(key, out);
  return out;
}

const gapCandidates = new Map(
  GAPS.map((gap) => [
    gap.key,
    candidate({ text: gap.text, reason: gap.reason, key: gap.key, source: "gap", depth: gap.depth }),
  ]),
);

/** Every follow-up that applies, best first, minus anything already asked. */
export function buildFollowUps(input: FollowUpInput): FollowUp[] {
  const asked = input.asked ?? new Set<string>();
  const status = (id: CriterionResult["id"]) => input.criteria.find((c) => c.id === id)?.status ?? "missing";
  const flag = (id: RedFlagResult["id"]) => input.redFlags.some((r) => r.id === id);
  const out: FollowUp[] = [];
  const texts = new Set<string>();
  const push = (c: Candidate) => {
    if (asked.has(c.followUp.key) || asked.has(c.textKey) || texts.has(c.norm)) return;
    texts.add(c.norm);
    out.push({ ...c.followUp });
  };
  for (const gap of GAPS) if (gap.applies(input, status, flag)) push(gapCandidates.get(gap.key)!);
  for (const c of fixedCandidates(input)) push(c);
  return out;
}

/**
 * A short, varied list for one answer: the top gaps, then one of each other kind, so the user
 * sees both what is missing and what a real interviewer will ask next.
 */
export function pickFollowUps(all: FollowUp[], count: number): FollowUp[] {
  const gaps = all.filter((f) => f.source === "gap").slice(0, 3);
  const rest = all.filter((f) => f.source !== "gap");
  const picked = [...gaps];
  for (const source of ["question", "probe", "bar-raiser"] as const) {
    const next = rest.find((f) => f.source === source && !picked.includes(f));
    if (next) picked.push(next);
  }
  for (const f of rest) {
    if (picked.length >= count) break;
    if (!picked.includes(f)) picked.push(f);
  }
  return picked.slice(0, count);
}
