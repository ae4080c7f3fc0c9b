/**
 * Which story to tell to whom: for every (interviewer, principle) slot of a loop, a primary story
 * and a backup, such that no story is told twice. Interviewers compare notes in the debrief, so a
 * story heard by two of them is one data point, not two; and one interviewer asking about two
 * principles wants two different judgements.
 *
 * Solved exactly as a minimum-cost flow (min-cost-flow.ts), lexicographically:
 *   1. fill every slot some story can answer (value > 0), even if that forces a reuse;
 *   2. then reuse as few stories as possible;
 *   3. then, among reuses, prefer telling a story to two interviewers over telling it twice to
 *      the same one (who would get one judgement for two principles);
 *   4. then spread reuses over several stories rather than telling one story to three or more
 *      interviewers (the k-th extra interviewer costs k - 1 more);
 *   5. then maximise the total value: strength weight × quality.
 * A plain assignment (Hungarian) cannot tell 3 from 2, because the cost of a reuse depends on
 * which other slot holds the story; the flow network below encodes it exactly:
 *   source → slot → (story, interviewer) → story → sink
 * where (story, interviewer) passes one unit on to the story node and any more units straight to
 * the sink at the same-interviewer penalty, and the story node passes its first unit free and each
 * further one at the cross-interviewer penalty plus a growing spread term. All five levels are
 * integer weights far enough apart that no amount of a lower level outweighs one unit of a
 * higher one.
 */
import { z } from "zod";
import { type PrincipleId, principleIdSchema, text } from "../content/pack-schema.js";
import { FlowNetwork } from "./min-cost-flow.js";
import { PRINCIPLE_NAMES } from "./principle-names.js";
import { type BankStory, storyQuality } from "./story-matrix.js";
import type { StoryQualities } from "./story-schema.js";
import {
  type CompiledPrincipleSignals,
  compilePrincipleSignals,
  type PrincipleSignals,
  principleEvidence,
  RE_ANGLE_MIN_SCORE,
  type StoryPart,
} from "./story-signals.js";

/** A primary mapping is the story for that principle; a secondary one carries it less directly. */
export const STRENGTH_WEIGHT = { primary: 1, secondary: 0.6, signals: 0.3 } as const;
/**
 * A story the coach has not rated counts as middling (0.5): a story rated well beats it, one
 * rated poorly loses to it. Using 1 would let untested stories crowd out proven ones.
 */
export const DEFAULT_QUALITY = 0.5;
/** Values are compared in millionths, as integers, so ties and sums are exact. */
const UNIT = 1_000_000;

export const MAX_INTERVIEWERS = 8;
/** Eight interviewers with three principles each; also keeps the solver's integer costs exact. */
export const MAX_SLOTS = MAX_INTERVIEWERS * 3;

export const loopInterviewerSchema = z
  .object({
    id: z.string().trim().min(1).max(60),
    name: text(80).optional(),
    principles: z
      .array(principleIdSchema)
      .min(1, "an interviewer owns at least one principle")
      .max(3, "an interviewer owns at most three principles")
      .refine((ids) => new Set(ids).size === ids.length, "lists a principle twice"),
  })
  .strict();
export type LoopInterviewer = z.infer<typeof loopInterviewerSchema>;

export const loopPlanInputSchema = z
  .object({
    interviewers: z
      .array(loopInterviewerSchema)
      .min(1)
      .max(MAX_INTERVIEWERS)
      .refine((list) => new Set(list.map((i) => i.id)).size === list.length, "two interviewers share an id"),
  })
  .strict();

export type ValueBasis = keyof typeof STRENGTH_WEIGHT;

export interface StoryValue {
  value: number;
  basis: ValueBasis;
  quality: number;
  /** True when the story has no coach rating and DEFAULT_QUALITY was used. */
  qualityAssumed: boolean;
}

export interface PlanOptions {
  qualities?: StoryQualities;
  /** Principle signals: let an unmapped story whose text carries a principle answer it (weight 0.3). */
  signals?: PrincipleSignals;
}

/** What telling this story for this principle is worth, or undefined when it cannot answer it. */
export function storyValueFor(
  story: BankStory,
  principle: PrincipleId,
  qualities: StoryQualities | undefined,
  signals: CompiledPrincipleSignals | undefined,
): StoryValue | undefined {
  const link = story.content.principles.find((p) => p.id === principle);
  let basis: ValueBasis | undefined = link?.strength;
  if (!basis && signals && principleEvidence(story.content, principle, signals).score >= RE_ANGLE_MIN_SCORE)
    basis = "signals";
  if (!basis) return undefined;
  const rated = storyQuality(qualities, story.id);
  const quality = rated ?? DEFAULT_QUALITY;
  const value = STRENGTH_WEIGHT[basis] * quality;
  if (value <= 0) return undefined;
  return { value, basis, quality, qualityAssumed: rated === undefined };
}

export interface PlannedStory extends StoryValue {
  storyId: string;
  title: string;
}

export type ReuseKind = "across-interviewers" | "same-interviewer";

