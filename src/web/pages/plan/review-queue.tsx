/**
 * Today's spaced review (FSRS): the principle, story and question cards due now, each with what
 * to do and where. Weak answers come back as question cards that open in Practice. When nothing
 * is due, it says when the next card is.
 */
import { Anchor, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import { type DueReviewCard, useRecordReview, useReviews } from "../../api/plan.js";
import { QueryState } from "../../components/query-state.js";
import { KindBadge } from "./kind-badge.js";
import classes from "./plan.module.css";
import { plural, REVIEW_KIND_COLORS, REVIEW_KIND_LABELS, reviewLink } from "./plan-labels.js";

/** Enough for one sitting; the rest is one click away. */
const SHOWN_AT_FIRST = 4;

function formatWhen(iso: string, now = new Date()): string {
  const at = new Date(iso);
  const sameDay = at.toDateString() === now.toDateString();
  const time = new Intl.DateTimeFormat(undefined, { hour: "numeric", minute: "2-digit" }).format(at);
  if (sameDay) return `today at ${time}`;
  const date = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short" }).format(at);
  return `${date} at ${time}`;
}

/** How the review went, on the coach's four-step scale. */
const REVIEW_GRADES = [
  { vote: 1, label: "Forgot" },
  { vote: 2, label: "Shaky" },
  { vote: 3, label: "Good" },
  { vote: 4, label: "Easy" },
] as const;

function ReviewItem({ card }: { card: DueReviewCard }) {
  const link = reviewLink(card);
  const record = useRecordReview();
  return (
    <li className={classes.review} data-testid="review-card" data-kind={card.kind}>
      <Group gap={6} mb={4}>
        <KindBadge color={REVIEW_KIND_COLORS[card.kind]}>{REVIEW_KIND_LABELS[card.kind]}</KindBadge>
        {card.lastVote !== null && card.lastVote <= 2 ? <KindBadge color="red">Weak last time</KindBadge> : null}
      </Group>
      <Text size="sm" fw={600} className={classes.reviewTitle}>
        {card.title}
      </Text>
      <Text size="xs" c="dimmed" my={2}>
        {card.prompt}
      </Text>
      <Anchor component={Link} to={link.to} size="sm" fw={600}>
        {link.where} →
      </Anchor>
      <Group gap={6} mt={6} role="group" aria-label={`How did reviewing “${card.title}” go?`}>
        {REVIEW_GRADES.map((grade) => (
          <Button
            key={grade.vote}
            size="compact-xs"
            variant="default"
            loading={record.isPending && record.variables?.vote === grade.vote}
            onClick={() => record.mutate({ cardId: card.id, vote: grade.vote })}
          >
            {grade.label}
          </Button>
        ))}
      </Group>
      {record.isError ? (
        <Text size="xs" c="red.8" role="alert">
          {record.error.message}
        </Text>
      ) : null}
    </li>
  );
}

export function ReviewQueue() {
  const reviews = useReviews();
  const [showAll, setShowAll] = useState(false);
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="review-heading">
      <Title order={2} id="review-heading" mb={4}>
        Review today
      </Title>
      <QueryState query={reviews} loadingLabel="Loading your review cards…">
        {({ due, nextDue, total }) => {
          const shown = showAll ? due : due.slice(0, SHOWN_AT_FIRST);
          return (
            <Stack gap="sm" data-testid="review-queue">
              <Text size="sm" c="dimmed">
                {due.length > 0
                  ? `${plural(due.length, "card")} due of ${total}. Spaced review brings each one back just before you would forget it; a weak answer comes back sooner.`
                  : "Nothing is due. Spaced review brings each principle, story and weak answer back just before you would forget it."}
              </Text>
              {due.length > 0 ? (
                <ul className={classes.reviewList}>
                  {shown.map((card) => (
                    <ReviewItem key={card.id} card={card} />
                  ))}
                </ul>
              ) : null}
              {due.length > SHOWN_AT_FIRST ? (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  w="fit-content"
                  ml={-8}
                  onClick={() => setShowAll((value) => !value)}
                  aria-expanded={showAll}
                >
                  {showAll ? "Show fewer" : `Show all ${due.length}`}
                </Button>
              ) : null}
              {nextDue ? (
                <Text size="sm" data-testid="review-next">
                  <Text span fw={600}>
                    Next due {formatWhen(nextDue.due)}:
                  </Text>{" "}
                  {nextDue.title}
                  {nextDue.kind === "question" ? (
                    <>
                      {" · "}
                      <Anchor component={Link} to={reviewLink(nextDue).to} size="sm" underline="always">
                        practise it now
                      </Anchor>
                    </>
                  ) : null}
                </Text>
              ) : null}
            </Stack>
          );
        }}
      </QueryState>
    </Card>
  );
}
