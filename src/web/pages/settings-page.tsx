/**
 * Settings: the facts about your interview that later features plan around, the theme, and
 * backup (download everything / restore from a file, with every problem listed by JSON path).
 */
import {
  Alert,
  Button,
  Card,
  Code,
  FileInput,
  Group,
  List,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  useMantineColorScheme,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useEffect, useRef, useState } from "react";
import type { Level, Role } from "../../core/content/pack-schema.js";
import type { Settings, SettingsPatch } from "../../core/settings/settings-schema.js";
import type { ImportResult } from "../../server/routes/backup/schema.js";
import { ApiError, type ApiProblem, BACKUP_URL } from "../api/client.js";
import { useRestoreBackup, useSettings, useUpdateSettings } from "../api/queries.js";
import { Icon } from "../components/icons.js";
import { PageHeader } from "../components/page-header.js";
import { QueryState } from "../components/query-state.js";
import { LEVELS, ROLE_LABELS, ROLES } from "../lib/labels.js";

type Theme = NonNullable<Settings["theme"]>;

interface SettingsForm {
  role: Role | null;
  level: Level | null;
  interviewDate: string;
  hoursPerWeek: number | string;
  theme: Theme;
}

function toForm(settings: Settings): SettingsForm {
  return {
    role: settings.role ?? null,
    level: settings.level ?? null,
    interviewDate: settings.interviewDate ?? "",
    hoursPerWeek: settings.hoursPerWeek ?? "",
    theme: settings.theme ?? "auto",
  };
}

/** Only what changed is sent; an emptied field is sent as null, which clears it. */
function toPatch(values: SettingsForm, saved: Settings): SettingsPatch {
  const patch: SettingsPatch = {};
  if ((values.role ?? undefined) !== saved.role) patch.role = values.role;
  if ((values.level ?? undefined) !== saved.level) patch.level = values.level;
  if ((values.interviewDate || undefined) !== saved.interviewDate) patch.interviewDate = values.interviewDate || null;
  const hours = values.hoursPerWeek === "" ? undefined : Number(values.hoursPerWeek);
  if (hours !== saved.hoursPerWeek) patch.hoursPerWeek = hours ?? null;
  if (values.theme !== (saved.theme ?? "auto")) patch.theme = values.theme;
  return patch;
}

const FORM_FIELDS = new Set(["role", "level", "interviewDate", "hoursPerWeek", "theme"]);

