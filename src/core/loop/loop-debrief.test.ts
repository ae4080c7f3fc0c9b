import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type ContentPack, loadPack } from "../content/load-pack.js";
import { LEVELS, type Level, ROLES, type Role } from "../content/pack-schema.js";
import { generateLoop } from "./generate-loop.js";
import { buildDebrief, type LoopDebrief } from "./loop-debrief.js";
import type { LoopPlan, LoopRound, LoopState, PersonaId, PlannedQuestion } from "./loop-schema.js";
import { addFollowUp, answerQuestion, createLoopState, finishLoop, nextRound, startLoop } from "./loop-session.js";
import { answerVote } from "./loop-votes.js";
import { buildCoachResult, runLoop, type ScriptedAnswer } from "./test-builders.js";

function loadRealPack(): ContentPack {
  const dir = fileURLToPath(new URL("../../../content/amazon", import.meta.url));
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  const files = walk(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => ({ path: relative(dir, f).split("\\").join("/"), text: readFileSync(f, "utf8") }));
  const result = loadPack(files);
  if (!result.ok) throw new Error(`the content pack does not load: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.pack;
}

const pack = loadRealPack();
const NOW = "2025-03-01T12:00:00.000Z";

/** Org-level story: L6 scope, ambiguity, influence and impact, with a decision and a number. */
const ORG_STORY =
  "The checkout failures sat across the org, with five teams involved that did not report to me. " +
  "The problem was ambiguous, so I decided which problem to fix first. " +
  "I wrote a narrative and convinced the three engineering managers to change their plans. " +
  "I chose a phased rollout over a rewrite and gave up two features this quarter. " +
  "Checkout errors fell by 35% and we added $4 million in annual revenue. " +
  "I learned to bring data to the first meeting.";

/** Team-level story: solid, but L5 in every dimension. */
const TEAM_STORY =
  "On my team the release checklist was unclear and bugs slipped through. " +
  "I rewrote the checklist and convinced my engineers to try it for a month. " +
  "I chose a lightweight checklist over a new tool because it could start that week. " +
  "Release defects fell by 20% in the next quarter. " +
  "I learned to test a process change on one release first.";

/** Hypothetical and vague: what a Bar Raiser will not pass. */
const WEAK_STORY =
  "We would probably look at the data first and then decide. " +
  "We did a lot of things to improve it and the team handled the rollout. " +
  "Things got better over time.";

const OFF_TOPIC = "I like hiking at weekends.";

function strong(text: string, principle: string | undefined, vote: 3 | 4 = 4): ScriptedAnswer {
  const decision = text === ORG_STORY ? "I decided which problem to fix first" : "I rewrote the checklist";
  return {
    text,
    coach: buildCoachResult({
      text,
      vote,
      principles: principle ? [{ id: principle, quote: decision }] : [],
      met: [
        {
          id: "quantified-result",
          quote: text === ORG_STORY ? "Checkout errors fell by 35%" : "Release defects fell by 20%",
        },
        {
          id: "judgment",
          quote: text === ORG_STORY ? "I chose a phased rollout over a rewrite" : "I chose a lightweight checklist",
        },
        { id: "first-person", quote: text === ORG_STORY ? "I wrote a narrative" : "I rewrote the checklist" },
        { id: "learning", quote: "I learned to" },
      ],
      keyPoints: [
        { id: "a", covered: true, quote: "I chose" },
        { id: "b", covered: true, quote: "I learned" },
        { id: "c", covered: true, quote: "fell by" },
      ],
    }),
  };
}

function weak(principle: string | undefined): ScriptedAnswer {
  return {
    text: WEAK_STORY,
    coach: buildCoachResult({
      text: WEAK_STORY,
      vote: 2,
      principles: principle ? [{ id: principle, quote: "look at the data", score: 0.2 }] : [],
      missing: ["quantified-result", "first-person", "judgment", "result"],
      redFlags: [
        { id: "hypothetical", quote: "We would probably look at the data first" },
        { id: "vague", quote: "We did a lot of things" },
      ],
    }),
  };
}

function offTopic(): ScriptedAnswer {
  return {
    text: OFF_TOPIC,
    coach: buildCoachResult({
      text: OFF_TOPIC,
      vote: 1,
      missing: ["situation", "action", "result", "quantified-result"],
      redFlags: [{ id: "off-topic", quote: OFF_TOPIC }, { id: "too-short" }],
    }),
  };
}

const onsite = (role: Role, level: Level, seed = 2024) =>
  generateLoop({ role, level, kind: "onsite", seed, pack, now: NOW });

/** Runs the loop, answering each round with the reply chosen for its interviewer. */
function runBy(
  plan: LoopPlan,
  reply: (persona: PersonaId, planned: PlannedQuestion, round: LoopRound) => ScriptedAnswer | undefined,
): LoopState {
  return runLoop(plan, (round, planned) => reply(round.persona.id, planned, round));
}

const debrief = (state: LoopState) => buildDebrief(state, pack, { now: NOW });
const voteOf = (d: LoopDebrief, persona: PersonaId) => d.interviewers.find((i) => i.persona.id === persona)?.vote;
const cases = ROLES.flatMap((role) => LEVELS.map((level) => ({ role, level })));

describe.each(cases)("the debrief of a $role $level loop", ({ role, level }) => {
  it("hires a candidate whose org-level stories all met the bar, at the level the evidence supports", () => {
    const state = runBy(onsite(role, level), (persona, planned) =>
      strong(ORG_STORY, planned.principleId, persona === "bar-raiser" ? 3 : 4),
    );
    const d = debrief(state);
    expect(d.complete).toBe(true);
    expect(d.interviewers.map((i) => i.vote)).toEqual(
      d.interviewers.map((i) => (i.persona.id === "bar-raiser" ? 3 : 4)),
    );
    expect(d.decision.hire).toBe(true);
    expect(d.decision.ledBy).toBe("bar-raiser");
    expect(d.calibration.supported).toBe("L6");
    if (level === "L7") {
      expect(d.decision.offerLevel).toBe("L6");
      expect(d.decision.headline).toBe("Hire at L6 (applied for L7)");
    } else {
      expect(d.decision.offerLevel).toBeUndefined();
      expect(d.decision.headline).toBe("Hire");
    }
  });

  it("lets the Bar Raiser block a hire the rest of the loop supports", () => {
    const state = runBy(onsite(role, level), (persona, planned) =>
      persona === "bar-raiser" ? weak(planned.principleId) : strong(ORG_STORY, planned.principleId),
    );
    const d = debrief(state);
    expect(voteOf(d, "bar-raiser")).toBe(2);
    expect(d.interviewers.filter((i) => i.persona.id !== "bar-raiser").every((i) => i.vote === 4)).toBe(true);
    expect(d.decision.hire).toBe(false);
    expect(d.decision.headline).toBe("No hire");
    expect(d.decision.rule).toMatch(/Bar Raiser can block/);
    expect(d.decision.reasons[0]).toBe(
      "The Bar Raiser voted Not Inclined, so the hire is blocked whatever the others voted.",
    );
  });

  it("writes data points for every owned principle, quoting the candidate's words for and against", () => {
    const state = runBy(onsite(role, level), (persona, planned) =>
      persona === "bar-raiser" ? weak(planned.principleId) : strong(ORG_STORY, planned.principleId),
    );
    const d = debrief(state);
    for (const interviewer of d.interviewers) {
      const round = state.plan.rounds[interviewer.round];
      expect(interviewer.principles.map((p) => p.principleId)).toEqual(round?.principles);
      for (const principle of interviewer.principles) {
        const stance = interviewer.persona.id === "bar-raiser" ? "against" : "for";
        const quoted = principle.dataPoints.filter((p) => p.stance === stance && p.quote);
        expect(quoted.length).toBeGreaterThan(0);
      }
    }
    const br = d.interviewers.find((i) => i.persona.id === "bar-raiser");
    const againstNotes = br?.principles[0]?.dataPoints.filter((p) => p.stance === "against") ?? [];
    expect(againstNotes.map((p) => p.quote?.text)).toContain("We would probably look at the data first");
    expect(againstNotes.map((p) => p.id)).toContain("hypothetical");
  });
});

describe("the debrief decision", () => {
  it("is blocked by any Strong No Hire, even with the Bar Raiser and a majority Inclined", () => {
    const state = runBy(onsite("pm", "L6"), (persona, planned) =>
      persona === "peer" ? offTopic() : strong(ORG_STORY, planned.principleId),
    );
    const d = debrief(state);
    expect(voteOf(d, "peer")).toBe(1);
    expect(voteOf(d, "bar-raiser")).toBe(4);
    expect(d.decision.hire).toBe(false);
    expect(d.decision.rule).toBe("Any Strong No Hire blocks the hire.");
    expect(d.decision.reasons[0]).toMatch(/^The Senior PM or TPM peer voted Strong No Hire/);
  });

  it("hires when more than half are Inclined or better and the Bar Raiser is Inclined", () => {
    const doubters: PersonaId[] = ["peer", "engineering-manager"];
    const state = runBy(onsite("tpm", "L6"), (persona, planned) =>
      doubters.includes(persona) ? weak(planned.principleId) : strong(ORG_STORY, planned.principleId, 3),
    );
    const d = debrief(state);
    expect(d.interviewers.map((i) => i.vote)).toEqual([3, 2, 2, 3, 3]);
    expect(d.decision.hire).toBe(true);
    expect(d.decision.reasons).toContain("3 of 5 interviewers voted Inclined or better.");
  });

  it("does not hire without a majority Inclined, even when no one vetoes", () => {
    const doubters: PersonaId[] = ["hiring-manager", "peer", "engineering-manager"];
    const state = runBy(onsite("tpm", "L6"), (persona, planned) =>
      doubters.includes(persona) ? weak(planned.principleId) : strong(ORG_STORY, planned.principleId, 3),
    );
    const d = debrief(state);
    expect(d.interviewers.map((i) => i.vote)).toEqual([2, 2, 2, 3, 3]);
    expect(d.decision.hire).toBe(false);
    expect(d.decision.rule).toBe("A hire needs more than half of the interviewers Inclined or better.");
  });

  it("rounds an interviewer's vote down and holds it to one step above their weakest answer", () => {
    const plan = onsite("pm", "L5");
    const state = runBy(plan, (persona, planned, round) => {
      if (persona !== "cross-functional-partner") return strong(ORG_STORY, planned.principleId, 3);
      const index = round.questions.indexOf(planned);
      return index === 0 ? weak(planned.principleId) : strong(ORG_STORY, planned.principleId, 4);
    });
    // Partner: votes 2, 4, 4 → average 3.3 rounds down to 3 (one above the weakest answer's 2).
    expect(voteOf(debrief(state), "cross-functional-partner")).toBe(3);
  });

  it("caps an interviewer at Not Inclined when a planned question went unanswered", () => {
    const state = runBy(onsite("pmt", "L6"), (persona, planned, round) =>
      persona === "hiring-manager" && round.questions.indexOf(planned) === 0
        ? undefined
        : strong(ORG_STORY, planned.principleId),
    );
    const d = debrief(state);
    expect(d.complete).toBe(false);
    expect(voteOf(d, "hiring-manager")).toBe(2);
    const skipped = d.interviewers[0]?.principles[0];
    expect(skipped?.vote).toBeNull();
    expect(skipped?.dataPoints.map((p) => p.source)).toContain("no-answer");
  });

  it("is led by the hiring manager in a phone screen, as an invitation to the onsite loop", () => {
    const plan = generateLoop({ role: "pm", level: "L5", kind: "phone", seed: 4, pack, now: NOW });
    const pass = debrief(runLoop(plan, (_round, planned) => strong(TEAM_STORY, planned.principleId, 3)));
    expect(pass.decision).toMatchObject({ hire: true, headline: "Invite to the onsite loop" });
    expect(pass.decision.ledBy).toBe(plan.rounds[0]?.persona.id);
    const fail = debrief(runLoop(plan, (_round, planned) => weak(planned.principleId)));
    expect(fail.decision).toMatchObject({ hire: false, headline: "Do not invite to the onsite loop" });
  });
});

describe("a story told to two interviewers", () => {
  const plan = onsite("pm", "L6", 77);
  const reply = (storyFor: PersonaId[]) =>
    runBy(plan, (persona, planned, round) => {
      const answer = strong(ORG_STORY, planned.principleId, 3);
      return storyFor.includes(persona) && round.questions.indexOf(planned) === 0
        ? { ...answer, storyId: "checkout" }
        : answer;
    });

  it("is flagged during the loop and counted in the debrief", () => {
    const state = reply(["hiring-manager", "engineering-manager"]);
    expect(state.warnings).toHaveLength(1);
    expect(state.warnings[0]).toMatchObject({ storyId: "checkout", round: 2, earlierRound: 0 });
    const d = debrief(state);
    expect(d.storyReuse).toEqual([
      {
        storyId: "checkout",
        first: {
          round: 0,
          question: 0,
          questionId: plan.rounds[0]?.questions[0]?.questionId,
          persona: "Hiring manager",
        },
        repeats: [
          {
            round: 2,
            question: 0,
            questionId: plan.rounds[2]?.questions[0]?.questionId,
            persona: "Engineering manager",
            sameInterviewer: false,
          },
        ],
      },
    ]);
    expect(d.nextSteps.map((s) => s.title)).toContain("Build a distinct story for each principle");
  });

  it("lowers the vote of the interviewer who heard it second by one step, and only theirs", () => {
    const clean = debrief(reply([]));
    const reused = debrief(reply(["hiring-manager", "engineering-manager"]));
    expect(voteOf(clean, "engineering-manager")).toBe(3);
    expect(voteOf(reused, "engineering-manager")).toBe(2);
    expect(voteOf(reused, "hiring-manager")).toBe(voteOf(clean, "hiring-manager"));
    const em = reused.interviewers.find((i) => i.persona.id === "engineering-manager");
    expect(em?.reasons.join(" ")).toMatch(/lowered one step from Inclined/);
    expect(em?.principles[0]?.dataPoints.map((p) => p.source)).toContain("story-reuse");
  });
});

describe("answers under follow-up", () => {
  it("lose a step when the follow-ups do not hold up", () => {
    const plan = onsite("pm", "L6", 5);
    let state = startLoop(createLoopState(plan), NOW);
    const first = strong(ORG_STORY, plan.rounds[0]?.questions[0]?.principleId, 3);
    state = answerQuestion(state, { ...first, at: NOW }).state;
    for (const vote of [1, 2] as const) {
      const text = "I am not sure, the team did that part.";
      state = addFollowUp(state, {
        text: "What exactly did you do?",
        depth: 1,
        source: "probe",
        answer: text,
        coach: buildCoachResult({ text, vote, redFlags: [{ id: "disowning", quote: "the team did that part" }] }),
        at: NOW,
      });
    }
    const answer = state.answers[0];
    if (!answer) throw new Error("no answer");
    expect(answerVote(answer)).toEqual({ vote: 2, heldUp: false });
    const d = buildDebrief(finishLoop(nextRound(state), NOW), pack, { now: NOW });
    const points = d.interviewers[0]?.principles[0]?.dataPoints ?? [];
    expect(points.map((p) => p.source)).toContain("depth");
    const fromFollowUp = points.find((p) => p.quote?.followUp !== undefined);
    expect(fromFollowUp?.quote?.text).toBe("the team did that part");
  });
});

describe("level calibration in the debrief", () => {
  it("down-levels a candidate whose stories stay at team scope, and says what would have raised it", () => {
    const state = runBy(onsite("tpm", "L6"), (_persona, planned) => strong(TEAM_STORY, planned.principleId, 3));
    const d = debrief(state);
    expect(d.calibration.supported).toBe("L5");
    expect(d.calibration.verdict).toBe("below");
    expect(d.decision).toMatchObject({ hire: true, offerLevel: "L5", headline: "Hire at L5 (applied for L6)" });
    expect(d.calibration.toRaise.length).toBeGreaterThan(0);
    expect(d.calibration.toRaise[0]).toMatch(/^Scope at L6: /);
    expect(d.nextSteps[0]?.title).toBe("Show L6-level scope and impact");
  });

  it("reads only behavioural answers, not the numbers in a design exercise", () => {
    const plan = onsite("tpm", "L6");
    const bigDesign =
      "I would shard by region across multiple orgs for 300 million customers and $500 million of orders.";
    const state = runLoop(plan, (_round, planned) =>
      planned.kind === "functional"
        ? { text: bigDesign, coach: buildCoachResult({ text: bigDesign, vote: 3 }) }
        : strong(TEAM_STORY, planned.principleId, 3),
    );
    expect(debrief(state).calibration.supported).toBe("L5");
  });
});

describe("quotes in the debrief", () => {
  it("are exact slices of the answer or follow-up answer they came from", () => {
    const plan = onsite("pmt", "L7", 9);
    const state = runBy(plan, (persona, planned) =>
      persona === "bar-raiser" ? weak(planned.principleId) : strong(ORG_STORY, planned.principleId),
    );
    const d = debrief(state);
    const quotes = [
      ...d.interviewers.flatMap((i) =>
        i.principles.flatMap((p) => p.dataPoints.flatMap((dp) => (dp.quote ? [dp.quote] : []))),
      ),
      ...d.calibration.dimensions.flatMap((dim) => dim.evidence.map((e) => e.quote)),
    ];
    expect(quotes.length).toBeGreaterThan(20);
    for (const quote of quotes) {
      const answer = state.answers.find((a) => a.round === quote.round && a.question === quote.question);
      const text = quote.followUp === undefined ? answer?.text : answer?.followUps[quote.followUp]?.answer;
      expect(text?.slice(quote.start, quote.end)).toBe(quote.text);
      expect(answer?.questionId).toBe(quote.questionId);
    }
  });

  it("are re-found when the coach's offsets drifted, and dropped when the words are not in the answer", () => {
    const plan = onsite("pm", "L5", 12);
    const state = runBy(plan, (_persona, planned) => {
      const answer = strong(ORG_STORY, planned.principleId, 3);
      const shifted = {
        ...answer.coach,
        principles: answer.coach.principles.map((p) => ({
          ...p,
          evidence: p.evidence.map((e) => ({ ...e, start: e.start + 3, end: e.end + 3 })),
        })),
        criteria: answer.coach.criteria.map((c) => ({
          ...c,
          evidence: c.evidence.map((e) => ({ ...e, quote: "words the candidate never said" })),
        })),
      };
      return { ...answer, coach: shifted };
    });
    const points = debrief(state).interviewers.flatMap((i) => i.principles.flatMap((p) => p.dataPoints));
    expect(points.filter((p) => p.source === "principle").map((p) => p.quote?.text)).toContain(
      "I decided which problem to fix first",
    );
    expect(points.some((p) => p.quote?.text === "words the candidate never said")).toBe(false);
  });
});

describe("the heatmap", () => {
  it("shows each owned principle's vote and score in its round, and evidence seen elsewhere", () => {
    const plan = onsite("pm", "L6", 31);
    const state = runBy(plan, (persona, planned) =>
      persona === "bar-raiser"
        ? weak(planned.principleId)
        : strong(ORG_STORY, planned.principleId ?? "customer-obsession"),
    );
    const { heatmap } = debrief(state);
    expect(heatmap.rounds.map((r) => r.personaId)).toEqual(plan.rounds.map((r) => r.persona.id));
    for (const round of plan.rounds) {
      for (const principle of round.principles) {
        const row = heatmap.rows.find((r) => r.principleId === principle);
        const cell = row?.cells[round.index];
        expect(cell).toMatchObject({ owned: true, vote: round.persona.id === "bar-raiser" ? 2 : 4 });
        expect(row?.cells).toHaveLength(plan.rounds.length);
      }
    }
    const owners = new Set(plan.rounds.flatMap((r) => r.principles));
    if (!owners.has("customer-obsession")) {
      const row = heatmap.rows.find((r) => r.principleId === "customer-obsession");
      expect(row?.cells.some((c) => c !== null && !c.owned && c.score === 70)).toBe(true);
    }
  });
});

describe("next steps", () => {
  it("are the three costliest problems, each with a drill question not used in the loop", () => {
    const plan = onsite("pm", "L6", 2024);
    const state = runBy(plan, (persona, planned) =>
      persona === "bar-raiser" ? weak(planned.principleId) : strong(ORG_STORY, planned.principleId),
    );
    const steps = debrief(state).nextSteps;
    expect(steps.map((s) => s.rank)).toEqual([1, 2, 3]);
    expect(steps[0]?.title).toBe("Tell what you did, not what you would do");
    expect(steps[0]?.drill.redFlagId).toBe("hypothetical");
    const brPrinciples = plan.rounds.find((r) => r.persona.id === "bar-raiser")?.principles ?? [];
    expect(brPrinciples).toContain(steps[0]?.drill.principleId);
    const used = new Set(plan.rounds.flatMap((r) => r.questions.map((q) => q.questionId)));
    for (const step of steps) {
      expect(step.drill.questionId).toBeDefined();
      expect(used.has(step.drill.questionId ?? "")).toBe(false);
      const question = pack.questions.find((q) => q.id === step.drill.questionId);
      if (step.drill.principleId) expect(question?.principles).toContain(step.drill.principleId);
    }
    expect(steps.map((s) => s.drill.criterionId ?? s.drill.redFlagId)).toEqual([
      "hypothetical",
      "quantified-result",
      "result",
    ]);
  });

  it("point at the functional framework when a design answer misses most key points", () => {
    const plan = onsite("tpm", "L5", 3);
    const design = "I would add a cache.";
    const state = runLoop(plan, (_round, planned) =>
      planned.kind === "functional"
        ? {
            text: design,
            coach: buildCoachResult({
              text: design,
              vote: 2,
              keyPoints: [
                { id: "a", covered: true, quote: "cache" },
                { id: "b", covered: false },
                { id: "c", covered: false },
                { id: "d", covered: false },
                { id: "e", covered: false },
              ],
            }),
          }
        : strong(TEAM_STORY, planned.principleId, 4),
    );
    const steps = buildDebrief(state, pack, { now: NOW }).nextSteps;
    const functional = steps.find((s) => s.drill.functionalArea);
    expect(functional?.title).toMatch(/^Cover the whole (system design|program execution) framework$/);
    const question = pack.questions.find((q) => q.id === functional?.drill.questionId);
    expect(question?.type).toBe(functional?.drill.functionalArea);
  });
});
