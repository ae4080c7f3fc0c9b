/**
 * /practice: choose a drill (by filter, weakest principle, due for review, a named question, or
 * random), or, with ?question=ID, run the drill for that question. Links from the question bank
 * land here with the id; the drill picker adds the reason it chose the question.
 */
import { Alert, Anchor, Button, Group, Paper, Radio, Select, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useLocation, useNavigate, useSearchParams } from "react-router";
import type { Difficulty, Level, PrincipleId, QuestionType, Role } from "../../../core/content/pack-schema.js";
import { drillTiming } from "../../../core/practice/drill-timer.js";
import { ApiError } from "../../api/client.js";
import { type DrillQuery, practiceApi } from "../../api/practice.js";
import { usePrinciples, useQuestion, useQuestions, useSettings } from "../../api/queries.js";
import { Icon } from "../../components/icons.js";
import { ErrorBlock, isNotFound, LoadingBlock } from "../../components/query-state.js";
import {
  DIFFICULTIES,
  DIFFICULTY_LABELS,
  LEVELS,
  QUESTION_TYPE_LABELS,
  QUESTION_TYPES,
  ROLE_LABELS,
  ROLES,
} from "../../lib/labels.js";
import { usePageTitle } from "../../lib/use-page-title.js";
import { RecentAttempts } from "./attempt-list.js";
import { DrillSession, openingDraftKey, parseSessionDraft, sessionDraftKey } from "./drill-session.js";

type DrillKind = NonNullable<DrillQuery["kind"]>;

const KINDS: { value: DrillKind; label: string; description: string }[] = [
  {
    value: "weakest-principle",
    label: "Your weakest principle",
    description: "The principle with the lowest recent votes, or one you have not practised yet.",
  },
  { value: "filter", label: "By filter", description: "Choose the principle, type, role, level and difficulty." },
  {
    value: "review-due",
    label: "Due for review",
    description: "A question you answered weakly, brought back when it is due.",
  },
  { value: "question", label: "A specific question", description: "Any question from the bank, by its text." },
  { value: "random", label: "Random", description: "Any question that fits your role: a surprise round." },
];

interface Filters {
  principle?: PrincipleId;
  type?: QuestionType;
  role?: Role;
  level?: Level;
  difficulty?: Difficulty;
}

function noDrillMessage(kind: DrillKind): string {
  if (kind === "review-due")
    return "Nothing is due for review yet. Questions you answer at Not Inclined or below come back here when they are due.";
  if (kind === "filter") return "No question matches these filters. Clear one or two and try again.";
  return "No question fits that drill.";
}