function InterviewSettings({ saved }: { saved: Settings }) {
  const form = useForm<SettingsForm>({ initialValues: toForm(saved) });
  const update = useUpdateSettings();
  const { setColorScheme } = useMantineColorScheme();
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Settings can change elsewhere (the theme switch, a restore); show them unless mid-edit.
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the saved settings only
  useEffect(() => {
    if (form.isDirty()) return;
    form.setInitialValues(toForm(saved));
    form.setValues(toForm(saved));
  }, [saved]);

  const onSubmit = (values: SettingsForm) => {
    setError(null);
    setSavedAt(null);
    const patch = toPatch(values, saved);
    if (Object.keys(patch).length === 0) {
      setSavedAt(new Date());
      return;
    }
    update.mutate(patch, {
      onSuccess: (settings) => {
        form.setInitialValues(toForm(settings));
        form.setValues(toForm(settings));
        if (patch.theme) setColorScheme(patch.theme);
        setSavedAt(new Date());
        notifications.show({
          color: "teal",
          title: "Settings saved",
          message: "Your changes are stored on this machine.",
        });
      },
      onError: (failure) => {
        if (failure instanceof ApiError && failure.problems.length > 0) {
          const errors: Record<string, string> = {};
          const unplaced: ApiProblem[] = [];
          for (const problem of failure.problems) {
            const field = problem.path.split(".")[1] ?? "";
            if (FORM_FIELDS.has(field)) errors[field] = problem.message;
            else unplaced.push(problem);
          }
          form.setErrors(errors);
          if (unplaced.length > 0) setError(unplaced.map((p) => `${p.path} ${p.message}`).join("; "));
          return;
        }
        setError(failure.message);
      },
    });
  };

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="interview-settings">
      <Title order={2} id="interview-settings" mb={4}>
        Your interview
      </Title>
      <Text size="sm" c="dimmed" mb="lg">
        The dashboard counts down to your date; the plan and mock loop will use your role, level and hours when they
        arrive.
      </Text>
      <form onSubmit={form.onSubmit(onSubmit)} noValidate aria-label="Interview settings">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label="Role"
              placeholder="Not set"
              data={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
              clearable
              allowDeselect={false}
              {...form.getInputProps("role")}
            />
            <Select
              label="Level"
              placeholder="Not set"
              data={LEVELS.map((level) => ({ value: level, label: level }))}
              clearable
              allowDeselect={false}
              {...form.getInputProps("level")}
            />
            <TextInput
              type="date"
              label="Interview date"
              description="The first day of your onsite loop."
              {...form.getInputProps("interviewDate")}
            />
            <NumberInput
              label="Hours per week for preparation"
              description="Most candidates manage 10-15."
              min={1}
              max={60}
              allowDecimal={false}
              placeholder="Not set"
              {...form.getInputProps("hoursPerWeek")}
            />
          </SimpleGrid>
          <div>
            <Text size="sm" fw="var(--mantine-font-weight-medium)" id="theme-label" mb={4}>
              Theme
            </Text>
            <SegmentedControl
              aria-labelledby="theme-label"
              data={[
                { value: "auto", label: "Match system" },
                { value: "light", label: "Light" },
                { value: "dark", label: "Dark" },
              ]}
              {...form.getInputProps("theme")}
            />
          </div>
          {error ? (
            <Alert color="red" variant="light" title="Not saved" role="alert">
              {error}
            </Alert>
          ) : null}
          <Group gap="md">
            <Button type="submit" loading={update.isPending}>
              Save settings
            </Button>
            <Text size="sm" c="teal.7" role="status" fw={500}>
              {savedAt ? `Saved at ${savedAt.toLocaleTimeString()}` : ""}
            </Text>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

type RestoreOutcome =
  | { kind: "restored"; result: ImportResult }
  | { kind: "rejected"; message: string; problems: ApiProblem[]; totalProblems: number };

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function RestoreResult({ outcome }: { outcome: RestoreOutcome }) {
  if (outcome.kind === "restored") {
    const { imported, previousDataSavedTo } = outcome.result;
    return (
      <Alert
        color="teal"
        variant="light"
        title="Backup restored"
        icon={<Icon name="check" />}
        data-testid="restore-result"
        role="status"
      >
        <Text size="sm">
          Restored {plural(imported.settings, "setting", "settings")},{" "}
          {plural(imported.userQuestions, "question of your own", "questions of your own")} and{" "}
          {plural(imported.checklistTicks, "checklist tick", "checklist ticks")}.
        </Text>
        {previousDataSavedTo ? (
          <Text size="sm" mt="xs">
            The data it replaced was saved to <Code style={{ wordBreak: "break-all" }}>{previousDataSavedTo}</Code>
          </Text>
        ) : null}
      </Alert>
    );
  }
  const hidden = outcome.totalProblems - outcome.problems.length;
  return (
    <Alert
      color="red"
      variant="light"
      title="Nothing was changed"
      icon={<Icon name="alert" />}
      data-testid="restore-result"
      role="alert"
    >
      <Text size="sm" mb="xs">
        {outcome.problems.length > 0
          ? `The file has ${plural(outcome.totalProblems, "problem", "problems")}, so nothing was imported and your data is exactly as it was.`
          : `${outcome.message} Your data is exactly as it was.`}
      </Text>
      {outcome.problems.length > 0 ? (
        <List size="sm" spacing={4} data-testid="restore-problems">
          {outcome.problems.map((problem) => (
            <List.Item key={`${problem.path}:${problem.message}`}>
              <Code>{problem.path}</Code> {problem.message}
            </List.Item>
          ))}
          {hidden > 0 ? <List.Item>…and {plural(hidden, "more problem", "more problems")}.</List.Item> : null}
        </List>
      ) : null}
    </Alert>
  );
}

function Backup() {
  const [file, setFile] = useState<File | null>(null);
  const [confirming, confirm] = useDisclosure(false);
  const [outcome, setOutcome] = useState<RestoreOutcome | null>(null);
  const restore = useRestoreBackup();
  const { setColorScheme } = useMantineColorScheme();
  const outcomeRef = useRef<HTMLDivElement>(null);

  // The outcome replaces the button the user pressed: move focus to it so it is read out.
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const onRestore = async () => {
    confirm.close();
    setOutcome(null);
    if (!file) return;
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setOutcome({
        kind: "rejected",
        message: `“${file.name}” is not a JSON file (${reason}).`,
        problems: [],
        totalProblems: 0,
      });
      return;
    }
    restore.mutate(document, {
      onSuccess: (result) => {
        setOutcome({ kind: "restored", result });
        setFile(null);
        const theme = (document as { data?: { settings?: Settings } }).data?.settings?.theme;
        if (theme) setColorScheme(theme);
      },
      onError: (error) =>
        setOutcome({
          kind: "rejected",
          message: error.message,
          problems: error instanceof ApiError ? error.problems : [],
          totalProblems: error instanceof ApiError ? error.totalProblems : 0,
        }),
    });
  };

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="backup-heading" id="backup">
      <Title order={2} id="backup-heading" mb={4}>
        Backup and restore
      </Title>
      <Text size="sm" c="dimmed" mb="lg">
        A backup is one JSON file with everything you have entered: settings, your own questions and checklist ticks.
        The guide and the built-in questions ship with the app and are not in it.
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Stack gap="sm" align="flex-start">
          <Title order={3}>Download</Title>
          <Text size="sm">Save a copy somewhere safe, or move your data to another machine.</Text>
          <Button
            component="a"
            href={BACKUP_URL}
            download
            leftSection={<Icon name="download" size={18} />}
            variant="default"
          >
            Download backup
          </Button>
        </Stack>
        <Stack gap="sm">
          <Title order={3}>Restore</Title>
          <Alert color="yellow" variant="light" icon={<Icon name="alert" />} p="sm">
            <Text size="sm">
              Restoring <strong>replaces</strong> your current settings, questions and checklist ticks with the file’s.
              A copy of the current data is saved first.
            </Text>
          </Alert>
          <FileInput
            label="Backup file"
            placeholder="Choose a .json backup"
            accept="application/json,.json"
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              setOutcome(null);
            }}
            clearable
            leftSection={<Icon name="upload" size={16} />}
          />
          <Button
            color="red"
            variant="light"
            disabled={!file}
            loading={restore.isPending}
            onClick={confirm.open}
            w="fit-content"
          >
            Restore from backup
          </Button>
        </Stack>
      </SimpleGrid>
      {outcome ? (
        <div ref={outcomeRef} tabIndex={-1} style={{ marginTop: "var(--mantine-spacing-lg)", outline: "none" }}>
          <RestoreResult outcome={outcome} />
        </div>
      ) : null}
      <Modal
        opened={confirming}
        onClose={confirm.close}
        title="Replace your current data?"
        centered
        closeButtonProps={{ "aria-label": "Cancel" }}
      >
        <Stack gap="md">
          <Text size="sm">
            Everything you have entered will be replaced by the contents of <strong>{file?.name}</strong>. Bar Raiser
            checks the whole file first: if anything in it is wrong, nothing is changed.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={confirm.close}>
              Cancel
            </Button>
            <Button color="red" onClick={() => void onRestore()}>
              Replace my data
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

export function SettingsPage() {
  const settings = useSettings();
  return (
    <>
      <PageHeader title="Settings" description="Your interview, how the app looks, and your data." />
      <Stack gap="xl" maw="60rem">
        <QueryState query={settings} loadingLabel="Loading your settings…">
          {(saved) => <InterviewSettings saved={saved} />}
        </QueryState>
        <Backup />
      </Stack>
    </>
  );
}
