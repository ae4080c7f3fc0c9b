import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type ContentPack, loadPack } from "../content/load-pack.js";
import { LEVELS, ROLES } from "../content/pack-schema.js";
import { FOLLOW_UP_LADDERS, questionFollowUpDepth } from "./follow-up-probes.js";
import { generateLoop } from "./generate-loop.js";
import { LoopError } from "./loop-error.js";
import { type LoopState, loopStateSchema, PERSONA_IDS, type PersonaId } from "./loop-schema.js";
import {
  activeSeconds,
  addFollowUp,
  answerQuestion,
  createLoopState,
  currentQuestion,
  finishLoop,
  nextFollowUp,
  nextQuestion,
  nextRound,
  pauseLoop,
  resumeLoop,
  startLoop,
} from "./loop-session.js";
import { buildCoachResult } from "./test-builders.js";

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
const T0 = Date.UTC(2025, 2, 1, 9);
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();
const STORY = "I owned the launch. I cut scope by 30% and shipped on time for 2,000 sellers.";
const coach = (vote: 1 | 2 | 3 | 4 = 3, text = STORY) =>
  buildCoachResult({ text, vote, met: [{ id: "quantified-result", quote: "30%" }] });

function startedOnsite(seed = 11, role: (typeof ROLES)[number] = "pm"): LoopState {
  const plan = generateLoop({ role, level: "L6", kind: "onsite", seed, pack, now: at(0) });
  return startLoop(createLoopState(plan), at(0));
}

/** Moves to the first question of the round run by `persona`. */
function atPersona(state: LoopState, persona: PersonaId): LoopState {
  let s = state;
  while (currentQuestion(s).round.persona.id !== persona) s = nextRound(s);
  return s;
}

describe("running a loop", () => {
  it("walks question by question and round by round, recording answers against the plan", () => {
    let state = startedOnsite();
    expect(state.status).toBe("in-progress");
    expect(state.startedAt).toBe(at(0));
    const first = currentQuestion(state).planned;
    state = answerQuestion(state, { text: STORY, coach: coach(), storyId: "launch", at: at(5) }).state;
    expect(state.answers).toHaveLength(1);
    expect(state.answers[0]).toMatchObject({
      round: 0,
      question: 0,
      questionId: first.questionId,
      principleId: first.principleId,
      kind: "behavioural",
      storyId: "launch",
    });
    state = nextQuestion(state);
    expect(state.position).toEqual({ round: 0, question: 1 });
    state = nextRound(state);
    expect(state.position).toEqual({ round: 1, question: 0 });
    state = finishLoop(state, at(60));
    expect(state.status).toBe("finished");
    expect(state.finishedAt).toBe(at(60));
  });

  it("never changes the state it was given", () => {
    const state = startedOnsite();
    const before = JSON.stringify(state);
    answerQuestion(state, { text: STORY, coach: coach(), at: at(1) });
    nextQuestion(state);
    pauseLoop(state, at(2));
    expect(JSON.stringify(state)).toBe(before);
  });

  it("stores as JSON and validates against the state schema", () => {
    let state = startedOnsite();
    state = answerQuestion(state, { text: STORY, coach: coach(), storyId: "s1", at: at(3) }).state;
    state = addFollowUp(state, { text: "Why?", depth: 1, source: "probe", answer: "Because I owned it.", at: at(4) });
    state = pauseLoop(state, at(5));
    const stored = JSON.parse(JSON.stringify(state));
    expect(loopStateSchema.parse(stored)).toEqual(state);
  });

  it("keeps fields the coach adds beyond the contract when the state is validated", () => {
    let state = startedOnsite();
    const full = { ...coach(), voteLabel: "Inclined", truncated: false };
    state = answerQuestion(state, { text: STORY, coach: full, at: at(3) }).state;
    const parsed = loopStateSchema.parse(JSON.parse(JSON.stringify(state)));
    expect(parsed.answers[0]?.coach).toMatchObject({ voteLabel: "Inclined", truncated: false });
  });

  it("refuses to answer before the start, while paused, twice, or after the finish", () => {
    const plan = generateLoop({ role: "tpm", level: "L5", kind: "phone", seed: 1, pack, now: at(0) });
    const fresh = createLoopState(plan);
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof LoopError ? error.code : "other";
      }
      return "none";
    };
    const answer = { text: STORY, coach: coach(), at: at(1) };
    expect(code(() => answerQuestion(fresh, answer))).toBe("not-started");
    const started = startLoop(fresh, at(0));
    expect(code(() => startLoop(started, at(1)))).toBe("already-started");
    expect(code(() => answerQuestion(pauseLoop(started, at(1)), answer))).toBe("paused");
    const answered = answerQuestion(started, answer).state;
    expect(code(() => answerQuestion(answered, answer))).toBe("already-answered");
    expect(code(() => answerQuestion(finishLoop(started, at(2)), answer))).toBe("finished");
    expect(code(() => nextRound(started))).toBe("no-more-rounds");
    let last = started;
    while (currentQuestion(last).planned.kind !== "functional") last = nextQuestion(last);
    expect(code(() => nextQuestion(last))).toBe("no-more-questions");
    expect(code(() => answerQuestion(started, { ...answer, text: "x".repeat(20_001) }))).toBe("invalid-input");
  });

  it("pauses and resumes with timestamps, and leaves paused time out of the interview time", () => {
    let state = startedOnsite();
    state = pauseLoop(state, at(10));
    expect(state.status).toBe("paused");
    expect(activeSeconds(state, at(30))).toBe(600);
    expect(() => resumeLoop(state, at(9))).toThrow(expect.objectContaining({ code: "time-out-of-order" }));
    state = resumeLoop(state, at(25));
    expect(state.status).toBe("in-progress");
    expect(state.pauses).toEqual([{ pausedAt: at(10), resumedAt: at(25) }]);
    expect(activeSeconds(state, at(40))).toBe(25 * 60);
    state = pauseLoop(state, at(50));
    state = finishLoop(state, at(55));
    expect(state.pauses.at(-1)).toEqual({ pausedAt: at(50), resumedAt: at(55) });
    expect(activeSeconds(state, at(999))).toBe(35 * 60);
  });
});

