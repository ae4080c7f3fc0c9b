/**
 * Full-text search over the question bank (pack and user questions) with minisearch.
 * Each question is indexed with its primary principle's name and signals, so a search in a
 * candidate's own words ("disagreed with my manager") finds the principle's questions.
 */
import MiniSearch from "minisearch";
import type { Difficulty, Level, Principle, PrincipleId, Question, QuestionType, Role } from "./pack-schema.js";

// A light suffix-stripper: enough for "disagreed" and "disagreement" to meet "disagree",
// without pulling a stemming library into the browser bundle.
const SUFFIXES = [
  "ational",
  "ations",
  "ation",
  "ments",
  "ment",
  "ings",
  "ing",
  "edly",
  "ies",
  "ed",
  "es",
  "s",
  "ly",
  "e",
];
export function stem(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, "");
  for (const suffix of SUFFIXES) {
    if (lower.endsWith(suffix) && lower.length - suffix.length >= 3) {
      return suffix === "ies" ? `${lower.slice(0, -3)}y` : lower.slice(0, -suffix.length);
    }
  }
  return lower;
}

const STOP_WORDS = new Set(
  "a an and are as at be by for from has have how i in is it me my of on or that the this to was we were what when where which who why will with would you your tell time about describe".split(
    " ",
  ),
);

function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  if (lower.length < 2 || STOP_WORDS.has(lower)) return null;
  return stem(lower);
}

export interface SearchableQuestion extends Question {
  /** True for questions the user added. */
  custom?: boolean;
}

export interface QuestionFilters {
  search?: string;
  principle?: PrincipleId;
  type?: QuestionType;
  role?: Role;
  level?: Level;
  difficulty?: Difficulty;
  custom?: boolean;
}

/** Words people use for each question type, so "design a … system" reaches system design. */
const TYPE_WORDS: Record<QuestionType, string> = {
  behavioural: "behavioural behavioral leadership principle story",
  "product-sense": "product sense design feature customer",
  metrics: "metrics analytics measure success kpi",
  strategy: "strategy market business",
  "system-design": "technical system design architecture scale",
  "program-execution": "program execution launch delivery plan",
  "technical-depth": "technical depth deep dive engineering",
};

interface IndexedDoc {
  id: string;
  kind: string;
  text: string;
  rubric: string;
  principle: string;
}

export interface QuestionIndex {
  search(filters: QuestionFilters): SearchableQuestion[];
  get(id: string): SearchableQuestion | undefined;
  all(): SearchableQuestion[];
}

export function buildQuestionIndex(questions: SearchableQuestion[], principles: Principle[]): QuestionIndex {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const principleById = new Map(principles.map((p) => [p.id, p]));
  const mini = new MiniSearch<IndexedDoc>({
    fields: ["text", "kind", "rubric", "principle"],
    storeFields: [],
    processTerm,
    searchOptions: {
      boost: { text: 3, kind: 1.5, principle: 1.5, rubric: 1 },
      prefix: true,
      fuzzy: 0.15,
      combineWith: "OR",
    },
  });
  mini.addAll(
    questions.map((q) => {
      const primary = principleById.get(q.principles[0]!);
      return {
        id: q.id,
        text: q.text,
        kind: TYPE_WORDS[q.type],
        rubric: [...q.keyPoints.map((k) => k.text), ...q.keyPoints.flatMap((k) => k.signals)]
          .join(" ")
          .replaceAll("*", ""),
        principle: primary ? `${primary.name} ${primary.signals.join(" ").replaceAll("*", "")}` : "",
      };
    }),
  );

  const matches = (q: SearchableQuestion, f: QuestionFilters) =>
    (!f.principle || q.principles.includes(f.principle)) &&
    (!f.type || q.type === f.type) &&
    (!f.role || q.roles.includes(f.role)) &&
    (!f.level || q.levels.includes(f.level)) &&
    (!f.difficulty || q.difficulty === f.difficulty) &&
    (f.custom === undefined || Boolean(q.custom) === f.custom);

  return {
    search(filters) {
      const query = filters.search?.trim();
      const ranked = query ? mini.search(query).map((hit) => byId.get(String(hit.id))!) : questions;
      return ranked.filter((q) => matches(q, filters));
    },
    get: (id) => byId.get(id),
    all: () => questions,
  };
}
