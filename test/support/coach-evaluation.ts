/**
 * Scores the coach against the labelled fixture set (test/fixtures/coach/gold.json): precision,
 * recall and F1 per criterion and red flag, and the vote's exact and within-one agreement,
 * separately for the development half and the held-out half.
 */
import { readFileSync } from "node:fs";
import { analyzeAnswer } from "../../src/core/coach/analyze-answer.js";
import type { ContentPack } from "../../src/core/content/load-pack.js";

export interface GoldAnswer {
  id: string;
  questionId: string;
  style: string;
  spoken: boolean;
  answer: string;
  split: "dev" | "heldout";
  criteria: Record<string, "met" | "partial" | "missing">;
  redFlags: Record<string, boolean>;
  vote?: number;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvaluationReport {
  answers: number;
  criteria: Record<string, Score>;
  redFlags: Record<string, Score>;
  macroF1Criteria: number;
  voteExact: number;
  voteWithinOne: number;
  votes: number;
  /** Per answer: what the coach said that disagreed with the gold labels (for the dev half only). */
  mismatches: { id: string; field: string; gold: string; coach: string }[];
}

export function loadGold(): GoldAnswer[] {
  return JSON.parse(readFileSync(new URL("../fixtures/coach/gold.json", import.meta.url), "utf8"));
}

function score(s: Omit<Score, "precision" | "recall" | "f1" | "support">): Score {
  const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...s, precision, recall, f1, support: s.tp + s.fn };
}

/** A criterion counts as shown when it is met; partial and missing count as not shown. */
export function evaluateCoach(gold: GoldAnswer[], pack: ContentPack, split: "dev" | "heldout"): EvaluationReport {
  const questions = new Map(pack.questions.map((q) => [q.id, q]));
  const criteriaCounts = new Map<string, { tp: number; fp: number; fn: number; tn: number }>();
  const flagCounts = new Map<string, { tp: number; fp: number; fn: number; tn: number }>();
  const mismatches: EvaluationReport["mismatches"] = [];
  let voteExact = 0;
  let voteWithinOne = 0;
  let votes = 0;
  const answers = gold.filter((g) => g.split === split);
  const tally = (map: typeof criteriaCounts, key: string, truth: boolean, said: boolean) => {
    const c = map.get(key) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
    if (truth && said) c.tp++;
    else if (!truth && said) c.fp++;
    else if (truth && !said) c.fn++;
    else c.tn++;
    map.set(key, c);
  };
  for (const item of answers) {
    const question = questions.get(item.questionId);
    const result = analyzeAnswer(
      { answer: item.answer, question, spoken: item.spoken },
      { principles: pack.principles },
    );
    for (const [criterion, truth] of Object.entries(item.criteria)) {
      const said = result.criteria.find((c) => c.id === criterion)?.status ?? "missing";
      tally(criteriaCounts, criterion, truth === "met", said === "met");
      if ((truth === "met") !== (said === "met"))
        mismatches.push({ id: item.id, field: criterion, gold: truth, coach: said });
    }
    for (const [flag, truth] of Object.entries(item.redFlags)) {
      const said = result.redFlags.some((f) => f.id === flag);
      tally(flagCounts, flag, truth, said);
      if (truth !== said)
        mismatches.push({ id: item.id, field: `flag:${flag}`, gold: String(truth), coach: String(said) });
    }
    if (item.vote !== undefined) {
      votes++;
      if (result.vote === item.vote) voteExact++;
      if (Math.abs(result.vote - item.vote) <= 1) voteWithinOne++;
      if (result.vote !== item.vote)
        mismatches.push({ id: item.id, field: "vote", gold: String(item.vote), coach: String(result.vote) });
    }
  }
  const criteria = Object.fromEntries([...criteriaCounts].map(([k, c]) => [k, score(c)]));
  const redFlags = Object.fromEntries([...flagCounts].map(([k, c]) => [k, score(c)]));
  const f1s = Object.values(criteria).map((s) => s.f1);
  return {
    answers: answers.length,
    criteria,
    redFlags,
    macroF1Criteria: f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length),
    voteExact: votes ? voteExact / votes : 0,
    voteWithinOne: votes ? voteWithinOne / votes : 0,
    votes,
    mismatches: split === "dev" ? mismatches : [],
  };
}

export function formatReport(title: string, report: EvaluationReport): string {
  const row = (name: string, s: Score) =>
    `  ${name.padEnd(20)} P ${s.precision.toFixed(2)}  R ${s.recall.toFixed(2)}  F1 ${s.f1.toFixed(2)}  (support ${s.support}, n ${s.tp + s.fp + s.fn + s.tn})`;
  return [
    `${title}: ${report.answers} answers`,
    ...Object.entries(report.criteria).map(([k, s]) => row(k, s)),
    ...Object.entries(report.redFlags).map(([k, s]) => row(`flag ${k}`, s)),
    `  macro-F1 (criteria) ${report.macroF1Criteria.toFixed(2)}; vote exact ${(100 * report.voteExact).toFixed(0)}%, within one ${(100 * report.voteWithinOne).toFixed(0)}% (${report.votes})`,
  ].join("\n");
}
