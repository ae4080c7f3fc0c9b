/**
 * The principle matrix: the 16 Leadership Principles against the user's stories, and what to do
 * about the gaps. Preparation guides ask for 2-3 stories per principle from a bank of 15-20
 * distinct stories; the matrix counts "strong" stories against the first target and distinct
 * ones against the second.
 */
import { PRINCIPLE_IDS, type PrincipleId } from "../content/pack-schema.js";
import { PRINCIPLE_NAMES } from "./principle-names.js";
import {
  countDistinctStories,
  findNearDuplicateStories,
  findOverusedStories,
  type NearDuplicatePair,
  type OveruseWarning,
  type StoryRef,
} from "./story-overlap.js";
import type { StoryQualities, StoryStrength } from "./story-schema.js";
import {
  compilePrincipleSignals,
  type PrincipleSignals,
  principleEvidence,
  RE_ANGLE_MIN_SCORE,
  type StoryPart,
} from "./story-signals.js";

/** Each principle wants at least two strong stories: one to tell, one in reserve for a repeat. */
export const STRONG_STORIES_PER_PRINCIPLE = 2;
/**
 * A secondary mapping counts as strong once the coach rates the story at least this well: a
 * well-told story carries its secondary principle convincingly, a rough one does not.
 * A primary mapping is strong whatever the quality: the user chose it as the story for that
 * principle, and an unpractised story is a practice item, not a coverage gap.
 */
export const STRONG_SECONDARY_QUALITY = 0.7;
export const BANK_TARGET = { min: 15, max: 20 } as const;
/** Suggestions per gap: enough to choose from, few enough to read. */
const MAX_SUGGESTIONS = 4;

/** Valid quality for a story, or undefined when absent or out of range. */
export function storyQuality(qualities: StoryQualities | undefined, storyId: string): number | undefined {
  const q = qualities?.[storyId];
  return typeof q === "number" && Number.isFinite(q) && q >= 0 && q <= 1 ? q : undefined;
}

export function isStrong(strength: StoryStrength, quality: number | undefined): boolean {
  return strength === "primary" || (quality !== undefined && quality >= STRONG_SECONDARY_QUALITY);
}

export interface MatrixCell {
  storyId: string;
  strength: StoryStrength;
  quality: number | undefined;
  strong: boolean;
}

export type CoverageStatus = "missing" | "no-strong" | "thin" | "covered";

export interface MatrixRow {
  principle: PrincipleId;
  name: string;
  /** Mapped stories, in bank order. */
  cells: MatrixCell[];
  strongCount: number;
  status: CoverageStatus;
}

export interface StoryMatrix {
  rows: MatrixRow[];
  /** The columns: active (not archived) stories, in bank order. */
  stories: { id: string; title: string; quality: number | undefined }[];
  storyCount: number;
  /** Stories counted once per group of near-duplicates. */
  distinctStoryCount: number;
  bankTarget: { min: number; max: number; status: "below" | "within" | "above" };
  coveredPrinciples: number;
}

export interface BankStory extends StoryRef {
  archived?: boolean;
}

export interface MatrixOptions {
  qualities?: StoryQualities;
  /** Defaults to the stories' own near-duplicate pairs. */
  nearDuplicates?: readonly NearDuplicatePair[];
}

const active = (stories: readonly BankStory[]) => stories.filter((s) => !s.archived);

function statusOf(mapped: number, strong: number): CoverageStatus {
  if (mapped === 0) return "missing";
  if (strong === 0) return "no-strong";
  if (strong < STRONG_STORIES_PER_PRINCIPLE) return "thin";
  return "covered";
}

export function buildStoryMatrix(stories: readonly BankStory[], options: MatrixOptions = {}): StoryMatrix {
  const bank = active(stories);
  const rows: MatrixRow[] = PRINCIPLE_IDS.map((principle) => {
    const cells: MatrixCell[] = [];
    for (const story of bank) {
      const link = story.content.principles.find((p) => p.id === principle);
      if (!link) continue;
      const quality = storyQuality(options.qualities, story.id);
      cells.push({ storyId: story.id, strength: link.strength, quality, strong: isStrong(link.strength, quality) });
    }
    const strongCount = cells.filter((c) => c.strong).length;
    return {
      principle,
      name: PRINCIPLE_NAMES[principle],
      cells,
      strongCount,
      status: statusOf(cells.length, strongCount),
    };
  });
  const pairs = options.nearDuplicates ?? findNearDuplicateStories(bank);
  const distinct = countDistinctStories(bank, pairs);
  return {
    rows,
    stories: bank.map((s) => ({ id: s.id, title: s.content.title, quality: storyQuality(options.qualities, s.id) })),
    storyCount: bank.length,
    distinctStoryCount: distinct,
    bankTarget: {
      ...BANK_TARGET,
      status: distinct < BANK_TARGET.min ? "below" : distinct > BANK_TARGET.max ? "above" : "within",
    },
    coveredPrinciples: rows.filter((r) => r.status === "covered").length,
  };
}

