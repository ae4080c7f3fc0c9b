/**
 * How people write Leadership Principles in their own spreadsheets: official names, ids, short
 * names and abbreviations ("CO", "DD", "Ownership"), and the cell marks of a principle column
 * ("x", "P", "secondary", "2"). Official names contain separators themselves ("Are Right, A Lot",
 * "Have Backbone; Disagree and Commit"), so a list cell is read by matching known names first
 * and splitting on separators only between them.
 */
import { PRINCIPLE_IDS, type PrincipleId } from "../content/pack-schema.js";
import type { StoryStrength } from "./story-schema.js";

/** Amazon's official names, for exports and messages (the content pack holds the same names). */
export const PRINCIPLE_NAMES: Readonly<Record<PrincipleId, string>> = {
  "customer-obsession": "Customer Obsession",
  ownership: "Ownership",
  "invent-and-simplify": "Invent and Simplify",
  "are-right-a-lot": "Are Right, A Lot",
  "learn-and-be-curious": "Learn and Be Curious",
  "hire-and-develop-the-best": "Hire and Develop the Best",
  "insist-on-the-highest-standards": "Insist on the Highest Standards",
  "think-big": "Think Big",
  "bias-for-action": "Bias for Action",
  frugality: "Frugality",
  "earn-trust": "Earn Trust",
  "dive-deep": "Dive Deep",
  "have-backbone-disagree-and-commit": "Have Backbone; Disagree and Commit",
  "deliver-results": "Deliver Results",
  "strive-to-be-earths-best-employer": "Strive to be Earth's Best Employer",
  "success-and-scale-bring-broad-responsibility": "Success and Scale Bring Broad Responsibility",
};

/** Short forms seen in candidates' trackers and prep guides; matched after normalising. */
const ALIASES: Readonly<Record<PrincipleId, readonly string[]>> = {
  "customer-obsession": ["co", "cust obsession", "customer", "customer obsessed"],
  ownership: ["ow", "own", "owner"],
  "invent-and-simplify": ["is", "ias", "i&s", "invent", "simplify", "invent simplify"],
  "are-right-a-lot": ["ral", "aral", "arl", "right a lot", "are right", "be right a lot"],
  "learn-and-be-curious": ["lbc", "labc", "lc", "curious", "curiosity", "learn be curious"],
  "hire-and-develop-the-best": ["hdb", "hadb", "hd", "hire and develop", "develop the best", "hire develop the best"],
  "insist-on-the-highest-standards": ["ihs", "iohs", "ioths", "hs", "highest standards", "high standards"],
  "think-big": ["tb"],
  "bias-for-action": ["bfa", "b4a", "ba", "bias"],
  frugality: ["fr", "fru", "frugal"],
  "earn-trust": ["et", "trust"],
  "dive-deep": ["dd", "deep dive"],
  "have-backbone-disagree-and-commit": [
    "hb",
    "hbdc",
    "dac",
    "d&c",
    "dc",
    "backbone",
    "have backbone",
    "disagree and commit",
    "disagree commit",
  ],
  "deliver-results": ["dr", "results", "delivering results"],
  "strive-to-be-earths-best-employer": ["ebe", "sebe", "sbebe", "best employer", "earths best employer"],
  "success-and-scale-bring-broad-responsibility": ["ssbbr", "ssbr", "sas", "success and scale", "broad responsibility"],
};

/**
 * Lowercase words with apostrophes dropped ("earth's" → "earths"), "&" read as "and", and
 * hyphens, underscores and brackets read as spaces, so "dive-deep", "Dive Deep" and "DIVE_DEEP"
 * meet. Separators (; , | / and line breaks) are kept as their own tokens.
 */
