/**
 * The story bank's part of the API client, with its React Query hooks: the bank, one story and
 * its history, the principle matrix, the loop story plan, and CSV import (preview, then confirm).
 * Types come only from src/core and the route's schema file, through `import type`, so nothing
 * of zod reaches the browser from here.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { PrincipleId } from "../../core/content/pack-schema.js";
import type { LoopInterviewer, LoopStoryPlan } from "../../core/stories/loop-plan.js";
import type { CsvTarget } from "../../core/stories/story-csv-columns.js";
import type { StoryCsvImport } from "../../core/stories/story-csv-import.js";
import type { HistoryEntry } from "../../core/stories/story-diff.js";
import type { StoryBankReview } from "../../core/stories/story-matrix.js";
import type { Story, StoryInput, StoryUpdate } from "../../core/stories/story-schema.js";
import type { exportQuerySchema, storyListQuerySchema } from "../../server/routes/stories/schema.js";
import { request as send } from "./client.js";

/**
 * The coach's check the server adds to every story. The server declares it in
 * src/server/story-service.ts (StoryCheck), outside what the web app may import, so it is
 * restated here; keep the two the same.
 */
export interface StoryCheck {
  /** 0-1: the coach score of the story told as an answer. */
  quality: number;
  badge: "strong" | "solid" | "needs-work";
  vote: number;
  criteria: { id: string; status: "met" | "partial" | "missing"; advice: string }[];
  tips: string[];
  evidenced: { id: PrincipleId; name: string; score: number }[];
  mappedNotEvidenced: { id: PrincipleId; name: string; message: string }[];
}

export type StoryWithCheck = Story & { check: StoryCheck };
export type ArchivedFilter = z.output<typeof storyListQuerySchema>["archived"];
export type ExportFormat = z.output<typeof exportQuerySchema>["format"];
export type StoryMatrixResponse = StoryBankReview & { principles: { id: PrincipleId; name: string }[] };
export type LoopPlanResponse = LoopStoryPlan & { solveMs: number };
export type CsvPreview = StoryCsvImport;
export type { CsvTarget, HistoryEntry, LoopInterviewer, Story, StoryInput, StoryUpdate };

const storyPath = (id: string) => `/api/stories/${encodeURIComponent(id)}`;

/** The browser downloads exports itself; the server names the file. */
export function storyExportUrl(format: ExportFormat): string {
  return `/api/stories/export?format=${format}`;
}

export const storiesApi = {
  list: (archived: ArchivedFilter) =>
    send<{ stories: StoryWithCheck[] }>("GET", `/api/stories?archived=${encodeURIComponent(archived)}`),
  get: (id: string) => send<StoryWithCheck>("GET", storyPath(id)),
  create: (input: StoryInput) => send<StoryWithCheck>("POST", "/api/stories", input),
  update: (id: string, update: StoryUpdate) => send<StoryWithCheck>("PATCH", storyPath(id), update),
  archive: (id: string, archived: boolean) => send<StoryWithCheck>("POST", `${storyPath(id)}/archive`, { archived }),
  remove: (id: string) => send<void>("DELETE", storyPath(id)),
  history: (id: string) => send<{ entries: HistoryEntry[] }>("GET", `${storyPath(id)}/history`),
  restore: (id: string, version: number) => send<StoryWithCheck>("POST", `${storyPath(id)}/restore`, { version }),
  matrix: () => send<StoryMatrixResponse>("GET", "/api/stories/matrix"),
  plan: (interviewers: LoopInterviewer[]) => send<LoopPlanResponse>("POST", "/api/stories/plan", { interviewers }),
  previewCsv: (csv: string, mapping?: (CsvTarget | null)[]) =>
    send<CsvPreview>("POST", "/api/stories/import/preview", mapping ? { csv, mapping } : { csv }),
  importStories: (stories: StoryInput[]) =>
    send<{ created: number; ids: string[] }>("POST", "/api/stories/import", { stories }),
};

export const storyKeys = {
  all: ["stories"] as const,
  list: (archived: ArchivedFilter) => ["stories", "list", archived] as const,
  detail: (id: string) => ["stories", "detail", id] as const,
  history: (id: string) => ["stories", "history", id] as const,
  matrix: ["stories", "matrix"] as const,
};

export const useStories = (archived: ArchivedFilter = "exclude") =>
  useQuery({
    queryKey: storyKeys.list(archived),
    queryFn: () => storiesApi.list(archived),
    placeholderData: keepPreviousData,
  });

export const useStory = (id: string | undefined) =>
  useQuery({
    queryKey: storyKeys.detail(id ?? ""),
    queryFn: () => storiesApi.get(id ?? ""),
    enabled: Boolean(id),
    retry: false,
  });

export const useStoryHistory = (id: string) =>
  useQuery({ queryKey: storyKeys.history(id), queryFn: () => storiesApi.history(id), retry: false });

export const useStoryMatrix = () => useQuery({ queryKey: storyKeys.matrix, queryFn: storiesApi.matrix });

/**
 * Any change to one story can move the matrix, the bank's order and counts, and its history:
 * the saved story goes straight into its cache entry, everything else about stories refetches.
 */
function useStoryMutation<V>(mutationFn: (variables: V) => Promise<StoryWithCheck>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (story) => {
      client.setQueryData(storyKeys.detail(story.id), story);
      return client.invalidateQueries({
        queryKey: storyKeys.all,
        predicate: (query) => !(query.queryKey[1] === "detail" && query.queryKey[2] === story.id),
      });
    },
  });
}

export const useCreateStory = () => useStoryMutation((input: StoryInput) => storiesApi.create(input));
export const useUpdateStory = () =>
  useStoryMutation(({ id, update }: { id: string; update: StoryUpdate }) => storiesApi.update(id, update));
export const useArchiveStory = () =>
  useStoryMutation(({ id, archived }: { id: string; archived: boolean }) => storiesApi.archive(id, archived));
export const useRestoreStoryVersion = () =>
  useStoryMutation(({ id, version }: { id: string; version: number }) => storiesApi.restore(id, version));

export function useDeleteStory() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => storiesApi.remove(id),
    onSuccess: (_result, id) => {
      client.removeQueries({ queryKey: storyKeys.detail(id) });
      client.removeQueries({ queryKey: storyKeys.history(id) });
      return client.invalidateQueries({ queryKey: storyKeys.all });
    },
  });
}

/** Planning reads the bank but changes nothing, so it is a mutation only in React Query's sense. */
export const usePlanLoop = () =>
  useMutation({ mutationFn: (interviewers: LoopInterviewer[]) => storiesApi.plan(interviewers) });

export const usePreviewCsv = () =>
  useMutation({
    mutationFn: ({ csv, mapping }: { csv: string; mapping?: (CsvTarget | null)[] }) =>
      storiesApi.previewCsv(csv, mapping),
  });

export function useImportStories() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (stories: StoryInput[]) => storiesApi.importStories(stories),
    onSuccess: () => client.invalidateQueries({ queryKey: storyKeys.all }),
  });
}