export interface SlotRef {
  interviewerId: string;
  principle: PrincipleId;
}

export interface PlanSlot extends SlotRef {
  interviewerName?: string;
  principleName: string;
  /** Null when no story can answer this principle: see `uncovered`. */
  primary: PlannedStory | null;
  /**
   * The best story not told anywhere as a primary. Backups may repeat across slots: a backup is
   * only told if its primary falls through, which rarely happens twice in one loop.
   */
  backup: PlannedStory | null;
  /** Set on the second and later slots that tell a story already told elsewhere. */
  reuse?: {
    kind: ReuseKind;
    /** Where the story is told with its main angle. */
    firstToldAt: SlotRef;
    /** How to tell it differently here: the parts that carry this slot's principle. */
    angle: { principle: PrincipleId; parts: StoryPart[]; advice: string };
  };
}

export interface LoopStoryPlan {
  slots: PlanSlot[];
  /** Sum of the primaries' values. */
  totalValue: number;
  /** Stories told in more than one slot (forced: there was no way around it). */
  reusedStories: { storyId: string; title: string; slots: SlotRef[]; kind: ReuseKind }[];
  /** Slots no story can answer: no mapping, and no signal evidence when signals were given. */
  uncovered: (SlotRef & { principleName: string })[];
  notes: string[];
}

interface SlotInfo extends SlotRef {
  interviewer: number;
  interviewerName?: string;
  candidates: { story: number; value: StoryValue; units: number }[];
}

function who(slot: { interviewerId: string; interviewerName?: string | undefined }): string {
  return slot.interviewerName ?? slot.interviewerId;
}

/**
 * Plans the loop. Archived stories are left out. Deterministic: equal plans are decided by bank
 * order, then by slot order.
 */
export function planLoopStories(
  input: { interviewers: readonly LoopInterviewer[] },
  stories: readonly BankStory[],
  options: PlanOptions = {},
): LoopStoryPlan {
  const bank = stories.filter((s) => !s.archived);
  const compiled = options.signals ? compilePrincipleSignals(options.signals) : undefined;
  const valueCache = new Map<string, StoryValue | undefined>();
  const worth = (story: number, principle: PrincipleId) => {
    const key = `${story}|${principle}`;
    if (!valueCache.has(key)) valueCache.set(key, storyValueFor(bank[story]!, principle, options.qualities, compiled));
    return valueCache.get(key);
  };

  const slots: SlotInfo[] = [];
  input.interviewers.forEach((interviewer, i) => {
    for (const principle of interviewer.principles) {
      const candidates: SlotInfo["candidates"] = [];
      bank.forEach((_, s) => {
        const value = worth(s, principle);
        if (value) candidates.push({ story: s, value, units: Math.max(1, Math.round(value.value * UNIT)) });
      });
      slots.push({
        interviewerId: interviewer.id,
        ...(interviewer.name ? { interviewerName: interviewer.name } : {}),
        interviewer: i,
        principle,
        candidates,
      });
    }
  });

  const assignment = solveAssignment(slots, bank.length, input.interviewers.length);
  return describePlan(slots, assignment, bank, (s, p) => worth(s, p), compiled);
}

/** The story index per slot (or -1), minimising the lexicographic cost in the header. */
export function solveAssignment(
  slots: readonly { interviewer: number; candidates: readonly { story: number; units: number }[] }[],
  storyCount: number,
  interviewerCount: number,
): number[] {
  const k = slots.length;
  if (k > MAX_SLOTS) throw new RangeError(`a loop has at most ${MAX_SLOTS} slots, got ${k}`);
  // Level weights, each above the largest possible total of the levels below it.
  const maxValue = k * UNIT;
  const spread = maxValue + 1;
  const same = k * k * spread + maxValue + 1;
  const reuse = k * same + k * k * spread + maxValue + 1;
  const source = 0;
  const sink = 1;
  const slotNode = (i: number) => 2 + i;
  const storyNode = (s: number) => 2 + k + s;
  let next = 2 + k + storyCount;
  const pairNodes = new Map<number, number>();
  for (const slot of slots) {
    for (const c of slot.candidates) {
      const key = c.story * interviewerCount + slot.interviewer;
      if (!pairNodes.has(key)) pairNodes.set(key, next++);
    }
  }
  const network = new FlowNetwork(next);
  const usedStories = new Set<number>();
  const slotEdges: { edge: number; story: number }[][] = slots.map(() => []);
  slots.forEach((slot, i) => {
    if (slot.candidates.length === 0) return;
    network.addEdge(source, slotNode(i), 1, 0);
    for (const c of slot.candidates) {
      const pair = pairNodes.get(c.story * interviewerCount + slot.interviewer)!;
      slotEdges[i]!.push({ edge: network.addEdge(slotNode(i), pair, 1, -c.units), story: c.story });
      usedStories.add(c.story);
    }
  });
  for (const [key, node] of pairNodes) {
    network.addEdge(node, storyNode(Math.floor(key / interviewerCount)), 1, 0);
    network.addEdge(node, sink, k, reuse + same);
  }
  for (const story of usedStories) {
    network.addEdge(storyNode(story), sink, 1, 0);
    // Costs rise with each further interviewer, so the cheaper edges fill first (convex costs).
    for (let extra = 0; extra < Math.min(k - 1, interviewerCount - 1); extra++)
      network.addEdge(storyNode(story), sink, 1, reuse + extra * spread);
  }
  network.solve(source, sink);
  return slotEdges.map((edges) => edges.find((e) => network.flowOn(e.edge) > 0)?.story ?? -1);
}

