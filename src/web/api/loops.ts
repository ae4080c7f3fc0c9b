/**
 * The mock loop's API client and React Query hooks (/api/loops, and the story bank for the
 * story picker). Types come only from src/core and the route schema files, imported as types,
 * so nothing of zod reaches the browser and a change of shape on the server is a type error here.
 *
 * The loop's state lives in the server: every step (answer, follow-up, pause…) returns the new
 * view, which replaces the cached one, so a reload or another tab continues where it was.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { Level, Role } from "../../core/content/pack-schema.js";
import type {
  FollowUpSuggestion,
  LoopAnswer,
  LoopCoachResult,
  LoopDebrief,
  LoopKind,
  LoopRound,
  LoopState,
  LoopStatus,
  LoopWarning,
  PlannedQuestion,
} from "../../core/loop/index.js";
import type { LoopStoryPlan } from "../../core/stories/loop-plan.js";
import type { Story } from "../../core/stories/story-schema.js";
import type { loopActionSchema, newLoopBodySchema } from "../../server/routes/loops/schema.js";
import { ApiError, request } from "./client.js";

export type NewLoop = z.input<typeof newLoopBodySchema>;
export type LoopAction = z.output<typeof loopActionSchema>;

/** What the server sends for a loop: the stored state plus what the page needs right now. */
export interface LoopView {
  id: string;
  state: LoopState;
  /** Question id → its text, for every planned question. */
  questions: Record<string, string>;
  /** The question the candidate is on (absent once the loop is finished). */
  current?: { round: LoopRound; planned: PlannedQuestion; answer?: LoopAnswer };
  /** The interviewer's next follow-up on the current answer, when there is one. */
  followUp?: FollowUpSuggestion;
  /** Which banked story to tell to which interviewer; sent by create and GET only. */
  storyPlan?: LoopStoryPlan;
}

export interface LoopAnswerResult extends LoopView {
  /** New warnings raised by this answer: a story already told to another interviewer. */
  warnings: LoopWarning[];
  coach: LoopCoachResult;
}

/** One row of the loop history (GET /api/loops). */
export interface LoopSummary {
  id: string;
  role: Role;
  level: Level;
  kind: LoopKind;
  rounds: number;
  status: LoopStatus;
  createdAt: string;
  updatedAt: string;
}

/** The parts of a banked story the story picker and the debrief need. */
export type LoopStory = Pick<Story, "id" | "title" | "principles" | "archived">;

const loopPath = (id: string) => `/api/loops/${encodeURIComponent(id)}`;

/** The browser downloads the Markdown debrief from here itself (the server names the file). */
export const debriefMarkdownUrl = (id: string) => `${loopPath(id)}/debrief?format=md`;

export const loopApi = {
  list: () => request<{ loops: LoopSummary[] }>("GET", "/api/loops"),
  get: (id: string) => request<LoopView>("GET", loopPath(id)),
  create: (input: NewLoop) => request<LoopView>("POST", "/api/loops", input),
  act: (id: string, action: LoopAction) => request<LoopView>("POST", `${loopPath(id)}/${action}`, {}),
  answer: (id: string, input: { answer: string; storyId?: string }) =>
    request<LoopAnswerResult>("POST", `${loopPath(id)}/answer`, input),
  followUp: (id: string, answer: string) => request<LoopView>("POST", `${loopPath(id)}/follow-up`, { answer }),
  debrief: (id: string) => request<{ id: string; debrief: LoopDebrief }>("GET", `${loopPath(id)}/debrief`),
  stories: () => request<{ stories: LoopStory[] }>("GET", "/api/stories?archived=include"),
};

export const loopKeys = {
  all: ["loops"] as const,
  list: ["loops", "list"] as const,
  detail: (id: string) => ["loops", "detail", id] as const,
  debrief: (id: string) => ["loops", "debrief", id] as const,
  /** Under "stories", so whatever invalidates the story bank refreshes the picker too. */
  stories: ["stories", "loop-picker"] as const,
};

export const useLoops = () => useQuery({ queryKey: loopKeys.list, queryFn: loopApi.list });

/** Always read fresh on opening: another tab may have moved the loop on. */
export const useLoop = (id: string) =>
  useQuery({ queryKey: loopKeys.detail(id), queryFn: () => loopApi.get(id), retry: false, staleTime: 0 });

/** A finished loop's debrief never changes, so it is fetched once. */
export const useLoopDebrief = (id: string, enabled = true) =>
  useQuery({
    queryKey: loopKeys.debrief(id),
    queryFn: () => loopApi.debrief(id),
    enabled,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useLoopStories = () => useQuery({ queryKey: loopKeys.stories, queryFn: loopApi.stories });

/**
 * Puts a fresh view in the cache. Step answers carry no story plan (only create and GET do),
 * so the plan already cached is kept.
 */
function useStoreView() {
  const client = useQueryClient();
  return (view: LoopView) => {
    const previous = client.getQueryData<LoopView>(loopKeys.detail(view.id));
    const { warnings: _warnings, coach: _coach, ...rest } = view as LoopAnswerResult;
    client.setQueryData<LoopView>(loopKeys.detail(view.id), {
      ...rest,
      storyPlan: rest.storyPlan ?? previous?.storyPlan,
    });
    void client.invalidateQueries({ queryKey: loopKeys.list });
  };
}

export function useCreateLoop() {
  const store = useStoreView();
  return useMutation({ mutationFn: (input: NewLoop) => loopApi.create(input), onSuccess: store });
}

/**
 * Every step of a running loop. When the server refuses one (409: the loop moved on in another
 * tab, say), the loop is fetched again so the page shows where it really is.
 */
export function useLoopStep(id: string) {
  const store = useStoreView();
  const client = useQueryClient();
  const onError = (error: Error) => {
    if (error instanceof ApiError && error.status === 409) {
      void client.invalidateQueries({ queryKey: loopKeys.detail(id) });
    }
  };
  const act = useMutation({ mutationFn: (action: LoopAction) => loopApi.act(id, action), onSuccess: store, onError });
  const answer = useMutation({
    mutationFn: (input: { answer: string; storyId?: string }) => loopApi.answer(id, input),
    onSuccess: store,
    onError,
  });
  const followUp = useMutation({
    mutationFn: (reply: string) => loopApi.followUp(id, reply),
    onSuccess: store,
    onError,
  });
  return { act, answer, followUp };
}
