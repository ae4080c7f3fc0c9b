/** Small pieces the mock loop's pages share: vote chips, persona avatars, the way back. */
import { Anchor, Avatar, Button, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import type { PersonaId } from "../../../core/loop/index.js";
import { PageHeader } from "../../components/page-header.js";
import classes from "./loop.module.css";
import { asVote, PERSONA_COLORS, PERSONA_INITIALS, VOTE_LABELS } from "./loop-labels.js";

/** A vote in words on a tinted chip; "No evidence" when there was nothing to vote on. */
export function VoteChip({ vote, label }: { vote: number | null | undefined; label?: string }) {
  const known = asVote(vote);
  return (
    <span className={classes.vote} data-vote={known ?? undefined}>
      {label ?? (known ? VOTE_LABELS[known] : "No evidence")}
    </span>
  );
}

export function PersonaAvatar({ id, size = 40 }: { id: PersonaId; size?: number }) {
  return (
    <Avatar
      className={classes.avatar}
      color={PERSONA_COLORS[id]}
      variant="light"
      radius="xl"
      size={size}
      aria-hidden="true"
    >
      {PERSONA_INITIALS[id]}
    </Avatar>
  );
}

export function BackToLoops() {
  return (
    <Anchor component={Link} to="/loop" size="sm" w="fit-content" data-print="hide">
      ← Mock loop
    </Anchor>
  );
}

export function LoopNotFound() {
  return (
    <>
      <PageHeader title="Loop not found" eyebrow={<BackToLoops />} />
      <Paper withBorder p="lg" maw="40rem">
        <Stack gap="sm" align="flex-start">
          <Title order={2} size="h3">
            There is no loop at this address
          </Title>
          <Text size="sm">It may have been made in another data directory, or the link is incomplete.</Text>
          <Button component={Link} to="/loop">
            Set up a new loop
          </Button>
        </Stack>
      </Paper>
    </>
  );
}
