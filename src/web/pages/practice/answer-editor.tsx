/**
 * The answer box: typing stays local to this component (nothing else re-renders per keystroke),
 * each change goes to the autosave and, when a coach is given, to the live coach after a pause.
 * Ctrl/⌘+Enter submits.
 */
import { Button, Group, Kbd, Text, Textarea } from "@mantine/core";
import { getHotkeyHandler } from "@mantine/hooks";
import { forwardRef, type ReactNode, useState } from "react";
import type { CoachClient } from "./coach-client.js";
import classes from "./practice.module.css";
import { modKeyLabel } from "./practice-labels.js";
import { type Autosave, describeSaveStatus } from "./use-autosave.js";

export interface AnswerEditorProps {
  label: string;
  description?: ReactNode;
  initialText: string;
  autosave: Autosave;
  /** Turns the text into what the draft stores (the follow-up stage stores its whole session). */
  toDraft?: (text: string) => string;
  coach?: CoachClient;
  submitLabel: string;
  busy?: boolean;
  error?: string;
  placeholder?: string;
  testId: string;
  /** Called on each change, with the current text (no re-render of the caller needed). */
  onTextChange?: (text: string) => void;
  onSubmit: (text: string) => void;
  extraActions?: ReactNode;
  minRows?: number;
}

function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

export const AnswerEditor = forwardRef<HTMLTextAreaElement, AnswerEditorProps>(function AnswerEditor(
  {
    label,
    description,
    initialText,
    autosave,
    toDraft,
    coach,
    submitLabel,
    busy = false,
    error,
    placeholder,
    testId,
    onTextChange,
    onSubmit,
    extraActions,
    minRows = 8,
  },
  ref,
) {
  const [text, setText] = useState(initialText);
  const submit = () => {
    if (!busy) onSubmit(text);
  };
  const status = autosave.status;
  const mod = modKeyLabel();

  return (
    <div>
      <Textarea
        ref={ref}
        label={label}
        description={description}
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          autosave.update(toDraft ? toDraft(next) : next);
          coach?.scheduleLive(next);
          onTextChange?.(next);
        }}
        onBlur={() => void autosave.flush()}
        onKeyDown={getHotkeyHandler([["mod+Enter", submit]])}
        autosize
        minRows={minRows}
        maxRows={24}
        error={error}
        data-testid={testId}
        spellCheck
      />
      <Group justify="space-between" gap="sm" mt="xs" wrap="wrap">
        <Text
          size="xs"
          c={status.state === "failed" ? "red" : "dimmed"}
          data-testid="draft-status"
          data-state={status.state}
          role={status.state === "failed" ? "alert" : undefined}
        >
          {wordCount(text)} words · {describeSaveStatus(status)}
        </Text>
        <Group gap="sm">
          {extraActions}
          <Button
            onClick={submit}
            loading={busy}
            rightSection={
              <span className={classes.kbdHint} aria-hidden="true">
                {mod}+Enter
              </span>
            }
            aria-keyshortcuts="Control+Enter Meta+Enter"
          >
            {submitLabel}
          </Button>
        </Group>
      </Group>
    </div>
  );
});

export function ShortcutHint({ keys, children }: { keys: string[]; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap">
      <span>
        {keys.map((key, index) => (
          <span key={key}>
            {index > 0 ? "+" : ""}
            <Kbd size="xs">{key}</Kbd>
          </span>
        ))}
      </span>
      <Text size="sm" span>
        {children}
      </Text>
    </Group>
  );
}
