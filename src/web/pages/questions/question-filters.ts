/**
 * The question bank's filters live in the address (/questions?principle=dive-deep&search=…),
 * so a filtered list can be bookmarked, shared and restored with Back.
 */
import type { QuestionFilters } from "../../api/client.js";
import { isDifficulty, isLevel, isPrincipleId, isQuestionType, isRole } from "../../lib/labels.js";

export const PAGE_SIZE = 20;

/** The URL keys that narrow the list (page is not one: it only moves through it). */
export const FILTER_KEYS = ["search", "principle", "type", "role", "level", "difficulty", "custom"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface ParsedFilters {
  filters: QuestionFilters;
  page: number;
  /** How many filters are set, to offer "clear all". */
  active: number;
}

/** Reads the address; values that are not valid are ignored rather than sent to the server. */
export function readFilters(params: URLSearchParams): ParsedFilters {
  const search = params.get("search")?.trim() || undefined;
  const principle = params.get("principle");
  const type = params.get("type");
  const role = params.get("role");
  const level = params.get("level");
  const difficulty = params.get("difficulty");
  const custom = params.get("custom") === "true" ? true : undefined;
  const pageNumber = Number.parseInt(params.get("page") ?? "1", 10);
  const page = Number.isFinite(pageNumber) && pageNumber > 0 ? pageNumber : 1;
  const filters: QuestionFilters = {
    search,
    principle: isPrincipleId(principle) ? principle : undefined,
    type: isQuestionType(type) ? type : undefined,
    role: isRole(role) ? role : undefined,
    level: isLevel(level) ? level : undefined,
    difficulty: isDifficulty(difficulty) ? difficulty : undefined,
    custom,
  };
  const active = Object.values(filters).filter((value) => value !== undefined).length;
  return { filters: { ...filters, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }, page, active };
}

/** Sets or clears one filter; any change of filter goes back to the first page. */
export function withFilter(params: URLSearchParams, key: FilterKey, value: string | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === undefined || value === "") next.delete(key);
  else next.set(key, value);
  next.delete("page");
  return next;
}
