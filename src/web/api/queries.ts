/**
 * React Query hooks over the API client: one place for cache keys, so a mutation can say
 * exactly what it made stale.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { NewUserQuestion } from "../../core/questions/user-question.js";
import type { SettingsPatch } from "../../core/settings/settings-schema.js";
import type { ChecklistResponse } from "../../server/routes/checklist/schema.js";
import { api, type QuestionFilters } from "./client.js";

export const queryKeys = {
  health: ["health"] as const,
  settings: ["settings"] as const,
  principles: ["principles"] as const,
  principle: (id: string) => ["principles", id] as const,
  process: ["process"] as const,
  preparation: ["preparation"] as const,
  questions: ["questions"] as const,
  questionList: (filters: QuestionFilters) => ["questions", "list", filters] as const,
  question: (id: string) => ["questions", "detail", id] as const,
  checklist: ["checklist"] as const,
};

/** Content-pack data never changes while the server runs. */
const CONTENT = { staleTime: Number.POSITIVE_INFINITY } as const;

export const useHealth = () => useQuery({ queryKey: queryKeys.health, queryFn: api.health, ...CONTENT });
export const useSettings = () => useQuery({ queryKey: queryKeys.settings, queryFn: api.settings });
export const usePrinciples = () => useQuery({ queryKey: queryKeys.principles, queryFn: api.principles, ...CONTENT });
export const usePrinciple = (id: string) =>
  useQuery({ queryKey: queryKeys.principle(id), queryFn: () => api.principle(id), ...CONTENT });
export const useProcess = () => useQuery({ queryKey: queryKeys.process, queryFn: api.process, ...CONTENT });
export const usePreparation = () => useQuery({ queryKey: queryKeys.preparation, queryFn: api.preparation, ...CONTENT });
export const useChecklist = () => useQuery({ queryKey: queryKeys.checklist, queryFn: api.checklist });

export const useQuestions = (filters: QuestionFilters) =>
  useQuery({
    queryKey: queryKeys.questionList(filters),
    queryFn: () => api.questions(filters),
    placeholderData: keepPreviousData,
  });

export const useQuestion = (id: string | undefined) =>
  useQuery({
    queryKey: queryKeys.question(id ?? ""),
    queryFn: () => api.question(id ?? ""),
    enabled: Boolean(id),
    retry: false,
  });

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: SettingsPatch) => api.updateSettings(patch),
    onSuccess: (settings) => client.setQueryData(queryKeys.settings, settings),
  });
}

export function useAddQuestion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewUserQuestion) => api.addQuestion(input),
    onSuccess: (question) => {
      client.setQueryData(queryKeys.question(question.id), question);
      return client.invalidateQueries({ queryKey: queryKeys.questions });
    },
  });
}

export function useDeleteQuestion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.deleteQuestion(id),
    onSuccess: (_result, id) => {
      client.removeQueries({ queryKey: queryKeys.question(id) });
      return client.invalidateQueries({ queryKey: queryKeys.questions });
    },
  });
}

/** Ticks show at once; if the server refuses, the tick goes back and the error is shown. */
export function useSetChecklistItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, done }: { itemId: string; done: boolean }) => api.setChecklistItem(itemId, done),
    onMutate: async ({ itemId, done }) => {
      await client.cancelQueries({ queryKey: queryKeys.checklist });
      const previous = client.getQueryData<ChecklistResponse>(queryKeys.checklist);
      if (previous) {
        client.setQueryData<ChecklistResponse>(queryKeys.checklist, {
          items: previous.items.map((item) => (item.id === itemId ? { ...item, done } : item)),
        });
      }
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) client.setQueryData(queryKeys.checklist, context.previous);
    },
    onSuccess: (checklist) => client.setQueryData(queryKeys.checklist, checklist),
  });
}

export function useRestoreBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (document: unknown) => api.restoreBackup(document),
    // Everything the user owns may have changed.
    onSuccess: () => client.invalidateQueries(),
  });
}
