/**
 * The practice API for the web app: attempts, the drill picker, retelling checks, drafts and the
 * dashboard's progress numbers, with the React Query hooks and cache keys that go with them.
 * Types come only from src/core and the route schema files (`import type`), as in client.ts.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { Attempt, AttemptRequestInput } from "../../core/practice/attempt-schema.js";
import type { AttemptComparison } from "../../core/practice/compare-attempts.js";
import type { DrillPick } from "../../core/practice/drill-picker.js";
import type { DrillTiming } from "../../core/practice/drill-timer.js";
import type { Progress } from "../../core/practice/progress.js";
import type { RetellingFlag } from "../../core/practice/retelling.js";
import type { Story } from "../../core/stories/story-schema.js";
import type { DraftResponse } from "../../server/routes/drafts/schema.js";
import type { attemptListQuerySchema, nextDrillQuerySchema } from "../../server/routes/practice/schema.js";
import { ApiError, errorFromResponse } from "./client.js";

/** A saved attempt with the retelling check of the story it told (empty without a story). */
export interface AttemptWithRetelling {
  attempt: Attempt;
  retelling: RetellingFlag[];
}

/** One row of GET /api/attempts: the attempt without its coach output. */
export type AttemptListItem = Pick<
  Attempt,
  | "id"
  | "questionId"
  | "questionType"
  | "principleIds"
  | "storyId"
  | "vote"
  | "score"
  | "selfRating"
  | "answerSeconds"
  | "overrunSeconds"
  | "submittedAt"
> & { turns: number; excerpt: string };

export interface AttemptList {
  total: number;
  attempts: AttemptListItem[];
}

export interface AttemptCompareResponse {
  before: Attempt;
  after: Attempt;
  comparison: AttemptComparison;
}

export type NextDrill = DrillPick & { timing: DrillTiming };

export type AttemptQuery = Partial<z.output<typeof attemptListQuerySchema>>;
export type DrillQuery = Partial<z.output<typeof nextDrillQuerySchema>>;

/** A banked story as GET /api/stories lists it (the coach's check is not needed here). */
export type BankStory = Story;

async function request<T>(method: string, path: string, body?: unknown, keepalive = false): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers:
        body === undefined
          ? { accept: "application/json" }
          : { accept: "application/json", "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      keepalive,
    });
  } catch (cause) {
    throw new ApiError(
      "Could not reach the Bar Raiser server. Is `barraiser serve` still running?",
      0,
      "network",
      undefined,
      [],
      0,
      { cause },
    );
  }
  if (!response.ok) throw await errorFromResponse(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

function queryString(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === "") continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/**
 * Which draft keys this browser has saved. GET /api/drafts/:key answers 404 when there is no
 * draft, and the browser logs every 404 as a console error; asking only for drafts this browser
 * wrote keeps a clean console on every drill that has none. Without storage, every drill asks.
 */
const KNOWN_DRAFTS_KEY = "barraiser:practice-drafts";
/** More drafts than any user keeps open; the oldest are forgotten first. */
const MAX_KNOWN_DRAFTS = 300;

function knownDrafts(): string[] | undefined {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KNOWN_DRAFTS_KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === "string") : [];
  } catch {
    // Storage switched off or unreadable: fall back to asking the server every time.
    return undefined;
  }
}

function rememberDraft(key: string, present: boolean): void {
  const known = knownDrafts();
  if (!known) return;
  const next = known.filter((k) => k !== key);
  if (present) next.push(key);
  try {
    window.localStorage.setItem(KNOWN_DRAFTS_KEY, JSON.stringify(next.slice(-MAX_KNOWN_DRAFTS)));
  } catch {
    // Full storage: the next drill asks the server, which is still correct.
  }
}

/** Draft keys are lowercase and at most 120 characters (see the drafts route schema). */
export function draftKey(...parts: string[]): string | undefined {
  const key = parts.join(":").toLowerCase();
  return /^[a-z0-9][a-z0-9:._-]{0,119}$/.test(key) ? key : undefined;
}

