/**
 * The question bank: debounced search, filters and facet counts that all live in the address,
 * a paged list, and the form to add your own question.
 */
import {
  Accordion,
  Button,
  Group,
  NavLink,
  Pagination,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue, useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import type { QuestionListResponse } from "../../../server/routes/questions/schema.js";
import { usePrinciples, useQuestions } from "../../api/queries.js";
import { Icon } from "../../components/icons.js";
import { PageHeader } from "../../components/page-header.js";
import { ErrorBlock, LoadingBlock } from "../../components/query-state.js";
import {
  DIFFICULTIES,
  DIFFICULTY_LABELS,
  LEVELS,
  QUESTION_TYPE_LABELS,
  QUESTION_TYPES,
  ROLE_LABELS,
  ROLES,
} from "../../lib/labels.js";
import { usePrincipleNames } from "../../lib/use-principle-names.js";
import { AddQuestionModal } from "./add-question-modal.js";
import { QuestionCard } from "./question-card.js";
import { type FilterKey, PAGE_SIZE, readFilters, withFilter } from "./question-filters.js";
import classes from "./questions.module.css";

const SEARCH_DEBOUNCE_MS = 300;

function SearchBox({ value, onSearch }: { value: string; onSearch: (text: string) => void }) {
  const [text, setText] = useState(value);
  const [debounced] = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);

  // Typing settles into the address after a pause…
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a settled change of text should search
  useEffect(() => {
    if (debounced.trim() !== value) onSearch(debounced.trim());
  }, [debounced]);
  // …and an address change from elsewhere (Back, "clear filters") shows in the box.
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the address only
  useEffect(() => {
    if (value !== text.trim()) setText(value);
  }, [value]);

  return (
    <TextInput
      type="search"
      label="Search"
      placeholder="e.g. disagreed with my manager"
      leftSection={<Icon name="search" size={16} />}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === "Enter") onSearch(text.trim());
      }}
      size="md"
    />
  );
}

interface FacetProps {
  counts: QuestionListResponse["counts"] | undefined;
  selectedType: string | undefined;
  selectedPrinciple: string | undefined;
  onSelect: (key: "type" | "principle", value: string | undefined) => void;
}

function FacetLists({ counts, selectedType, selectedPrinciple, onSelect }: FacetProps) {
  const principles = usePrinciples().data ?? [];
  const facet = (key: "type" | "principle", value: string, label: string, count: number, selected: boolean) => (
    <NavLink
      key={value}
      component="button"
      type="button"
      label={label}
      active={selected}
      disabled={count === 0 && !selected}
      onClick={() => onSelect(key, selected ? undefined : value)}
      aria-pressed={selected}
      rightSection={
        <Text size="xs" c="dimmed" className={classes.facetCount}>
          {count}
        </Text>
      }
      py={4}
      styles={{ label: { fontSize: "var(--mantine-font-size-sm)" } }}
    />
  );
  return (
    <Stack gap="lg">
      <div>
        <Title order={2} size="h4" mb={6} id="facet-type">
          By type
        </Title>
        <nav aria-labelledby="facet-type">
          {QUESTION_TYPES.map((type) =>
            facet("type", type, QUESTION_TYPE_LABELS[type], counts?.byType[type] ?? 0, selectedType === type),
          )}
        </nav>
      </div>
      <div>
        <Title order={2} size="h4" mb={6} id="facet-principle">
          By principle
        </Title>
        <nav aria-labelledby="facet-principle">
          {principles.map((principle) =>
            facet(
              "principle",
              principle.id,
              principle.name,
              counts?.byPrinciple[principle.id] ?? 0,
              selectedPrinciple === principle.id,
            ),
          )}
        </nav>
      </div>
    </Stack>
  );
}

