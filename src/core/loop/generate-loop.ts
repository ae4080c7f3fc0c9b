/**
 * Generates a mock loop plan from the pack: who interviews, which principles each one owns,
 * which functional exercise each runs, and the questions. Seeded and pure: the same input and
 * seed always give the same plan, so a loop can be shared or replayed from its seed.
 *
 * Onsite rules:
 * - 5 rounds by default (hiring manager, peer, engineering manager, cross-functional partner,
 *   Bar Raiser). A shorter loop keeps interviewers by priority for the role, and always the
 *   hiring manager first and the Bar Raiser second, so even a 2-round test loop has a veto.
 * - Each principle has at most one owner. A round with a functional exercise owns 2
 *   principles, a purely behavioural round 3; the Bar Raiser owns 2 and goes deep on each.
 *   Principles are drafted round-robin, each interviewer preferring its typical ones.
 * - Functional areas by role: PM product sense and metrics; TPM system design and program
 *   execution; PMT product sense, technical depth and system design. Each area goes to the
 *   interviewer who usually runs it; the Bar Raiser never runs one.
 * Phone screen: one interviewer (hiring manager or peer), 60 minutes, 2-3 behavioural
 * questions and one functional question chosen by the role's question mix.
 */
import type { Level, Principle, PrincipleId, ProcessContent, Question, Role } from "../content/pack-schema.js";
import { LoopError } from "./loop-error.js";
import {
  type FunctionalArea,
  type LoopKind,
  type LoopPlan,
  type LoopRound,
  MAX_ROUNDS,
  type PersonaId,
  type PlannedQuestion,
  type RecentPractice,
} from "./loop-schema.js";
import {
  behaviouralCandidates,
  functionalCandidates,
  pickBehavioural,
  pickFunctional,
  recentQuestionIds,
} from "./question-picker.js";
import {
  deriveSeed,
  MAX_SEED,
  mulberry32,
  newSeed,
  pickOne,
  pickWeighted,
  type Random,
  randomInt,
  shuffled,
} from "./seeded-random.js";

export interface LoopPack {
  questions: readonly Question[];
  principles: readonly Principle[];
  process: ProcessContent;
}

export interface GenerateLoopInput {
  role: Role;
  level: Level;
  kind: LoopKind;
  pack: LoopPack;
  /** 0 … 2^32-1. Without one a fresh seed is picked and recorded in the plan. */
  seed?: number;
  /** Questions practised recently, with when; those within RECENT_DAYS of `now` are avoided. */
  recent?: readonly RecentPractice[];
  /** "Today" for the recency window; defaults to the current time. */
  now?: Date | string;
  /** Onsite only: a shorter loop for a quick run-through (1-5 rounds). */
  rounds?: number;
}

export const PHONE_MINUTES = 60;
export const ONSITE_ROUND_MINUTES = 55;

/** The order rounds run in on the day. */
const ROUND_ORDER: readonly PersonaId[] = [
  "hiring-manager",
  "peer",
  "engineering-manager",
  "cross-functional-partner",
  "bar-raiser",
];

/**
 * Who stays when a loop is shorter than five rounds. A PM loop drops the engineering manager
 * first (its functional rounds are product sense and metrics); PMT and TPM loops drop the
 * cross-functional partner first, because the engineering manager runs their design round.
 */
const ROUND_PRIORITY: Record<Role, readonly PersonaId[]> = {
  pm: ["hiring-manager", "bar-raiser", "peer", "cross-functional-partner", "engineering-manager"],
  pmt: ["hiring-manager", "bar-raiser", "peer", "engineering-manager", "cross-functional-partner"],
  tpm: ["hiring-manager", "bar-raiser", "engineering-manager", "peer", "cross-functional-partner"],
};

export const ROLE_FUNCTIONAL_AREAS: Record<Role, readonly FunctionalArea[]> = {
  pm: ["product-sense", "metrics"],
  pmt: ["product-sense", "technical-depth", "system-design"],
  tpm: ["system-design", "program-execution"],
};

