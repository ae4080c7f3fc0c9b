/**
 * "Add your own question". The server's schema (newUserQuestionSchema) is the only judge of
 * what is valid; its messages are shown next to the fields they are about.
 */
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useNavigate } from "react-router";
import type { Difficulty, Level, PrincipleId, QuestionType, Role } from "../../../core/content/pack-schema.js";
import type { NewUserQuestion } from "../../../core/questions/user-question.js";
import { ApiError, type ApiProblem } from "../../api/client.js";
import { useAddQuestion, usePrinciples } from "../../api/queries.js";
import {
  DIFFICULTIES,
  DIFFICULTY_LABELS,
  LEVELS,
  QUESTION_TYPE_LABELS,
  QUESTION_TYPES,
  ROLE_LABELS,
  ROLES,
} from "../../lib/labels.js";

interface FormValues {
  text: string;
  type: QuestionType;
  principles: PrincipleId[];
  roles: Role[];
  levels: Level[];
  difficulty: Difficulty;
  answerMinutes: number | string;
  tips: string;
  followUps: string;
  source: string;
}

const INITIAL_VALUES: FormValues = {
  text: "",
  type: "behavioural",
  principles: [],
  roles: [...ROLES],
  levels: [...LEVELS],
  difficulty: "medium",
  answerMinutes: "",
  tips: "",
  followUps: "",
  source: "",
};

const FIELDS = new Set<keyof FormValues>(Object.keys(INITIAL_VALUES) as (keyof FormValues)[]);
const LIST_FIELDS = new Set<keyof FormValues>(["tips", "followUps"]);

function lines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

function toRequest(values: FormValues): NewUserQuestion {
  return {
    text: values.text,
    type: values.type,
    principles: values.principles,
    roles: values.roles,
    levels: values.levels,
    difficulty: values.difficulty,
    ...(values.answerMinutes === "" ? {} : { answerMinutes: Number(values.answerMinutes) }),
    tips: lines(values.tips),
    followUps: lines(values.followUps),
    ...(values.source.trim() ? { source: values.source } : {}),
  };
}

/**
 * Turns the server's problems (`body.text`, `body.tips.2`) into messages per form field.
 * Whatever cannot be placed on a field is returned to be shown above the form.
 */
function placeProblems(problems: ApiProblem[]): {
  byField: Partial<Record<keyof FormValues, string>>;
  unplaced: ApiProblem[];
} {
  const byField: Partial<Record<keyof FormValues, string>> = {};
  const unplaced: ApiProblem[] = [];
  for (const problem of problems) {
    const [, name, index] = problem.path.split(".");
    const field = name as keyof FormValues;
    if (!name || !FIELDS.has(field)) {
      unplaced.push(problem);
      continue;
    }
    const message =
      LIST_FIELDS.has(field) && index !== undefined ? `Line ${Number(index) + 1}: ${problem.message}` : problem.message;
    byField[field] = byField[field] ? `${byField[field]}; ${message}` : message;
  }
  return { byField, unplaced };
}

export function AddQuestionModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const form = useForm<FormValues>({ initialValues: INITIAL_VALUES });
  const principles = usePrinciples();
  const addQuestion = useAddQuestion();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<{ message: string; problems: ApiProblem[] } | null>(null);

  const close = () => {
    setFormError(null);
    onClose();
  };

  const onSubmit = (values: FormValues) => {
    setFormError(null);
    form.clearErrors();
    addQuestion.mutate(toRequest(values), {
      onSuccess: (question) => {
        notifications.show({
          color: "teal",
          title: "Question added",
          message: "It is in the bank now, marked as yours.",
        });
        form.reset();
        close();
        navigate(`/questions/${question.id}`);
      },
      onError: (error) => {
        if (error instanceof ApiError && error.problems.length > 0) {
          const { byField, unplaced } = placeProblems(error.problems);
          form.setErrors(byField);
          if (unplaced.length > 0 || Object.keys(byField).length === 0) {
            setFormError({ message: "Some of it could not be saved:", problems: unplaced });
          }
          return;
        }
        setFormError({ message: error.message, problems: [] });
      },
    });
  };

  const principleOptions = (principles.data ?? []).map((p) => ({ value: p.id, label: p.name }));

  return (
    <Modal
      opened={opened}
      onClose={close}
      title="Add your own question"
      size="xl"
      closeButtonProps={{ "aria-label": "Close the form" }}
    >
      <form onSubmit={form.onSubmit(onSubmit)} noValidate aria-label="Add your own question">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            A question you were asked, or expect to be. It joins the bank and its search, marked as yours.
          </Text>
          {formError ? (
            <Alert color="red" variant="light" title="Not saved" role="alert">
              <Text size="sm">{formError.message}</Text>
              {formError.problems.length > 0 ? (
                <ul>
                  {formError.problems.map((problem) => (
                    <li key={`${problem.path}:${problem.message}`}>
                      <code>{problem.path}</code> {problem.message}
                    </li>
                  ))}
                </ul>
              ) : null}
            </Alert>
          ) : null}
          <Textarea
            label="Question"
            description="Write it the way the interviewer would ask it."
            withAsterisk
            autosize
            minRows={3}
            maxRows={8}
            data-autofocus
            {...form.getInputProps("text")}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label="Type"
              withAsterisk
              data={QUESTION_TYPES.map((type) => ({ value: type, label: QUESTION_TYPE_LABELS[type] }))}
              allowDeselect={false}
              {...form.getInputProps("type")}
            />
            <MultiSelect
              label="Principles it tests"
              description="Up to four; the first is the main one."
              withAsterisk
              data={principleOptions}
              maxValues={4}
              searchable
              hidePickedOptions
              {...form.getInputProps("principles")}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Checkbox.Group label="Roles" {...form.getInputProps("roles")}>
              <Stack gap={6} mt={6}>
                {ROLES.map((role) => (
                  <Checkbox key={role} value={role} label={ROLE_LABELS[role]} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Stack gap="md">
              <Checkbox.Group label="Levels" {...form.getInputProps("levels")}>
                <Group gap="lg" mt={6}>
                  {LEVELS.map((level) => (
                    <Checkbox key={level} value={level} label={level} />
                  ))}
                </Group>
              </Checkbox.Group>
              <div>
                <Text size="sm" fw="var(--mantine-font-weight-medium)" mb={4} id="difficulty-label">
                  Difficulty
                </Text>
                <SegmentedControl
                  aria-labelledby="difficulty-label"
                  data={DIFFICULTIES.map((difficulty) => ({ value: difficulty, label: DIFFICULTY_LABELS[difficulty] }))}
                  {...form.getInputProps("difficulty")}
                />
              </div>
            </Stack>
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NumberInput
              label="Suggested answer time (minutes)"
              description="Leave empty for the usual time for its type."
              min={1}
              max={60}
              allowDecimal={false}
              {...form.getInputProps("answerMinutes")}
            />
            <TextInput
              label="Where you met it"
              description="Optional, e.g. phone screen, March 2026."
              {...form.getInputProps("source")}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Textarea
              label="Tips"
              description="Optional; one per line."
              autosize
              minRows={2}
              maxRows={6}
              {...form.getInputProps("tips")}
            />
            <Textarea
              label="Follow-up questions"
              description="Optional; one per line."
              autosize
              minRows={2}
              maxRows={6}
              {...form.getInputProps("followUps")}
            />
          </SimpleGrid>
          <Group justify="flex-end" gap="sm" mt="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={addQuestion.isPending}>
              Add question
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
