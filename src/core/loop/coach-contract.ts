/**
 * The parts of the coach output contract (DESIGN.md, "Coach output") the loop reads. Field names
 * are the contract's, so a full coach result from src/core/coach fits here as it is; the schema
 * keeps any further fields (looseObject) so a stored state loses nothing the coach added.
 */
import { z } from "zod";

/** A quote from the answer: `quote === answer.slice(start, end)`. */
export interface CoachEvidence {
  start: number;
  end: number;
  quote: string;
}

export type CoachCriterionStatus = "met" | "partial" | "missing";

export interface LoopCoachResult {
  version: 1;
  /** 1 Strong No Hire, 2 Not Inclined, 3 Inclined, 4 Strong Hire. */
  vote: number;
  /** 0-100. */
  score: number;
  criteria: readonly { id: string; status: CoachCriterionStatus; evidence: readonly CoachEvidence[]; advice: string }[];
  redFlags: readonly { id: string; evidence: readonly CoachEvidence[]; advice: string }[];
  /** Best first. */
  principles: readonly { id: string; name: string; score: number; evidence: readonly CoachEvidence[] }[];
  /** Present when the question has key points. */
  keyPoints?: readonly { id: string; covered: boolean; evidence: readonly CoachEvidence[] }[];
  followUps?: readonly { text: string; reason: string }[];
}

const evidenceSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string().max(20_000),
});

const evidenceList = z.array(evidenceSchema).max(200);

export const loopCoachResultSchema: z.ZodType<LoopCoachResult> = z.looseObject({
  version: z.literal(1),
  vote: z.number().int().min(1).max(4),
  score: z.number().min(0).max(100),
  criteria: z
    .array(
      z.looseObject({
        id: z.string().max(80),
        status: z.enum(["met", "partial", "missing"]),
        evidence: evidenceList,
        advice: z.string().max(2000),
      }),
    )
    .max(100),
  redFlags: z
    .array(z.looseObject({ id: z.string().max(80), evidence: evidenceList, advice: z.string().max(2000) }))
    .max(100),
  principles: z
    .array(
      z.looseObject({
        id: z.string().max(80),
        name: z.string().max(200),
        score: z.number().min(0).max(1),
        evidence: evidenceList,
      }),
    )
    .max(32),
  keyPoints: z
    .array(z.looseObject({ id: z.string().max(80), covered: z.boolean(), evidence: evidenceList }))
    .max(100)
    .optional(),
  followUps: z
    .array(z.looseObject({ text: z.string().max(2000), reason: z.string().max(2000) }))
    .max(100)
    .optional(),
});
