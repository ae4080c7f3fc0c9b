/**
 * The plan's part of the API client, with its React Query hooks: the preparation plan for the
 * user's local day, ticking a task by hand, the spaced-review queue, and the .ics download
 * address. Types come only from src/core (`import type`), as in client.ts.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ReplanReason } from "../../core/plan/build-plan.js";
import type { Plan } from "../../core/plan/plan-schema.js";
import type { PlanTotals } from "../../core/plan/plan-totals.js";
import type { ReviewCard } from "../../core/plan/review-cards.js";
import type { SettingsPatch } from "../../core/settings/settings-schema.js";
import { api, request as send } from "./client.js";
import { queryKeys } from "./queries.js";

/** The settings a plan is made from; the server lists the ones still missing. */
export type PlanSetting = "interviewDate" | "hoursPerWeek" | "role" | "level";

/**
 * What GET /api/plan and PUT /api/plan/tasks/:id answer. The server declares it in
 * src/server/plan-service.ts (PlanView), outside what the web app may import, so it is restated
 * here; keep the two the same.
 */
export interface PlanView {
  plan: Plan | null;
  missingSettings: PlanSetting[];
  /** Present whenever `plan` is. */
  totals?: PlanTotals;
  /** Why this answer re-planned; empty when the plan was kept as it was. */
  replanned: ReplanReason[];
  /** Tasks this answer ticked off from practice recorded since the last look. */
  ticked: string[];
}

/** A card due for review, with what it is about and what to do with it. */
export type DueReviewCard = ReviewCard & { title: string; prompt: string };

/** GET /api/reviews, restated for the same reason as PlanView (the route has no schema file for it). */
export interface ReviewsResponse {
  total: number;
  due: DueReviewCard[];
  nextDue: (ReviewCard & { title: string }) | null;
}

export type { Plan, PlanTotals, ReplanReason, ReviewCard };
export type PlanTask = Plan["tasks"][number];
export type DroppedTask = Plan["dropped"][number];
export type WeekTotals = PlanTotals["weeks"][number];

/**
 * Today on the user's own clock, as YYYY-MM-DD. The server's day is UTC, which is a different
 * date for hours each evening west of Greenwich, so every plan call says which day it is.
 */
export function localDay(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The browser downloads the calendar itself; the server names the file. */
export function planCalendarUrl(today: string, sessionStart?: string): string {
  const params = new URLSearchParams({ today });
  if (sessionStart) params.set("sessionStart", sessionStart);
  return `/api/plan/ics?${params.toString()}`;
}

export const planApi = {
  plan: (today: string) => send<PlanView>("GET", `/api/plan?today=${encodeURIComponent(today)}`),
  setTaskDone: (taskId: string, done: boolean, today: string) =>
    send<PlanView>("PUT", `/api/plan/tasks/${encodeURIComponent(taskId)}?today=${encodeURIComponent(today)}`, {
      done,
    }),
  reviews: () => send<ReviewsResponse>("GET", "/api/reviews"),
  review: (cardId: string, vote: number) =>
    send<{ card: ReviewCard; due: number }>("POST", `/api/reviews/${encodeURIComponent(cardId)}`, { vote }),
};

export const planKeys = {
  all: ["plan"] as const,
  view: (today: string) => ["plan", "view", today] as const,
  reviews: ["plan", "reviews"] as const,
};

/**
 * Practice on other pages ticks tasks and grades review cards without telling this cache, so
 * the plan and the queue are fetched afresh on every visit.
 */
export const usePlan = (today: string) =>
  useQuery({ queryKey: planKeys.view(today), queryFn: () => planApi.plan(today), staleTime: 0 });

export const useReviews = () => useQuery({ queryKey: planKeys.reviews, queryFn: planApi.reviews, staleTime: 0 });

/** The tick shows at once; if the server refuses, it goes back and the error is shown. */
export function useSetTaskDone(today: string) {
  const client = useQueryClient();
  const key = planKeys.view(today);
  return useMutation({
    mutationFn: ({ taskId, done }: { taskId: string; done: boolean }) => planApi.setTaskDone(taskId, done, today),
    onMutate: async ({ taskId, done }) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<PlanView>(key);
      if (previous?.plan) {
        client.setQueryData<PlanView>(key, {
          ...previous,
          plan: {
            ...previous.plan,
            tasks: previous.plan.tasks.map((task) => (task.id === taskId ? { ...task, done } : task)),
          },
        });
      }
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) client.setQueryData(key, context.previous);
    },
    onSuccess: (view) => client.setQueryData(key, view),
  });
}

/**
 * The plan's inputs live in the settings: saving them refetches the plan, which answers with
 * the re-planned weeks and why.
 */
export function useSavePlanSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: SettingsPatch) => api.updateSettings(patch),
    onSuccess: (settings) => {
      client.setQueryData(queryKeys.settings, settings);
      return client.invalidateQueries({ queryKey: planKeys.all });
    },
  });
}

/** A review from the queue: the card is rescheduled and leaves today's queue. */
export function useRecordReview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ cardId, vote }: { cardId: string; vote: number }) => planApi.review(cardId, vote),
    onSuccess: () => client.invalidateQueries({ queryKey: planKeys.reviews }),
  });
}