/** Who usually runs each exercise, most likely first. The Bar Raiser runs none. */
const AREA_RUNNERS: Record<FunctionalArea, readonly PersonaId[]> = {
  "product-sense": ["peer", "hiring-manager", "cross-functional-partner"],
  metrics: ["hiring-manager", "peer", "cross-functional-partner"],
  strategy: ["hiring-manager", "peer"],
  "system-design": ["engineering-manager", "peer"],
  "program-execution": ["peer", "cross-functional-partner", "hiring-manager"],
  "technical-depth": ["engineering-manager", "hiring-manager", "peer"],
};

const PHONE_PERSONAS: readonly PersonaId[] = ["hiring-manager", "peer"];

export function generateLoop(input: GenerateLoopInput): LoopPlan {
  const { role, level, kind, pack } = input;
  const seed = input.seed ?? newSeed();
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new LoopError("invalid-input", `The seed must be a whole number from 0 to ${MAX_SEED}.`);
  }
  if (
    input.rounds !== undefined &&
    (!Number.isInteger(input.rounds) || input.rounds < 1 || input.rounds > MAX_ROUNDS)
  ) {
    throw new LoopError("invalid-input", `A loop has 1 to ${MAX_ROUNDS} rounds.`);
  }
  const now = input.now === undefined ? new Date() : new Date(input.now);
  if (Number.isNaN(now.getTime())) throw new LoopError("invalid-input", "The current date is not a valid date.");

  const ctx = {
    role,
    level,
    recent: recentQuestionIds(input.recent, now),
    used: new Set<string>(),
  };
  // Principles that have at least one behavioural question for this role can be owned.
  const askable = new Set(
    pack.principles
      .map((p) => p.id)
      .filter((id) => behaviouralCandidates(pack.questions, id).some((q) => q.roles.includes(role))),
  );
  if (askable.size < 2)
    throw new LoopError("pack-incomplete", "The pack has too few behavioural questions for a loop.");

  const seats = kind === "phone" ? phoneSeats(seed, input, askable) : onsiteSeats(seed, input, askable);
  const questionRandom = mulberry32(deriveSeed(seed, "questions"));
  const rounds: LoopRound[] = seats.map((seat, index) => {
    const persona = pack.process.personas.find((p) => p.id === seat.persona);
    if (!persona) throw new LoopError("pack-incomplete", `The pack has no "${seat.persona}" interviewer.`);
    const questions: PlannedQuestion[] = [];
    for (const principle of seat.principles) {
      const question = pickBehavioural(questionRandom, pack.questions, principle, ctx);
      if (!question) throw new LoopError("pack-incomplete", `The pack has no behavioural question for ${principle}.`);
      ctx.used.add(question.id);
      questions.push({ questionId: question.id, principleId: principle, kind: "behavioural" });
    }
    if (seat.area) {
      const question = pickFunctional(questionRandom, pack.questions, seat.area, ctx);
      if (question) {
        ctx.used.add(question.id);
        questions.push({ questionId: question.id, kind: "functional" });
      }
    }
    const round: LoopRound = {
      index,
      persona: { id: seat.persona, name: persona.name, introduction: persona.introduction },
      minutes: kind === "phone" ? PHONE_MINUTES : ONSITE_ROUND_MINUTES,
      principles: seat.principles,
      questions,
    };
    if (seat.area && questions.some((q) => q.kind === "functional")) round.functionalArea = seat.area;
    return round;
  });
  return { version: 1, seed, role, level, kind, rounds };
}

interface Seat {
  persona: PersonaId;
  area?: FunctionalArea;
  principles: PrincipleId[];
}

function availableAreas(input: GenerateLoopInput, areas: readonly FunctionalArea[]): FunctionalArea[] {
  return areas.filter((area) => functionalCandidates(input.pack.questions, area, input.role).length > 0);
}