export function QuestionsPage() {
  const [params, setParams] = useSearchParams();
  const { filters, page, active } = readFilters(params);
  const questions = useQuestions(filters);
  const principles = usePrinciples();
  const nameOf = usePrincipleNames();
  const [adding, addModal] = useDisclosure(false);
  const narrow = useMediaQuery("(max-width: 62em)");

  const setFilter = (key: FilterKey, value: string | undefined) =>
    setParams(withFilter(params, key, value), { replace: key === "search" });
  const counts = questions.data?.counts;
  const total = questions.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const first = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
  const last = Math.min(page * PAGE_SIZE, total);

  const principleOptions = (principles.data ?? []).map((p) => ({
    value: p.id,
    label: counts ? `${p.name} (${counts.byPrinciple[p.id] ?? 0})` : p.name,
  }));
  const typeOptions = QUESTION_TYPES.map((type) => ({
    value: type,
    label: counts ? `${QUESTION_TYPE_LABELS[type]} (${counts.byType[type] ?? 0})` : QUESTION_TYPE_LABELS[type],
  }));

  const facets = (
    <FacetLists
      counts={counts}
      selectedType={filters.type}
      selectedPrinciple={filters.principle}
      onSelect={(key, value) => setFilter(key, value)}
    />
  );

  return (
    <>
      <PageHeader
        title="Question bank"
        description="Search the bank, narrow it by principle, role and level, and open a question to practise it. Its rubric stays hidden until you ask for it."
        actions={
          <Button leftSection={<Icon name="plus" size={18} />} onClick={addModal.open}>
            Add your own question
          </Button>
        }
      />
      <AddQuestionModal opened={adding} onClose={addModal.close} />

      <Paper withBorder p="md" radius="md" mb="lg" role="search" aria-label="Search and filter questions">
        <Stack gap="md">
          <SearchBox value={filters.search ?? ""} onSearch={(text) => setFilter("search", text || undefined)} />
          <SimpleGrid cols={{ base: 2, md: 3, lg: 5 }} spacing="sm">
            <Select
              label="Principle"
              placeholder="Any principle"
              data={principleOptions}
              value={filters.principle ?? null}
              onChange={(value) => setFilter("principle", value ?? undefined)}
              clearable
              searchable
              nothingFoundMessage="No principle matches"
              comboboxProps={{ width: 320, position: "bottom-start" }}
            />
            <Select
              label="Type"
              placeholder="Any type"
              data={typeOptions}
              value={filters.type ?? null}
              onChange={(value) => setFilter("type", value ?? undefined)}
              clearable
            />
            <Select
              label="Role"
              placeholder="Any role"
              data={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
              value={filters.role ?? null}
              onChange={(value) => setFilter("role", value ?? undefined)}
              clearable
              comboboxProps={{ width: 300, position: "bottom-start" }}
            />
            <Select
              label="Level"
              placeholder="Any level"
              data={LEVELS.map((level) => ({ value: level, label: level }))}
              value={filters.level ?? null}
              onChange={(value) => setFilter("level", value ?? undefined)}
              clearable
            />
            <Select
              label="Difficulty"
              placeholder="Any difficulty"
              data={DIFFICULTIES.map((difficulty) => ({ value: difficulty, label: DIFFICULTY_LABELS[difficulty] }))}
              value={filters.difficulty ?? null}
              onChange={(value) => setFilter("difficulty", value ?? undefined)}
              clearable
            />
          </SimpleGrid>
          <Group justify="space-between" gap="sm">
            <Switch
              label="Only my questions"
              checked={filters.custom === true}
              onChange={(event) => setFilter("custom", event.currentTarget.checked ? "true" : undefined)}
            />
            {active > 0 ? (
              <Button variant="subtle" size="compact-sm" onClick={() => setParams(new URLSearchParams())}>
                Clear {active === 1 ? "filter" : `all ${active} filters`}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Paper>

      <div className={classes.layout}>
        <section aria-labelledby="results-heading" className={classes.results} data-stale={questions.isPlaceholderData}>
          <Group justify="space-between" mb="sm" gap="xs">
            <Title order={2} size="h3" id="results-heading">
              {filters.principle ? `Questions on ${nameOf(filters.principle)}` : "Questions"}
            </Title>
            <Text size="sm" c="dimmed" aria-live="polite" data-testid="results-summary">
              {questions.data ? (total === 0 ? "No matches" : `${first}–${last} of ${total}`) : ""}
            </Text>
          </Group>

          {narrow ? (
            <Accordion variant="contained" mb="md" radius="md">
              <Accordion.Item value="counts">
                <Accordion.Control>Counts by type and principle</Accordion.Control>
                <Accordion.Panel>{facets}</Accordion.Panel>
              </Accordion.Item>
            </Accordion>
          ) : null}

          {questions.isPending ? (
            <LoadingBlock label="Loading questions…" />
          ) : questions.isError ? (
            <ErrorBlock
              error={questions.error}
              onRetry={() => void questions.refetch()}
              title="Could not load questions"
            />
          ) : questions.data.items.length === 0 ? (
            <Paper withBorder p="xl" radius="md" ta="center">
              <Text fw={600} mb={4}>
                No questions match {filters.search ? `“${filters.search}”` : "these filters"}.
              </Text>
              <Text size="sm" c="dimmed" mb="md">
                Try fewer words or fewer filters.
              </Text>
              {active > 0 ? (
                <Button variant="default" onClick={() => setParams(new URLSearchParams())}>
                  Clear filters
                </Button>
              ) : null}
            </Paper>
          ) : (
            <Stack gap="sm" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
              {questions.data.items.map((question) => (
                <li key={question.id}>
                  <QuestionCard question={question} from={params.toString()} />
                </li>
              ))}
            </Stack>
          )}

          {pages > 1 ? (
            <Group justify="center" mt="xl">
              <Pagination
                total={pages}
                value={Math.min(page, pages)}
                onChange={(next) => {
                  const updated = new URLSearchParams(params);
                  if (next === 1) updated.delete("page");
                  else updated.set("page", String(next));
                  setParams(updated);
                  window.scrollTo({ top: 0 });
                }}
                siblings={narrow ? 0 : 1}
                getItemProps={(n) => ({ "aria-label": `Page ${n}` })}
                getControlProps={(control) => ({ "aria-label": `${control} page` })}
              />
            </Group>
          ) : null}
        </section>

        {narrow ? null : (
          <aside className={classes.facets} aria-label="Counts by type and principle">
            <Paper withBorder p="md" radius="md">
              {facets}
            </Paper>
          </aside>
        )}
      </div>
    </>
  );
}