export const practiceApi = {
  saveAttempt: (input: AttemptRequestInput) => request<AttemptWithRetelling>("POST", "/api/attempts", input),
  attempts: (query: AttemptQuery) => request<AttemptList>("GET", `/api/attempts${queryString(query)}`),
  attempt: (id: string) => request<AttemptWithRetelling>("GET", `/api/attempts/${encodeURIComponent(id)}`),
  rateAttempt: (id: string, selfRating: number) =>
    request<{ attempt: Attempt }>("PATCH", `/api/attempts/${encodeURIComponent(id)}`, { selfRating }),
  compare: (before: string, after: string) =>
    request<AttemptCompareResponse>("GET", `/api/attempts/compare${queryString({ before, after })}`),
  next: (query: DrillQuery) => request<NextDrill>("GET", `/api/practice/next${queryString(query)}`),
  retelling: (storyId: string, answer: string) =>
    request<{ flags: RetellingFlag[] }>("POST", "/api/practice/retelling", { storyId, answer }),
  progress: () => request<Progress>("GET", "/api/progress"),
  stories: () => request<{ stories: BankStory[] }>("GET", "/api/stories"),

  /** The saved draft, or undefined when there is none. */
  draft: async (key: string): Promise<DraftResponse | undefined> => {
    const known = knownDrafts();
    if (known && !known.includes(key)) return undefined;
    try {
      return await request<DraftResponse>("GET", `/api/drafts/${encodeURIComponent(key)}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        rememberDraft(key, false);
        return undefined;
      }
      throw error;
    }
  },
  /** `keepalive` lets the save made while the page closes outlive the page (bodies up to 64 KB). */
  saveDraft: (key: string, text: string, keepalive = false) => {
    // Remembered before the request: a save sent as the page closes never sees its answer.
    rememberDraft(key, true);
    return request<DraftResponse>("PUT", `/api/drafts/${encodeURIComponent(key)}`, { text }, keepalive);
  },
  deleteDraft: async (key: string) => {
    await request<void>("DELETE", `/api/drafts/${encodeURIComponent(key)}`);
    rememberDraft(key, false);
  },
};

export const practiceKeys = {
  attempts: ["attempts"] as const,
  attemptList: (query: AttemptQuery) => ["attempts", "list", query] as const,
  attempt: (id: string) => ["attempts", "detail", id] as const,
  compare: (before: string, after: string) => ["attempts", "compare", before, after] as const,
  progress: ["progress"] as const,
  stories: ["stories", "practice-picker"] as const,
};

export const useAttempts = (query: AttemptQuery, enabled = true) =>
  useQuery({ queryKey: practiceKeys.attemptList(query), queryFn: () => practiceApi.attempts(query), enabled });

export const useAttempt = (id: string | undefined) =>
  useQuery({
    queryKey: practiceKeys.attempt(id ?? ""),
    queryFn: () => practiceApi.attempt(id ?? ""),
    enabled: Boolean(id),
    retry: false,
  });

export const useCompareAttempts = (before: string | undefined, after: string | undefined) =>
  useQuery({
    queryKey: practiceKeys.compare(before ?? "", after ?? ""),
    queryFn: () => practiceApi.compare(before ?? "", after ?? ""),
    enabled: Boolean(before && after),
    retry: false,
  });

export const useProgress = () => useQuery({ queryKey: practiceKeys.progress, queryFn: practiceApi.progress });

export const useBankStories = () => useQuery({ queryKey: practiceKeys.stories, queryFn: practiceApi.stories });

/** Saving an attempt changes the history, the dashboard and the next drill. */
export function useSaveAttempt() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AttemptRequestInput) => practiceApi.saveAttempt(input),
    onSuccess: (saved) => {
      client.setQueryData(practiceKeys.attempt(saved.attempt.id), saved);
      void client.invalidateQueries({ queryKey: practiceKeys.attempts });
      void client.invalidateQueries({ queryKey: practiceKeys.progress });
    },
  });
}

export function useRateAttempt() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, selfRating }: { id: string; selfRating: number }) => practiceApi.rateAttempt(id, selfRating),
    onSuccess: ({ attempt }) => {
      client.setQueryData<AttemptWithRetelling>(practiceKeys.attempt(attempt.id), (previous) =>
        previous ? { ...previous, attempt } : previous,
      );
      void client.invalidateQueries({ queryKey: practiceKeys.attempts, refetchType: "active" });
    },
  });
}