function onsiteSeats(seed: number, input: GenerateLoopInput, askable: ReadonlySet<PrincipleId>): Seat[] {
  const count = input.rounds ?? MAX_ROUNDS;
  const kept = new Set(ROUND_PRIORITY[input.role].slice(0, count));
  const personas = ROUND_ORDER.filter((id) => kept.has(id));
  const areaOf = assignAreas(availableAreas(input, ROLE_FUNCTIONAL_AREAS[input.role]), personas);
  const seats: Seat[] = personas.map((persona) => {
    const area = areaOf.get(persona);
    return area ? { persona, area, principles: [] } : { persona, principles: [] };
  });
  const quota = (seat: Seat) => (seat.persona === "bar-raiser" || seat.area ? 2 : 3);
  draftPrinciples(mulberry32(deriveSeed(seed, "principles")), seats, quota, input.pack.process, askable);
  return seats;
}

function phoneSeats(seed: number, input: GenerateLoopInput, askable: ReadonlySet<PrincipleId>): Seat[] {
  const random = mulberry32(deriveSeed(seed, "phone"));
  const persona = pickOne(random, PHONE_PERSONAS) as PersonaId;
  const areas = availableAreas(input, ROLE_FUNCTIONAL_AREAS[input.role]);
  const mix = input.pack.process.roles.find((r) => r.id === input.role)?.questionMix ?? [];
  // The role's question mix says how often each exercise comes up; areas it omits get a small weight.
  const area = pickWeighted(
    random,
    areas.map((a) => ({ item: a, weight: mix.find((m) => m.type === a)?.share ?? 0.05 })),
  );
  const behavioural = 2 + randomInt(random, 2);
  const seat: Seat = area ? { persona, area, principles: [] } : { persona, principles: [] };
  draftPrinciples(random, [seat], () => behavioural, input.pack.process, askable);
  return [seat];
}

/**
 * Gives each area to a different interviewer, maximising how many areas are covered and then
 * how usual each runner is. At most 3 areas and 5 interviewers, so trying every assignment is cheap.
 */
function assignAreas(areas: readonly FunctionalArea[], personas: readonly PersonaId[]): Map<PersonaId, FunctionalArea> {
  let best: { covered: number; cost: number; pairs: [PersonaId, FunctionalArea][] } = {
    covered: -1,
    cost: 0,
    pairs: [],
  };
  const visit = (i: number, taken: Set<PersonaId>, pairs: [PersonaId, FunctionalArea][], cost: number) => {
    if (i === areas.length) {
      if (pairs.length > best.covered || (pairs.length === best.covered && cost < best.cost)) {
        best = { covered: pairs.length, cost, pairs: [...pairs] };
      }
      return;
    }
    const area = areas[i] as FunctionalArea;
    AREA_RUNNERS[area].forEach((runner, rank) => {
      if (!personas.includes(runner) || taken.has(runner)) return;
      taken.add(runner);
      pairs.push([runner, area]);
      visit(i + 1, taken, pairs, cost + rank);
      pairs.pop();
      taken.delete(runner);
    });
    visit(i + 1, taken, pairs, cost);
  };
  visit(0, new Set(), [], 0);
  return new Map(best.pairs);
}

/** How often an interviewer takes one of its typical principles when one is still free. */
const TYPICAL_SHARE = 0.75;

/**
 * Round-robin draft, in a seeded order each pass: every interviewer takes one principle per
 * pass until its quota is met, preferring its typical principles from the pack. A taken
 * principle is gone, so no principle has two owners.
 */
function draftPrinciples(
  random: Random,
  seats: Seat[],
  quota: (seat: Seat) => number,
  process: ProcessContent,
  askable: ReadonlySet<PrincipleId>,
) {
  const free = new Set(askable);
  const passes = Math.max(...seats.map(quota));
  for (let pass = 0; pass < passes; pass++) {
    for (const seat of shuffled(random, seats)) {
      if (seat.principles.length >= quota(seat) || free.size === 0) continue;
      const typical = process.personas.find((p) => p.id === seat.persona)?.typicalPrinciples ?? [];
      const preferred = typical.filter((id) => free.has(id));
      // Mostly typical, sometimes any principle: real loops vary, and so should practice.
      const useTypical = preferred.length > 0 && random() < TYPICAL_SHARE;
      const choice = useTypical ? pickOne(random, preferred) : pickOne(random, [...free].sort());
      if (!choice) continue;
      free.delete(choice);
      seat.principles.push(choice);
    }
  }
}