function describePlan(
  slots: SlotInfo[],
  assignment: number[],
  bank: readonly BankStory[],
  worth: (story: number, principle: PrincipleId) => StoryValue | undefined,
  signals: CompiledPrincipleSignals | undefined,
): LoopStoryPlan {
  const planned = (story: number, value: StoryValue): PlannedStory => ({
    storyId: bank[story]!.id,
    title: bank[story]!.content.title,
    ...value,
  });
  const primaries = new Set(assignment.filter((s) => s >= 0));
  const usesOf = new Map<number, number[]>();
  assignment.forEach((story, i) => {
    if (story < 0) return;
    const list = usesOf.get(story);
    if (list) list.push(i);
    else usesOf.set(story, [i]);
  });

  const out: PlanSlot[] = slots.map((slot, i) => {
    const story = assignment[i]!;
    const chosen = slot.candidates.find((c) => c.story === story);
    let backup: PlanSlot["backup"] = null;
    for (const c of slot.candidates) {
      if (primaries.has(c.story)) continue;
      if (!backup || c.value.value > backup.value) backup = planned(c.story, c.value);
    }
    return {
      interviewerId: slot.interviewerId,
      ...(slot.interviewerName ? { interviewerName: slot.interviewerName } : {}),
      principle: slot.principle,
      principleName: PRINCIPLE_NAMES[slot.principle],
      primary: chosen ? planned(story, chosen.value) : null,
      backup,
    };
  });

  const reusedStories: LoopStoryPlan["reusedStories"] = [];
  const notes: string[] = [];
  for (const [story, uses] of usesOf) {
    if (uses.length < 2) continue;
    // The slot where the story is worth most keeps its main angle; the others re-angle it.
    const ordered = [...uses].sort(
      (a, b) => worth(story, slots[b]!.principle)!.value - worth(story, slots[a]!.principle)!.value || a - b,
    );
    const first = slots[ordered[0]!]!;
    const interviewers = new Set(uses.map((u) => slots[u]!.interviewer));
    const kind: ReuseKind = interviewers.size < uses.length ? "same-interviewer" : "across-interviewers";
    const title = bank[story]!.content.title;
    reusedStories.push({
      storyId: bank[story]!.id,
      title,
      slots: ordered.map((u) => ({ interviewerId: slots[u]!.interviewerId, principle: slots[u]!.principle })),
      kind,
    });
    for (const u of ordered.slice(1)) {
      const slot = slots[u]!;
      const sameInterviewer = slot.interviewer === first.interviewer;
      const parts = signals ? principleEvidence(bank[story]!.content, slot.principle, signals).parts : [];
      const name = PRINCIPLE_NAMES[slot.principle];
      const lead =
        parts.length > 0
          ? `lead with the ${parts
              .map((p) => p.field)
              .slice(0, 3)
              .join(", ")}`
          : "lead with the decision that shows it";
      const advice = `Tell "${title}" for ${name}: ${lead}, and keep the ${PRINCIPLE_NAMES[first.principle]} angle for ${who(first)}.`;
      out[u]!.reuse = {
        kind: sameInterviewer ? "same-interviewer" : "across-interviewers",
        firstToldAt: { interviewerId: first.interviewerId, principle: first.principle },
        angle: { principle: slot.principle, parts, advice },
      };
      notes.push(
        sameInterviewer
          ? `Forced: "${title}" answers both ${PRINCIPLE_NAMES[first.principle]} and ${name} for ${who(slot)}, because no other story is free. ${advice}`
          : `Forced: "${title}" is told to both ${who(first)} (${PRINCIPLE_NAMES[first.principle]}) and ${who(slot)} (${name}), because no other story is free. ${advice}`,
      );
    }
  }

  const open = out.filter((s) => s.primary === null);
  const uncovered = open.map((s) => ({
    interviewerId: s.interviewerId,
    principle: s.principle,
    principleName: s.principleName,
  }));
  for (const slot of open)
    notes.push(`No story answers ${slot.principleName} for ${who(slot)}: write one, or map an existing story to it.`);
  const coverable = slots.filter((s) => s.candidates.length > 0).length;
  if (reusedStories.length > 0)
    notes.unshift(
      `${coverable} slots need a story but only ${primaries.size} distinct stories can fill them: the plan reuses ${coverable - primaries.size} time(s), the least harmful way it can.`,
    );
  const totalValue = out.reduce((sum, s) => sum + (s.primary?.value ?? 0), 0);
  return { slots: out, totalValue: Math.round(totalValue * 1e6) / 1e6, reusedStories, uncovered, notes };
}