export function nameTokens(value: string): string[] {
  const cleaned = value.toLowerCase().normalize("NFKC").replace(/['’`]/g, "").replace(/&/g, " and ");
  return cleaned.match(/[\p{L}\p{N}]+|[;,|/\n]/gu) ?? [];
}

const isSeparator = (token: string) => /^[;,|/\n]$/.test(token);

interface Alias {
  id: PrincipleId;
  words: string[];
}

const ALIAS_LIST: Alias[] = (() => {
  const out: Alias[] = [];
  for (const id of PRINCIPLE_IDS) {
    const forms = [id, PRINCIPLE_NAMES[id], ...ALIASES[id]];
    for (const form of forms) {
      const words = nameTokens(form).filter((t) => !isSeparator(t));
      if (words.length > 0) out.push({ id, words });
    }
  }
  // Longest first, so "customer obsession" wins over "customer".
  return out.sort((a, b) => b.words.length - a.words.length);
})();

const EXACT = new Map<string, PrincipleId>(ALIAS_LIST.map((alias) => [alias.words.join(" "), alias.id]));

/** The principle a whole header or cell names, or undefined. */
export function principleFromName(value: string): PrincipleId | undefined {
  const words = nameTokens(value).filter((t) => !isSeparator(t));
  return EXACT.get(words.join(" "));
}

const PRIMARY_MARKS = new Set([
  "p",
  "primary",
  "main",
  "lead",
  "strong",
  "x",
  "xx",
  "yes",
  "y",
  "true",
  "✓",
  "✔",
  "✅",
  "2",
  "3",
]);
const SECONDARY_MARKS = new Set(["s", "secondary", "supporting", "support", "minor", "weak", "partial", "1", "~"]);
const EMPTY_MARKS = new Set(["", "0", "-", "–", "—", "no", "n", "false", "none"]);

export type MarkReading = { ok: true; strength: StoryStrength | undefined } | { ok: false; message: string };

/**
 * A cell in a one-column-per-principle layout. "x" (and ✓, yes) counts as primary: ticking a
 * principle column says "this story answers that principle". "1"/"2" read as a score where
 * 2 is the stronger mapping.
 */
export function readPrincipleMark(cell: string): MarkReading {
  const value = cell
    .trim()
    .toLowerCase()
    .replace(/^[([]\s*|\s*[)\]]$/g, "");
  if (EMPTY_MARKS.has(value)) return { ok: true, strength: undefined };
  if (PRIMARY_MARKS.has(value)) return { ok: true, strength: "primary" };
  if (SECONDARY_MARKS.has(value)) return { ok: true, strength: "secondary" };
  return {
    ok: false,
    message: `"${cell.trim().slice(0, 40)}" is not a mark: use P (primary), S (secondary), x, or leave it blank`,
  };
}

const LIST_PRIMARY = new Set(["p", "primary", "main", "lead", "strong"]);
const LIST_SECONDARY = new Set(["s", "secondary", "supporting", "support", "minor", "weak"]);

export interface ListedPrinciple {
  id: PrincipleId;
  /** Set when the cell marked it: "Ownership (primary)", "DD: S". */
  strength?: StoryStrength;
}

export interface PrincipleListReading {
  principles: ListedPrinciple[];
  /** Pieces that name no principle, as written. */
  unknown: string[];
}

function matchAlias(tokens: string[], at: number): { id: PrincipleId; next: number } | undefined {
  for (const alias of ALIAS_LIST) {
    let i = at;
    let ok = true;
    for (let w = 0; w < alias.words.length; w++) {
      // Official names carry separators inside them ("Are Right, A Lot"): skip them between words.
      if (w > 0) while (i < tokens.length && isSeparator(tokens[i]!)) i++;
      if (tokens[i] !== alias.words[w]) {
        ok = false;
        break;
      }
      i++;
    }
    if (ok) return { id: alias.id, next: i };
  }
  return undefined;
}

/**
 * Reads a cell listing principles by name, id or abbreviation, separated by ; , | / or line
 * breaks, each optionally marked "(primary)", "(P)", ": secondary".
 */
export function readPrincipleList(cell: string): PrincipleListReading {
  const tokens = nameTokens(cell);
  const principles: ListedPrinciple[] = [];
  const unknown: string[] = [];
  let pending: string[] = [];
  /** Words of the principles matched since the last separator, in case the piece turns out unknown. */
  let pieceMatches: { words: string[] }[] = [];
  const endPiece = () => {
    if (pending.length > 0) unknown.push(pending.join(" "));
    pending = [];
    pieceMatches = [];
  };
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (isSeparator(token)) {
      endPiece();
      i++;
      continue;
    }
    const last = principles.at(-1);
    if (
      last &&
      pieceMatches.length > 0 &&
      pending.length === 0 &&
      (LIST_PRIMARY.has(token) || LIST_SECONDARY.has(token))
    ) {
      last.strength = LIST_PRIMARY.has(token) ? "primary" : "secondary";
      pieceMatches.at(-1)!.words.push(token);
      i++;
      continue;
    }
    const match = pending.length === 0 ? matchAlias(tokens, i) : undefined;
    if (match) {
      principles.push({ id: match.id });
      pieceMatches.push({ words: tokens.slice(i, match.next).filter((t) => !isSeparator(t)) });
      i = match.next;
      continue;
    }
    // An unknown word taints the whole piece: "Customer Love" is not Customer Obsession.
    if (pieceMatches.length > 0) {
      principles.splice(principles.length - pieceMatches.length, pieceMatches.length);
      pending = pieceMatches.flatMap((m) => m.words);
      pieceMatches = [];
    }
    pending.push(token);
    i++;
  }
  endPiece();
  return { principles, unknown };
}
