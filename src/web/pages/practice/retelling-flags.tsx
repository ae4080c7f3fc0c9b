/**
 * Retelling consistency: where this telling of a banked story disagrees with the story or with
 * an earlier telling ("40% here, 30% in the story"). Interviewers compare rounds in the debrief.
 */
import { Alert, List, Stack, Text } from "@mantine/core";
import type { RetellingFlag, RetellingSource } from "../../../core/practice/retelling.js";
import { Icon } from "../../components/icons.js";
import { formatDateTime } from "./practice-labels.js";

const FIELD_NAMES: Record<string, string> = {
  situation: "situation",
  task: "task",
  action: "action",
  result: "result",
  dissent: "disagreement",
  lessons: "lessons",
  deepDiveNotes: "deep-dive notes",
  judgementCalls: "judgement calls",
  metrics: "metrics",
};

function sourceName(source: RetellingSource): string {
  if (source.kind === "story") return `the story’s ${FIELD_NAMES[source.field] ?? source.field}`;
  return source.at ? `your telling of ${formatDateTime(source.at)}` : "an earlier telling";
}

const TITLE_STYLE = { title: { color: "var(--mantine-color-text)" } };

export function RetellingFlags({ flags, storyTitle }: { flags: RetellingFlag[]; storyTitle?: string }) {
  const story = storyTitle ? `“${storyTitle}”` : "the story";
  if (flags.length === 0) {
    return (
      <Alert
        color="teal"
        variant="light"
        icon={<Icon name="check" />}
        title="Consistent with your story"
        styles={TITLE_STYLE}
        data-testid="retelling"
      >
        <Text size="sm">No number or name in this answer contradicts {story} or your earlier tellings of it.</Text>
      </Alert>
    );
  }
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<Icon name="alert" />}
      title={`This telling disagrees with ${story}`}
      styles={TITLE_STYLE}
      data-testid="retelling"
    >
      <Stack gap="xs">
        <Text size="sm">Interviewers compare notes. Settle on one version of each fact and tell it every time.</Text>
        <List size="sm" spacing="xs">
          {flags.map((flag) => (
            <List.Item key={`${flag.here.start}-${flag.there.start}-${flag.subject}`} data-testid="retelling-flag">
              <Text size="sm" fw={600} span>
                {flag.message}
              </Text>
              <Text size="sm" display="block">
                Here: “{flag.here.quote}”
              </Text>
              <Text size="sm" display="block">
                In {sourceName(flag.there.source)}: “{flag.there.quote}”
              </Text>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Alert>
  );
}
