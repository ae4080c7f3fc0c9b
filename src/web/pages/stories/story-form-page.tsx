/**
 * Writing and editing a story: STAR, metrics, principles with their strength, tags, role and
 * level, the judgement calls, dissent, lessons and deep-dive notes. The time to tell is
 * estimated live as you type; the coach's check of the saved version sits beside the form.
 */
import {
  ActionIcon,
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Progress,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type ReactNode, useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { ApiError, type ApiProblem } from "../../api/client.js";
import { usePrinciples } from "../../api/queries.js";
import { type StoryWithCheck, useCreateStory, useStory, useUpdateStory } from "../../api/stories.js";
import { Icon } from "../../components/icons.js";
import { PageHeader } from "../../components/page-header.js";
import { QueryState } from "../../components/query-state.js";
import { isPrincipleId, LEVELS, ROLE_LABELS, ROLES } from "../../lib/labels.js";
import { usePrincipleNames } from "../../lib/use-principle-names.js";
import classes from "./stories.module.css";
import { CoachCheck, QualityBadge } from "./story-bits.js";
import {
  emptyStoryForm,
  hasChanges,
  metricRow,
  placeProblems,
  principleRow,
  type RowOrigins,
  type StoryFormValues,
  storyToForm,
  toCreateInput,
  toUpdate,
} from "./story-form.js";
import { formatDuration, plural, STRENGTH_LABELS, STRENGTHS } from "./story-labels.js";
import { countWords, MAX_SPOKEN_SECONDS, tellingTime } from "./story-telling-time.js";

/** DOMAIN.md: an answer runs 2-3 minutes spoken, roughly 300-450 words. */
const WORDS_MIN = 300;
const WORDS_MAX = 450;

function Crumbs({ current }: { current: string }) {
  return (
    <Breadcrumbs separator="›" separatorMargin={6} aria-label="Breadcrumb">
      <Anchor component={Link} to="/stories" size="sm">
        Stories
      </Anchor>
      <Text size="sm" c="dimmed" aria-current="page">
        {current}
      </Text>
    </Breadcrumbs>
  );
}

/** The live estimate, and how the words split over the STAR parts (a long Action is the point). */
function TellingTimePanel({ values }: { values: StoryFormValues }) {
  const seconds = values.spokenSeconds === "" ? undefined : Number(values.spokenSeconds);
  const estimate = tellingTime({
    situation: values.situation,
    task: values.task,
    action: values.action,
    result: values.result,
  });
  const words = estimate.words;
  const verdict =
    words === 0
      ? { color: "gray", text: "Write the STAR parts to see how long the story takes to tell." }
      : words < WORDS_MIN
        ? { color: "yellow", text: `Short: a full answer is about ${WORDS_MIN}-${WORDS_MAX} words (2-3 minutes).` }
        : words > WORDS_MAX
          ? { color: "orange", text: "Long: cut the situation and task first; interviewers interrupt past 3 minutes." }
          : { color: "teal", text: "Within the 2-3 minutes an answer should take." };
  const parts = (["situation", "task", "action", "result"] as const).map((part) => ({
    part,
    words: countWords(values[part]),
  }));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="time-heading">
      <Title order={2} size="h4" id="time-heading" mb={4}>
        Time to tell
      </Title>
      <Text fz="xl" fw={700} data-testid="telling-estimate" aria-live="polite">
        ≈ {formatDuration(estimate.seconds)}
      </Text>
      <Text size="sm" c="dimmed" mb="xs">
        Estimated from {plural(words, "word")} of situation, task, action and result at 150 words a minute.
        {seconds !== undefined && Number.isFinite(seconds) ? ` You timed it at ${formatDuration(seconds)}.` : ""}
      </Text>
      <Progress
        value={Math.min(100, (words / WORDS_MAX) * 100)}
        color={verdict.color}
        size="sm"
        aria-label={`${words} of about ${WORDS_MAX} words`}
        mb={6}
      />
      <Text size="sm">{verdict.text}</Text>
      <dl className={classes.partWords}>
        {parts.map(({ part, words: n }) => (
          <div key={part}>
            <dt>{part.charAt(0).toUpperCase() + part.slice(1)}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
    </Paper>
  );
}

function SavedCheck({ story }: { story: StoryWithCheck | undefined }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="check-heading">
      <Group justify="space-between" gap="xs" mb="xs">
        <Title order={2} size="h4" id="check-heading">
          Coach’s check
        </Title>
        {story ? <QualityBadge check={story.check} /> : null}
      </Group>
      {story ? (
        <>
          <Text size="xs" c="dimmed" mb="sm">
            Of the saved version {story.version}; save to check your changes.
          </Text>
          <CoachCheck check={story.check} />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          When you save, the coach rates the story, lists what it is missing, and checks that the text shows the
          principles you map it to.
        </Text>
      )}
    </Paper>
  );
}

function FormProblems({
  error,
}: {
  error: { title: string; message: string; problems: ApiProblem[]; action?: ReactNode };
}) {
  return (
    <Alert color="red" variant="light" title={error.title} role="alert" icon={<Icon name="alert" />}>
      <Text size="sm">{error.message}</Text>
      {error.problems.length > 0 ? (
        <ul>
          {error.problems.map((problem) => (
            <li key={`${problem.path}:${problem.message}`}>
              <code>{problem.path}</code> {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
      {error.action}
    </Alert>
  );
}

interface StoryFormProps {
  initial: StoryFormValues;
  story?: StoryWithCheck;
  saving: boolean;
  onSave: (
    values: StoryFormValues,
    handlers: { fail: (error: Error, origins: RowOrigins) => void; done: (values: StoryFormValues) => void },
  ) => void;
  onReload?: () => void;
}

function StoryForm({ initial, story, saving, onSave, onReload }: StoryFormProps) {
  const form = useForm<StoryFormValues>({ initialValues: initial });
  const principles = usePrinciples();
  const nameOf = usePrincipleNames();
  const [formError, setFormError] = useState<{
    title: string;
    message: string;
    problems: ApiProblem[];
    action?: ReactNode;
  } | null>(null);
  const values = form.getValues();
  const chosen = new Set(values.principles.map((p) => p.id).filter(Boolean));
  const primaries = values.principles.filter((p) => p.id && p.strength === "primary").length;

  const fail = (error: Error, origins: RowOrigins) => {
    if (error instanceof ApiError && error.code === "conflict") {
      setFormError({
        title: "Saved elsewhere",
        message: `${error.message} Your edits are still in the form; copy what you need before loading the saved version.`,
        problems: [],
        action: onReload ? (
          <Button size="xs" variant="default" mt="sm" onClick={onReload}>
            Load the saved version
          </Button>
        ) : undefined,
      });
      return;
    }
    if (error instanceof ApiError && error.problems.length > 0) {
      const { byField, unplaced } = placeProblems(error.problems, origins);
      form.setErrors(byField);
      setFormError({
        title: "Not saved",
        message:
          unplaced.length > 0
            ? "Some of it could not be saved:"
            : `${plural(Object.keys(byField).length, "field needs", "fields need")} fixing: see the messages below each one.`,
        problems: unplaced,
      });
      return;
    }
    setFormError({ title: "Not saved", message: error.message, problems: [] });
  };

  const onSubmit = (submitted: StoryFormValues) => {
    setFormError(null);
    form.clearErrors();
    onSave(submitted, {
      fail,
      done: (next) => {
        form.setInitialValues(next);
        form.setValues(next);
      },
    });
  };

  const principleOptions = (principles.data ?? []).map((p) => ({ value: p.id, label: p.name }));

  return (
    <div className={classes.formLayout}>
      <form onSubmit={form.onSubmit(onSubmit)} noValidate aria-label={story ? "Edit story" : "New story"}>
        <Stack gap="lg">
          {formError ? <FormProblems error={formError} /> : null}
          <TextInput
            label="Title"
            description="A short name you will recognise, e.g. “Cut checkout latency before Prime Day”."
            withAsterisk
            maxLength={160}
            data-autofocus
            {...form.getInputProps("title")}
          />

          <Fieldset legend="STAR" className={classes.fieldset}>
            <Stack gap="md">
              <Textarea
                label="Situation"
                description="Two sentences of context: where, when, what was at stake."
                autosize
                minRows={2}
                maxRows={10}
                {...form.getInputProps("situation")}
              />
              <Textarea
                label="Task"
                description="What you owned, and how success was measured."
                autosize
                minRows={2}
                maxRows={10}
                {...form.getInputProps("task")}
              />
              <Textarea
                label="Action"
                description="The longest part: your own steps, in the first person, with why you chose each."
                autosize
                minRows={5}
                maxRows={20}
                {...form.getInputProps("action")}
              />
              <Textarea
                label="Result"
                description="What changed, with numbers and a baseline; credit the team for the outcome."
                autosize
                minRows={2}
                maxRows={10}
                {...form.getInputProps("result")}
              />
            </Stack>
          </Fieldset>

          <Fieldset legend="Metrics" className={classes.fieldset}>
            <Text size="sm" c="dimmed" mb="sm">
              The numbers you will quote: a label and its value, e.g. “p99 latency” and “800 ms → 120 ms”.
            </Text>
            <Stack gap="xs">
              {values.metrics.map((metric, index) => (
                <Group key={metric.key} gap="xs" align="flex-start" wrap="nowrap" className={classes.row}>
                  <TextInput
                    aria-label={`Metric ${index + 1} label`}
                    placeholder="Label"
                    className={classes.rowLabel}
                    maxLength={80}
                    {...form.getInputProps(`metrics.${index}.label`)}
                  />
                  <TextInput
                    aria-label={`Metric ${index + 1} value`}
                    placeholder="Value"
                    className={classes.rowGrow}
                    maxLength={200}
                    {...form.getInputProps(`metrics.${index}.value`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="lg"
                    onClick={() => form.removeListItem("metrics", index)}
                    aria-label={`Remove metric ${index + 1}`}
                  >
                    <Icon name="x" size={18} />
                  </ActionIcon>
                </Group>
              ))}
              <Button
                variant="subtle"
                size="compact-sm"
                w="fit-content"
                leftSection={<Icon name="plus" size={16} />}
                onClick={() => form.insertListItem("metrics", metricRow())}
                disabled={values.metrics.length >= 20}
              >
                Add a metric
              </Button>
            </Stack>
          </Fieldset>

          <Fieldset legend="Principles" className={classes.fieldset}>
            <Text size="sm" c="dimmed" mb="sm">
              Primary: the one or two principles this story is <em>the</em> answer for. Secondary: others it also shows.
              Past four, the angle blurs.
            </Text>
            {form.errors.principles ? (
              <Text size="sm" c="red" mb="xs" role="alert">
                {form.errors.principles}
              </Text>
            ) : null}
            <Stack gap="xs">
              {values.principles.map((row, index) => {
                const name = row.id ? nameOf(row.id) : `principle ${index + 1}`;
                return (
                  <Group key={row.key} gap="xs" align="flex-start" wrap="wrap" className={classes.row}>
                    <Select
                      aria-label={`Principle ${index + 1}`}
                      placeholder="Choose a principle"
                      data={principleOptions.filter((o) => o.value === row.id || !chosen.has(o.value))}
                      searchable
                      className={classes.rowGrow}
                      comboboxProps={{ width: 320, position: "bottom-start" }}
                      {...form.getInputProps(`principles.${index}.id`)}
                    />
                    <Group gap="xs" wrap="nowrap">
                      <SegmentedControl
                        aria-label={`Strength of ${name}`}
                        data={STRENGTHS.map((s) => ({ value: s, label: STRENGTH_LABELS[s] }))}
                        {...form.getInputProps(`principles.${index}.strength`)}
                      />
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        size="lg"
                        onClick={() => form.removeListItem("principles", index)}
                        aria-label={`Remove ${name}`}
                      >
                        <Icon name="x" size={18} />
                      </ActionIcon>
                    </Group>
                  </Group>
                );
              })}
              <Group gap="sm">
                <Button
                  variant="subtle"
                  size="compact-sm"
                  leftSection={<Icon name="plus" size={16} />}
                  onClick={() =>
                    form.insertListItem("principles", principleRow(null, primaries === 0 ? "primary" : "secondary"))
                  }
                  disabled={values.principles.length >= 16}
                >
                  Add a principle
                </Button>
                {primaries > 2 ? (
                  <Text size="sm" c="orange.8" role="status">
                    Primary for {primaries} principles: a loop hears a story once, so keep it primary for two at most.
                  </Text>
                ) : null}
              </Group>
            </Stack>
          </Fieldset>

          <Fieldset legend="Tags, role and level" className={classes.fieldset}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <TagsInput
                label="Tags"
                description="Press Enter after each."
                placeholder="e.g. launch"
                splitChars={[",", ";", "|"]}
                maxTags={20}
                clearable
                {...form.getInputProps("tags")}
              />
              <Select
                label="Role"
                description="The role it best fits."
                placeholder="Any role"
                data={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
                clearable
                {...form.getInputProps("role")}
              />
              <Select
                label="Level"
                description="The scope it shows."
                placeholder="Any level"
                data={LEVELS.map((level) => ({ value: level, label: level }))}
                clearable
                {...form.getInputProps("level")}
              />
            </SimpleGrid>
          </Fieldset>

          <Fieldset legend="For the follow-ups" className={classes.fieldset}>
            <Stack gap="md">
              <Textarea
                label="Judgement calls"
                description="One per line: the decision, the options you weighed, and what you gave up."
                autosize
                minRows={2}
                maxRows={8}
                {...form.getInputProps("judgementCalls")}
              />
              <Textarea
                label="Dissent"
                description="A disagreement you voiced or heard, how it was settled, and how you committed."
                autosize
                minRows={2}
                maxRows={8}
                {...form.getInputProps("dissent")}
              />
              <Textarea
                label="Lessons"
                description="What you learned, and what you would do differently."
                autosize
                minRows={2}
                maxRows={8}
                {...form.getInputProps("lessons")}
              />
              <Textarea
                label="Deep-dive notes"
                description="Facts for the third and fourth follow-up: the data, the alternatives, your exact part."
                autosize
                minRows={3}
                maxRows={14}
                {...form.getInputProps("deepDiveNotes")}
              />
              <NumberInput
                label="Measured time to tell (seconds)"
                description="Optional: time yourself telling it. Left empty, the estimate is used."
                min={10}
                max={MAX_SPOKEN_SECONDS}
                allowDecimal={false}
                maw="22rem"
                {...form.getInputProps("spokenSeconds")}
              />
            </Stack>
          </Fieldset>

          <Group gap="sm" className={classes.formActions}>
            <Button type="submit" loading={saving}>
              {story ? "Save changes" : "Save story"}
            </Button>
            <Button component={Link} to="/stories" variant="default">
              {story ? "Back to the bank" : "Cancel"}
            </Button>
            {story && form.isDirty() ? (
              <Text size="sm" c="dimmed" role="status">
                Unsaved changes
              </Text>
            ) : null}
          </Group>
        </Stack>
      </form>
      <aside className={classes.formAside} aria-label="Time to tell and the coach’s check">
        <Stack gap="md">
          <TellingTimePanel values={values} />
          <SavedCheck story={story} />
        </Stack>
      </aside>
    </div>
  );
}

export function StoryNewPage() {
  const [params] = useSearchParams();
  const principle = params.get("principle");
  const create = useCreateStory();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title="New story"
        eyebrow={<Crumbs current="New story" />}
        description="Write it in STAR form, map it to the principles it answers, and keep the facts for the follow-ups."
      />
      <StoryForm
        initial={emptyStoryForm(isPrincipleId(principle) ? principle : undefined)}
        saving={create.isPending}
        onSave={(values, { fail }) => {
          const { input, origins } = toCreateInput(values);
          create.mutate(input, {
            onSuccess: (story) => {
              notifications.show({
                color: "teal",
                title: "Story saved",
                message: `“${story.title}” is in your bank: the coach’s check is beside the form.`,
              });
              navigate(`/stories/${encodeURIComponent(story.id)}`, { replace: true });
            },
            onError: (error) => fail(error, origins),
          });
        }}
      />
    </>
  );
}

function StoryEditor({ story, onReload }: { story: StoryWithCheck; onReload: () => void }) {
  const update = useUpdateStory();
  return (
    <>
      <PageHeader
        title={story.title}
        documentTitle={`Edit: ${story.title}`}
        eyebrow={<Crumbs current="Edit story" />}
        description={
          story.archived ? (
            <Text c="dimmed">Archived: out of the matrix and the loop plan until you unarchive it in the bank.</Text>
          ) : undefined
        }
        actions={
          <Button
            component={Link}
            to={`/stories/${encodeURIComponent(story.id)}/history`}
            variant="default"
            leftSection={<Icon name="clock" size={18} />}
          >
            History (version {story.version})
          </Button>
        }
      />
      <StoryForm
        key={story.id}
        initial={storyToForm(story)}
        story={story}
        saving={update.isPending}
        onReload={onReload}
        onSave={(values, { fail, done }) => {
          const { update: patch, origins } = toUpdate(values, story);
          if (!hasChanges(patch)) {
            notifications.show({ color: "gray", title: "Nothing to save", message: "The story is as it was saved." });
            return;
          }
          update.mutate(
            { id: story.id, update: patch },
            {
              onSuccess: (saved) => {
                done(storyToForm(saved));
                notifications.show({
                  color: "teal",
                  title: `Saved as version ${saved.version}`,
                  message: "The History view shows what changed.",
                });
              },
              onError: (error) => fail(error, origins),
            },
          );
        }}
      />
    </>
  );
}

function MissingStory() {
  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>Story not found</Title>
      <Text>There is no story at this address. It may have been deleted.</Text>
      <Button component={Link} to="/stories" variant="default">
        Back to the story bank
      </Button>
    </Stack>
  );
}

export function StoryEditPage() {
  const { id } = useParams();
  const story = useStory(id);
  const [reloads, setReloads] = useState(0);
  return (
    <QueryState query={story} loadingLabel="Loading the story…" notFound={<MissingStory />}>
      {(data) => (
        <StoryEditor
          key={`${data.id}:${reloads}`}
          story={data}
          onReload={() =>
            void story.refetch().then(() => {
              setReloads((n) => n + 1);
            })
          }
        />
      )}
    </QueryState>
  );
}
