/**
 * The four settings a plan is made from (interview date, hours per week, role, level), editable
 * right on the plan page. Saving goes to /api/settings; the plan then re-plans and says why.
 */
import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import type { Level, Role } from "../../../core/content/pack-schema.js";
import type { Settings, SettingsPatch } from "../../../core/settings/settings-schema.js";
import { ApiError } from "../../api/client.js";
import { useSavePlanSettings } from "../../api/plan.js";
import { LEVELS, ROLE_LABELS, ROLES } from "../../lib/labels.js";

interface PlanInputs {
  interviewDate: string;
  hoursPerWeek: number | string;
  role: Role | null;
  level: Level | null;
}

const FIELDS = new Set(["interviewDate", "hoursPerWeek", "role", "level"]);

function toForm(settings: Settings): PlanInputs {
  return {
    interviewDate: settings.interviewDate ?? "",
    hoursPerWeek: settings.hoursPerWeek ?? "",
    role: settings.role ?? null,
    level: settings.level ?? null,
  };
}

/** Only what changed is sent, so saving an unchanged form does not re-plan anything. */
function toPatch(values: PlanInputs, saved: Settings): SettingsPatch {
  const patch: SettingsPatch = {};
  if (values.interviewDate !== (saved.interviewDate ?? "")) patch.interviewDate = values.interviewDate;
  const hours = Number(values.hoursPerWeek);
  if (hours !== saved.hoursPerWeek) patch.hoursPerWeek = hours;
  if (values.role && values.role !== saved.role) patch.role = values.role;
  if (values.level && values.level !== saved.level) patch.level = values.level;
  return patch;
}

export function PlanInputsForm({
  saved,
  today,
  submitLabel,
  onSaved,
  onCancel,
}: {
  saved: Settings;
  today: string;
  submitLabel: string;
  onSaved?: () => void;
  onCancel?: () => void;
}) {
  const save = useSavePlanSettings();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<PlanInputs>({
    initialValues: toForm(saved),
    validate: {
      interviewDate: (value) =>
        !value ? "Choose the day of your interview." : value < today ? "Choose today or a later day." : null,
      hoursPerWeek: (value) => {
        const hours = Number(value);
        if (value === "" || Number.isNaN(hours)) return "How many hours a week can you give?";
        return hours < 1 || hours > 60 ? "Between 1 and 60 hours." : null;
      },
      role: (value) => (value ? null : "Choose the role you interview for."),
      level: (value) => (value ? null : "Choose the level."),
    },
  });

  const onSubmit = (values: PlanInputs) => {
    setError(null);
    const patch = toPatch(values, saved);
    if (Object.keys(patch).length === 0) {
      onSaved?.();
      return;
    }
    save.mutate(patch, {
      onSuccess: () => onSaved?.(),
      onError: (failure) => {
        if (failure instanceof ApiError && failure.problems.length > 0) {
          const errors: Record<string, string> = {};
          const unplaced: string[] = [];
          for (const problem of failure.problems) {
            const field = problem.path.split(".")[1] ?? "";
            if (FIELDS.has(field)) errors[field] = problem.message;
            else unplaced.push(`${problem.path} ${problem.message}`);
          }
          form.setErrors(errors);
          if (unplaced.length > 0) setError(unplaced.join("; "));
          return;
        }
        setError(failure.message);
      },
    });
  };

  return (
    <form onSubmit={form.onSubmit(onSubmit)} noValidate aria-label="Plan settings">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            type="date"
            label="Interview date"
            description="The first day of your onsite loop."
            min={today}
            required
            {...form.getInputProps("interviewDate")}
          />
          <NumberInput
            label="Hours per week"
            description="Most candidates manage 10-15."
            min={1}
            max={60}
            allowDecimal={false}
            placeholder="e.g. 12"
            required
            {...form.getInputProps("hoursPerWeek")}
          />
          <Select
            label="Role"
            placeholder="Choose a role"
            data={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
            allowDeselect={false}
            required
            {...form.getInputProps("role")}
          />
          <Select
            label="Level"
            placeholder="Choose a level"
            data={LEVELS.map((level) => ({ value: level, label: level }))}
            allowDeselect={false}
            required
            {...form.getInputProps("level")}
          />
        </SimpleGrid>
        {error ? (
          <Alert color="red" variant="light" title="Not saved" role="alert">
            {error}
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {submitLabel}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
