/** Small pieces every story view shares: the quality badge, the principle mapping, the coach's check. */
import { Anchor, Badge, Group, List, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { StoryPrinciple } from "../../../core/stories/story-schema.js";
import type { StoryCheck } from "../../api/stories.js";
import { Icon } from "../../components/icons.js";
import { usePrincipleNames } from "../../lib/use-principle-names.js";
import classes from "./stories.module.css";
import { BADGE_COLORS, BADGE_LABELS, percent, STRENGTH_LABELS } from "./story-labels.js";

/** The four-step interview vote (DESIGN.md's coach contract: 1-4). */
const VOTE_LABELS: Record<number, string> = {
  1: "Strong No Hire",
  2: "Not Inclined",
  3: "Inclined",
  4: "Strong Hire",
};

export type Tone = "teal" | "blue" | "orange" | "yellow" | "red" | "grape" | "indigo";

/**
 * A light or outlined badge whose text is a shade dark enough (light enough in dark mode) to
 * pass WCAG AA at badge size; Mantine's own light-variant text is a mid shade that does not.
 */
export function ToneBadge({
  tone,
  variant = "light",
  size = "sm",
  children,
  className,
  ...rest
}: {
  tone: Tone;
  variant?: "light" | "outline";
  size?: "xs" | "sm" | "md";
  children: ReactNode;
  className?: string;
  title?: string;
  "data-testid"?: string;
}) {
  return (
    <Badge
      color={tone}
      variant={variant}
      size={size}
      tt="none"
      className={className ? `${classes.toneBadge} ${className}` : classes.toneBadge}
      data-tone={tone}
      {...rest}
    >
      {children}
    </Badge>
  );
}

export function QualityBadge({ check, size = "md" }: { check: StoryCheck; size?: "sm" | "md" }) {
  return (
    <ToneBadge
      tone={BADGE_COLORS[check.badge]}
      size={size}
      className={classes.qualityBadge}
      data-testid="quality-badge"
      title={`The coach rates this story ${percent(check.quality)}`}
    >
      {BADGE_LABELS[check.badge]} · {percent(check.quality)}
    </ToneBadge>
  );
}

/**
 * Primary principles as filled badges, secondary ones as outlined, each group named in words so
 * the difference does not rest on colour alone.
 */
export function StoryPrinciples({ principles, linked = false }: { principles: StoryPrinciple[]; linked?: boolean }) {
  const nameOf = usePrincipleNames();
  if (principles.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No principles mapped yet.
      </Text>
    );
  return (
    <Stack gap={4}>
      {(["primary", "secondary"] as const).map((strength) => {
        const ids = principles.filter((p) => p.strength === strength).map((p) => p.id);
        if (ids.length === 0) return null;
        return (
          <Group key={strength} gap={6} wrap="wrap" align="center">
            <Text size="xs" fw={600} c="dimmed" className={classes.strengthLabel}>
              {STRENGTH_LABELS[strength]}
            </Text>
            {ids.map((id) =>
              linked ? (
                <Badge
                  key={id}
                  component={Link}
                  to={`/guide/principles/${id}`}
                  variant={strength === "primary" ? "filled" : "outline"}
                  color="indigo"
                  size="sm"
                  tt="none"
                  style={{ cursor: "pointer" }}
                >
                  {nameOf(id)}
                </Badge>
              ) : (
                <Badge
                  key={id}
                  variant={strength === "primary" ? "filled" : "outline"}
                  color="indigo"
                  size="sm"
                  tt="none"
                >
                  {nameOf(id)}
                </Badge>
              ),
            )}
          </Group>
        );
      })}
    </Stack>
  );
}

export function StoryTags({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <Group gap={4}>
      {tags.map((tag) => (
        <Badge key={tag} variant="default" size="sm" tt="none" fw={500}>
          #{tag}
        </Badge>
      ))}
    </Group>
  );
}

/**
 * What the coach makes of a story: concrete tips for what is missing, the principles the text
 * actually shows, and each mapped principle it does not show yet.
 */
export function CoachCheck({
  check,
  headingOrder = 3,
  showWarnings = true,
}: {
  check: StoryCheck;
  headingOrder?: 3 | 4;
  /** Off where the warnings are already shown outside the check. */
  showWarnings?: boolean;
}) {
  return (
    <Stack gap="sm" data-testid="coach-check">
      <Text size="sm" data-testid="coach-vote">
        As an answer, the coach would vote <strong>{VOTE_LABELS[check.vote] ?? `${check.vote} of 4`}</strong>.
      </Text>
      {showWarnings && check.mappedNotEvidenced.length > 0 ? (
        <List
          spacing={4}
          size="sm"
          icon={<Icon name="alert" size={16} className={classes.warnIcon} />}
          data-testid="mapped-not-evidenced"
        >
          {check.mappedNotEvidenced.map((item) => (
            <List.Item key={item.id}>{item.message}</List.Item>
          ))}
        </List>
      ) : null}
      <div>
        <Title order={headingOrder} fz="sm" mb={4}>
          Principles the text shows
        </Title>
        {check.evidenced.length > 0 ? (
          <Group gap={6} data-testid="evidenced">
            {check.evidenced.map((p) => (
              <ToneBadge key={p.id} tone="teal">
                {p.name} · {percent(p.score)}
              </ToneBadge>
            ))}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            None clearly yet: say what you did, decided and changed, in your own words.
          </Text>
        )}
      </div>
      <div>
        <Title order={headingOrder} fz="sm" mb={4}>
          Coach’s tips
        </Title>
        {check.tips.length > 0 ? (
          <List spacing={4} size="sm" data-testid="coach-tips">
            {check.tips.map((tip) => (
              <List.Item key={tip}>{tip}</List.Item>
            ))}
          </List>
        ) : check.badge === "strong" ? (
          <Text size="sm" c="dimmed">
            Every part the coach checks is there. Practise telling it out loud, and go three follow-ups deep.
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            The STAR parts are all there, so something else holds the rating down: most often a mapped principle the
            text does not show, or a story that answers a different principle than its primary one.
          </Text>
        )}
      </div>
    </Stack>
  );
}

export function StoryLink({
  id,
  title,
  size = "sm",
  onTint = false,
}: {
  id: string;
  title: string;
  size?: "sm" | "md";
  /** On a tinted alert the link takes the alert's text colour, underlined, to keep its contrast. */
  onTint?: boolean;
}) {
  return (
    <Anchor
      component={Link}
      to={`/stories/${encodeURIComponent(id)}`}
      fw={600}
      size={size}
      {...(onTint ? { c: "inherit", underline: "always" as const } : {})}
    >
      {title}
    </Anchor>
  );
}