describe("telling the same story twice", () => {
  it("is flagged as soon as a second interviewer hears it", () => {
    let state = startedOnsite();
    state = answerQuestion(state, { text: STORY, coach: coach(), storyId: "checkout", at: at(5) }).state;
    state = nextRound(state);
    const outcome = answerQuestion(state, { text: STORY, coach: coach(), storyId: "checkout", at: at(60) });
    expect(outcome.warnings).toHaveLength(1);
    expect(outcome.warnings[0]).toMatchObject({
      code: "story-reused",
      storyId: "checkout",
      round: 1,
      earlierRound: 0,
      earlierQuestionId: state.answers[0]?.questionId,
    });
    expect(outcome.warnings[0]?.message).toContain("Hiring manager");
    expect(outcome.state.warnings).toEqual(outcome.warnings);
  });

  it("is not flagged for different stories or answers without a story", () => {
    let state = startedOnsite();
    state = answerQuestion(state, { text: STORY, coach: coach(), storyId: "a", at: at(5) }).state;
    state = nextQuestion(state);
    const second = answerQuestion(state, { text: STORY, coach: coach(), storyId: "b", at: at(15) });
    expect(second.warnings).toEqual([]);
    const third = answerQuestion(nextQuestion(second.state), { text: STORY, coach: coach(), at: at(25) });
    expect(third.warnings).toEqual([]);
  });
});

describe("follow-up questions", () => {
  function followUpThread(state: LoopState) {
    let s = answerQuestion(state, { text: STORY, coach: coach(), at: at(1) }).state;
    const asked: { text: string; depth: number; source: string }[] = [];
    for (let step = 0; step < 10; step++) {
      const next = nextFollowUp(s, pack);
      if (!next) break;
      asked.push(next);
      s = addFollowUp(s, { ...next, answer: "I decided it myself, after checking the data.", at: at(2 + step) });
    }
    return { state: s, asked };
  }

  it.each(ROLES.flatMap((role) => LEVELS.map((level) => ({ role, level }))))(
    "go four levels deep with the Bar Raiser, at depth 3-4, in a $role $level loop",
    ({ role }) => {
      const { asked } = followUpThread(atPersona(startedOnsite(21, role), "bar-raiser"));
      expect(asked).toHaveLength(4);
      expect(asked.every((f) => f.depth >= 3)).toBe(true);
      expect(asked.some((f) => f.depth === 4)).toBe(true);
    },
  );

  it.each(PERSONA_IDS.filter((p) => p !== "bar-raiser"))(
    "go 2-3 levels deep with the %s, starting gently",
    (persona) => {
      const { asked } = followUpThread(atPersona(startedOnsite(5, "pmt"), persona));
      expect(asked.length).toBeGreaterThanOrEqual(2);
      expect(asked.length).toBeLessThanOrEqual(3);
      expect(asked).toHaveLength(FOLLOW_UP_LADDERS[persona].length);
      expect(asked[0]?.depth).toBe(1);
      expect(asked.map((f) => f.depth)).toEqual([...asked.map((f) => f.depth)].sort());
    },
  );

  it("come from the owned principle's probes and the question's own follow-ups, never repeated", () => {
    const state = atPersona(startedOnsite(8), "bar-raiser");
    const { planned } = currentQuestion(state);
    const question = pack.questions.find((q) => q.id === planned.questionId);
    const principle = pack.principles.find((p) => p.id === planned.principleId);
    const allowed = new Set([...(question?.followUps ?? []), ...(principle?.probes.map((p) => p.text) ?? [])]);
    const { asked } = followUpThread(state);
    for (const f of asked) expect(allowed.has(f.text)).toBe(true);
    expect(new Set(asked.map((f) => f.text)).size).toBe(asked.length);
  });

  it("are the same for the same seed", () => {
    const a = followUpThread(atPersona(startedOnsite(31), "hiring-manager")).asked;
    const b = followUpThread(atPersona(startedOnsite(31), "hiring-manager")).asked;
    expect(b).toEqual(a);
  });

  it("stop at the interviewer's depth: a fourth follow-up from the hiring manager is refused", () => {
    const { state } = followUpThread(atPersona(startedOnsite(3), "hiring-manager"));
    expect(nextFollowUp(state, pack)).toBeUndefined();
    expect(() =>
      addFollowUp(state, { text: "One more?", depth: 2, source: "probe", answer: "Sure.", at: at(30) }),
    ).toThrow(expect.objectContaining({ code: "follow-up-limit" }));
  });

  it("need an answer first", () => {
    const state = startedOnsite();
    expect(nextFollowUp(state, pack)).toBeUndefined();
    expect(() => addFollowUp(state, { text: "Why?", depth: 1, source: "probe", answer: "", at: at(1) })).toThrow(
      expect.objectContaining({ code: "not-answered" }),
    );
  });

  it("read the question's follow-ups from gentle to hard by their place in the list", () => {
    expect([0, 1, 2, 3].map((i) => questionFollowUpDepth(i, 4))).toEqual([1, 2, 3, 4]);
    expect(questionFollowUpDepth(0, 1)).toBe(2);
  });
});
