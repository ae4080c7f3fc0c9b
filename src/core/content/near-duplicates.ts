/**
 * Flags question texts that say nearly the same thing, so the bank stays distinct.
 * Cosine similarity of stemmed content-word sets: rewording alone does not hide a copy,
 * while two questions that share a theme but set up different situations stay below the bar.
 */
import type { Question } from "./pack-schema.js";
import { stem } from "./question-search.js";

const COMMON = new Set(
  "a an and are as at be but by did do for from had has have how i if in into is it its me my no not of on or so that the their them then there they this to too up us was we were what when where which while who why will with would you your tell time about describe give example walk through".split(
    " ",
  ),
);

function terms(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
  return new Set(words.filter((w) => w.length > 2 && !COMMON.has(w)).map(stem));
}

export interface NearDuplicate {
  a: string;
  b: string;
  similarity: number;
}

/** Measured on the Amazon pack: the most similar distinct pair scores 0.52; a reworded copy ("disagreed with your manager" → "disagreed with your boss") scores 0.67. */
export const NEAR_DUPLICATE_THRESHOLD = 0.62;

export function findNearDuplicateQuestions(
  questions: Pick<Question, "id" | "text">[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
): NearDuplicate[] {
  const sets = questions.map((q) => ({ id: q.id, terms: terms(q.text) }));
  const found: NearDuplicate[] = [];
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i]!;
      const b = sets[j]!;
      if (a.terms.size === 0 || b.terms.size === 0) continue;
      let shared = 0;
      for (const t of a.terms) if (b.terms.has(t)) shared++;
      const similarity = shared / Math.sqrt(a.terms.size * b.terms.size);
      if (similarity >= threshold) found.push({ a: a.id, b: b.id, similarity });
    }
  }
  return found.sort((x, y) => y.similarity - x.similarity);
}