export type ReAngleAction = "strengthen" | "re-angle";

export interface ReAngleSuggestion {
  storyId: string;
  title: string;
  /** "strengthen": already secondary for the principle; "re-angle": not mapped, but the text carries it. */
  action: ReAngleAction;
  /** Signal evidence 0-1 (see story-signals.ts). */
  score: number;
  /** Which parts of the story carry the principle. */
  parts: StoryPart[];
  /** True when the story is already leaned on too much: re-angling it thins it further. */
  overused: boolean;
  advice: string;
}

export interface CoverageGap {
  principle: PrincipleId;
  name: string;
  status: Exclude<CoverageStatus, "covered">;
  strongCount: number;
  /** Strong stories still needed to reach the target. */
  needed: number;
  suggestions: ReAngleSuggestion[];
  advice: string;
}

export interface GapOptions extends MatrixOptions {
  /** principle id → signals; without them only existing secondary mappings are suggested. */
  signals?: PrincipleSignals;
}

function suggestionAdvice(
  action: ReAngleAction,
  name: string,
  parts: StoryPart[],
  quality: number | undefined,
): string {
  const carriers = parts.map((p) => p.field).slice(0, 3);
  const where = carriers.length > 0 ? ` Lead with the ${carriers.join(", ")}, where it already shows.` : "";
  if (action === "strengthen") {
    const now = quality === undefined ? "has no coach rating yet" : `is rated ${quality.toFixed(2)}`;
    return `Already mapped to ${name} as secondary but ${now}: practise it for ${name} until it rates ${STRONG_SECONDARY_QUALITY} or more, or make it primary.${where}`;
  }
  return `Re-tell it for ${name} and map it as secondary.${where}`;
}

/** Principles short of two strong stories, each with the stories that could close the gap. */
export function findCoverageGaps(stories: readonly BankStory[], options: GapOptions = {}): CoverageGap[] {
  const bank = active(stories);
  const matrix = buildStoryMatrix(bank, options);
  const compiled = options.signals ? compilePrincipleSignals(options.signals) : undefined;
  const overused = new Set(findOverusedStories(bank).map((w) => w.storyId));
  const gaps: CoverageGap[] = [];
  for (const row of matrix.rows) {
    if (row.status === "covered") continue;
    const strongIds = new Set(row.cells.filter((c) => c.strong).map((c) => c.storyId));
    const suggestions: ReAngleSuggestion[] = [];
    for (const story of bank) {
      if (strongIds.has(story.id)) continue;
      const secondary = row.cells.some((c) => c.storyId === story.id);
      const evidence = compiled ? principleEvidence(story.content, row.principle, compiled) : undefined;
      const score = evidence?.score ?? 0;
      if (!secondary && score < RE_ANGLE_MIN_SCORE) continue;
      const action: ReAngleAction = secondary ? "strengthen" : "re-angle";
      const parts = evidence?.parts ?? [];
      suggestions.push({
        storyId: story.id,
        title: story.content.title,
        action,
        score,
        parts,
        overused: overused.has(story.id),
        advice: suggestionAdvice(action, row.name, parts, storyQuality(options.qualities, story.id)),
      });
    }
    // Stories already mapped first (least work), then by evidence; over-used stories last.
    suggestions.sort(
      (a, b) =>
        Number(a.overused) - Number(b.overused) ||
        Number(b.action === "strengthen") - Number(a.action === "strengthen") ||
        b.score - a.score ||
        a.title.localeCompare(b.title),
    );
    const needed = STRONG_STORIES_PER_PRINCIPLE - row.strongCount;
    const status = row.status;
    const lead =
      status === "missing"
        ? `No story covers ${row.name}.`
        : status === "no-strong"
          ? `${row.name} has only weak secondary stories.`
          : `${row.name} has one strong story; a second keeps you covered if it is used elsewhere in the loop.`;
    const next =
      suggestions.length > 0
        ? ` Closest: "${suggestions[0]!.title}" (${suggestions[0]!.action}).`
        : " No existing story carries it: write a new one.";
    gaps.push({
      principle: row.principle,
      name: row.name,
      status,
      strongCount: row.strongCount,
      needed,
      suggestions: suggestions.slice(0, MAX_SUGGESTIONS),
      advice: lead + next,
    });
  }
  return gaps;
}

export interface StoryBankReview {
  matrix: StoryMatrix;
  gaps: CoverageGap[];
  nearDuplicates: NearDuplicatePair[];
  overused: OveruseWarning[];
}

/** Everything the Stories page shows, in one pass. */
export function reviewStoryBank(stories: readonly BankStory[], options: GapOptions = {}): StoryBankReview {
  const bank = active(stories);
  const nearDuplicates = options.nearDuplicates ? [...options.nearDuplicates] : findNearDuplicateStories(bank);
  const withPairs = { ...options, nearDuplicates };
  return {
    matrix: buildStoryMatrix(bank, withPairs),
    gaps: findCoverageGaps(bank, withPairs),
    nearDuplicates,
    overused: findOverusedStories(bank),
  };
}