function DrillChooser() {
  usePageTitle("Practice");
  const navigate = useNavigate();
  const settings = useSettings();
  const principles = usePrinciples();
  const [kind, setKind] = useState<DrillKind>("weakest-principle");
  const [filters, setFilters] = useState<Filters>({});
  const [questionId, setQuestionId] = useState<string | null>(null);
  const bank = useQuestions({ limit: 500 });
  const role = settings.data?.role;
  const level = settings.data?.level;

  const pick = useMutation({
    mutationFn: async (query: DrillQuery) => {
      try {
        return await practiceApi.next(query);
      } catch (error) {
        // A niche role and level may leave nothing to pick: widen to any question before giving up.
        if (error instanceof ApiError && error.status === 404 && (query.role || query.level) && query.kind !== "filter")
          return practiceApi.next({ ...query, role: undefined, level: undefined });
        throw error;
      }
    },
    onSuccess: (drill) =>
      navigate(`/practice?question=${encodeURIComponent(drill.question.id)}`, { state: { reason: drill.reason } }),
  });

  const start = () => {
    if (kind === "question") {
      if (questionId) navigate(`/practice?question=${encodeURIComponent(questionId)}`);
      return;
    }
    const seed = Math.floor(Math.random() * 2_147_483_647);
    const query: DrillQuery =
      kind === "filter"
        ? { kind, ...filters, seed }
        : { kind, ...(role ? { role } : {}), ...(level ? { level } : {}), seed };
    pick.mutate(query);
  };

  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K] | null) =>
    setFilters((current) => ({ ...current, [key]: value ?? undefined }));

  const pickError = pick.error;
  return (
    <Stack gap="xl">
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="choose-heading">
        <Title order={2} id="choose-heading" mb={4}>
          Choose a drill
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          Each drill is one question on the clock, the coach’s verdict, then three or four follow-ups.
          {role || level
            ? ` Drills are matched to your ${[role ? ROLE_LABELS[role] : "", level ?? ""].filter(Boolean).join(", ")} settings.`
            : ""}
        </Text>
        <Radio.Group value={kind} onChange={(value) => setKind(value as DrillKind)} label="Kind of drill" mb="lg">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" mt="xs">
            {KINDS.map((option) => (
              <Paper key={option.value} withBorder p="sm" radius="md">
                <Radio value={option.value} label={option.label} description={option.description} />
              </Paper>
            ))}
          </SimpleGrid>
        </Radio.Group>

        {kind === "filter" ? (
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" mb="lg" data-testid="drill-filters">
            <Select
              label="Principle"
              placeholder="Any principle"
              data={(principles.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
              value={filters.principle ?? null}
              onChange={(value) => setFilter("principle", value as PrincipleId | null)}
              searchable
              clearable
            />
            <Select
              label="Type"
              placeholder="Any type"
              data={QUESTION_TYPES.map((type) => ({ value: type, label: QUESTION_TYPE_LABELS[type] }))}
              value={filters.type ?? null}
              onChange={(value) => setFilter("type", value as QuestionType | null)}
              clearable
            />
            <Select
              label="Role"
              placeholder="Any role"
              data={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
              value={filters.role ?? null}
              onChange={(value) => setFilter("role", value as Role | null)}
              clearable
            />
            <Select
              label="Level"
              placeholder="Any level"
              data={LEVELS.map((l) => ({ value: l, label: l }))}
              value={filters.level ?? null}
              onChange={(value) => setFilter("level", value as Level | null)}
              clearable
            />
            <Select
              label="Difficulty"
              placeholder="Any difficulty"
              data={DIFFICULTIES.map((d) => ({ value: d, label: DIFFICULTY_LABELS[d] }))}
              value={filters.difficulty ?? null}
              onChange={(value) => setFilter("difficulty", value as Difficulty | null)}
              clearable
            />
          </SimpleGrid>
        ) : null}

        {kind === "question" ? (
          <Select
            label="Question"
            placeholder={bank.isPending ? "Loading the question bank…" : "Type to search the bank"}
            data={(bank.data?.items ?? []).map((q) => ({ value: q.id, label: q.text }))}
            value={questionId}
            onChange={setQuestionId}
            searchable
            clearable
            limit={50}
            mb="lg"
            nothingFoundMessage="No question with those words"
            maxDropdownHeight={320}
            comboboxProps={{ width: "target" }}
          />
        ) : null}

        {pickError ? (
          <Alert
            color={pickError instanceof ApiError && pickError.status === 404 ? "yellow" : "red"}
            variant="light"
            icon={<Icon name="info" />}
            mb="md"
            role="alert"
            styles={{ message: { color: "var(--mantine-color-text)" } }}
          >
            {pickError instanceof ApiError && pickError.status === 404 ? noDrillMessage(kind) : pickError.message}
          </Alert>
        ) : null}

        <Group gap="sm">
          <Button
            onClick={start}
            loading={pick.isPending}
            disabled={kind === "question" && !questionId}
            leftSection={<Icon name="practice" size={18} />}
            data-testid="start-chosen-drill"
          >
            Start this drill
          </Button>
          <Anchor component={Link} to="/questions" size="sm">
            Browse the question bank
          </Anchor>
        </Group>
      </Paper>

      <RecentAttempts />
    </Stack>
  );
}

function DrillLoader({ questionId }: { questionId: string }) {
  const location = useLocation();
  const client = useQueryClient();
  const question = useQuestion(questionId);
  const principles = usePrinciples();
  const [run, setRun] = useState(0);
  const openingKey = openingDraftKey(questionId);
  const sessionKey = sessionDraftKey(questionId);
  // Drafts are read fresh every time the drill opens: they are what was typed last.
  const drafts = useQuery({
    queryKey: ["drafts", "practice", questionId, run],
    queryFn: async () => {
      const [opening, session] = await Promise.all([
        openingKey ? practiceApi.draft(openingKey) : undefined,
        sessionKey ? practiceApi.draft(sessionKey) : undefined,
      ]);
      return { opening: opening?.text, session: parseSessionDraft(session?.text) };
    },
    gcTime: 0,
    staleTime: 0,
    refetchOnMount: "always",
  });
  const reason = (location.state as { reason?: unknown } | null)?.reason;
  usePageTitle(question.data ? `Practice: ${question.data.text.slice(0, 50)}…` : "Practice");

  if (question.isPending || principles.isPending || drafts.isPending)
    return <LoadingBlock label="Loading the drill…" />;
  if (question.isError) {
    if (isNotFound(question.error)) {
      return (
        <Stack gap="sm" align="flex-start">
          <Text>
            There is no question with the id <code>{questionId}</code>.
          </Text>
          <Group gap="md">
            <Anchor component={Link} to="/practice">
              Choose another drill
            </Anchor>
            <Anchor component={Link} to="/questions">
              Pick one from the question bank
            </Anchor>
          </Group>
        </Stack>
      );
    }
    return <ErrorBlock error={question.error} onRetry={() => void question.refetch()} />;
  }
  if (principles.isError) return <ErrorBlock error={principles.error} onRetry={() => void principles.refetch()} />;
  if (drafts.isError)
    return (
      <ErrorBlock error={drafts.error} onRetry={() => void drafts.refetch()} title="Could not load your saved draft" />
    );

  // The session has deleted its drafts; start a fresh one that reads them again (now empty).
  const restart = () => {
    client.removeQueries({ queryKey: ["drafts", "practice", questionId] });
    setRun((n) => n + 1);
  };

  const opening = drafts.data.opening?.trim() ? drafts.data.opening : undefined;
  return (
    <DrillSession
      key={run}
      question={question.data}
      principles={principles.data}
      timing={drillTiming(question.data)}
      reason={typeof reason === "string" ? reason : undefined}
      openingDraft={opening}
      sessionDraft={drafts.data.session}
      onRestart={restart}
    />
  );
}

export function DrillPage() {
  const [params] = useSearchParams();
  const questionId = params.get("question");
  if (!questionId) return <DrillChooser />;
  return <DrillLoader key={questionId} questionId={questionId} />;
}
