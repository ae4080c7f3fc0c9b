/**
 * The attempt as an interview: the question, the opening answer, then each follow-up and its
 * answer. Evidence chosen in the coach's review is marked in the answers; the coach's offsets
 * point into all answers joined by a blank line, as the thread reads them.
 */
import { Text } from "@mantine/core";
import { Fragment, type ReactNode } from "react";
import type { FollowUp } from "../../../core/coach/coach-result-schema.js";
import { PROBE_DEPTH_LABELS } from "../../lib/labels.js";
import { HighlightedText, type TextRange } from "./highlighted-text.js";
import classes from "./practice.module.css";
import { formatDuration } from "./practice-labels.js";

/** What the coach puts between answers when it reads a thread as one text. */
export const TURN_SEPARATOR = "\n\n";

export interface ConversationTurn {
  followUp?: FollowUp | string;
  answer: string;
  seconds?: number | null;
}

export function followUpText(followUp: FollowUp | string): string {
  return typeof followUp === "string" ? followUp : followUp.text;
}

export function depthTitle(followUp: FollowUp | string | undefined): string | undefined {
  if (!followUp || typeof followUp === "string") return undefined;
  const depth = Math.min(4, Math.max(1, followUp.depth)) as 1 | 2 | 3 | 4;
  return PROBE_DEPTH_LABELS[depth].title;
}

/** Start offset of each turn inside the joined text. */
export function turnOffsets(turns: readonly { answer: string }[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const turn of turns) {
    offsets.push(at);
    at += turn.answer.length + TURN_SEPARATOR.length;
  }
  return offsets;
}

export function Bubble({
  who,
  meta,
  children,
}: {
  who: "interviewer" | "candidate";
  meta?: string;
  children: ReactNode;
}) {
  return (
    <li className={`${classes.bubble} ${who === "interviewer" ? classes.interviewer : classes.candidate}`}>
      <div className={classes.speaker}>
        {who === "interviewer" ? "Interviewer" : "You"}
        {meta ? ` · ${meta}` : ""}
      </div>
      {children}
    </li>
  );
}

function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

export function Conversation({
  question,
  turns,
  highlight = [],
  children,
}: {
  /** The question as the first bubble; left out where the question is shown just above. */
  question?: string;
  turns: readonly ConversationTurn[];
  /** Ranges in the joined text of all turns. */
  highlight?: readonly TextRange[];
  /** Shown after the last turn: the follow-up being answered now. */
  children?: ReactNode;
}) {
  const offsets = turnOffsets(turns);
  return (
    <ol className={classes.conversation} aria-label="The conversation" data-testid="conversation">
      {question ? (
        <Bubble who="interviewer">
          <Text fw={600}>{question}</Text>
        </Bubble>
      ) : null}
      {turns.map((turn, index) => {
        const offset = offsets[index] ?? 0;
        const ranges = highlight.map((r) => ({ start: r.start - offset, end: r.end - offset }));
        const meta = [
          `${wordCount(turn.answer)} words`,
          typeof turn.seconds === "number" ? formatDuration(turn.seconds) : "",
        ]
          .filter(Boolean)
          .join(", ");
        return (
          // Turns are only ever appended, so the index is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: append-only list
          <Fragment key={index}>
            {turn.followUp ? (
              <Bubble who="interviewer" meta={depthTitle(turn.followUp)}>
                <Text fw={600}>{followUpText(turn.followUp)}</Text>
              </Bubble>
            ) : null}
            <Bubble who="candidate" meta={meta}>
              <HighlightedText text={turn.answer} ranges={ranges} testId={`answer-turn-${index}`} />
            </Bubble>
          </Fragment>
        );
      })}
      {children}
    </ol>
  );
}
