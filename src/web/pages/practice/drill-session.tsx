/**
 * One drill, from the question to the saved attempt: answer on the clock with the live coach
 * beside you, submit to see the verdict and the rubric, answer three or four follow-ups one
 * after another, rate yourself and save. The whole thread is replayed by the coach worker after
 * each turn, exactly as the server will re-read it when the attempt is saved.
 *
 * Drafts: the opening answer is saved as plain text under `practice:<questionId>`; once it is
 * submitted, the session (turns, clock, the follow-up being answered) is saved as JSON under
 * `practice:<questionId>:thread`, so closing the tab mid-thread loses nothing either.
 */
import { Alert, Anchor, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useCallback, useEffect, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import type { FollowUp } from "../../../core/coach/coach-result-schema.js";
import type { Principle } from "../../../core/content/pack-schema.js";
import type { DrillTiming } from "../../../core/practice/drill-timer.js";
import type { RetellingFlag } from "../../../core/practice/retelling.js";
import type { QuestionDetail } from "../../../server/routes/questions/schema.js";
import { draftKey, practiceApi, useBankStories, useSaveAttempt } from "../../api/practice.js";
import { Icon } from "../../components/icons.js";
import { AnswerEditor, ShortcutHint } from "./answer-editor.js";
import { type ThreadReading, useCoachClient } from "./coach-client.js";
import { CoachReview, type EvidenceSelection, evidenceRanges } from "./coach-review.js";
import { Bubble, Conversation, depthTitle, followUpText } from "./conversation.js";
import { DrillClock, DrillClockBar } from "./drill-clock.js";
import { LiveCoachPanel } from "./live-coach-panel.js";
import classes from "./practice.module.css";
import { modKeyLabel, SELF_RATING_HINTS, SELF_RATING_OPTIONS } from "./practice-labels.js";
import { QuestionPanel, StoryPicker } from "./question-panel.js";
import { RetellingFlags } from "./retelling-flags.js";
import { useAutosave } from "./use-autosave.js";

/** A Bar Raiser goes three or four levels deep; the attempt holds the answer and four follow-ups. */
export const MAX_FOLLOW_UPS = 4;

export interface SubmittedTurn {
  followUp?: FollowUp | string;
  answer: string;
  seconds?: number;
}

/** What the thread draft holds: enough to pick the session up exactly where it was. */
export interface SessionDraft {
  version: 1;
  startedAt: string;
  answerSeconds: number;
  storyId?: string;
  turns: SubmittedTurn[];
  asking?: FollowUp | string;
  pending?: string;
}

export function parseSessionDraft(text: string | undefined): SessionDraft | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Not ours (or cut short by a crash): the opening answer draft still holds the text.
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const draft = value as Partial<SessionDraft>;
  if (draft.version !== 1 || !Array.isArray(draft.turns) || draft.turns.length === 0) return undefined;
  if (typeof draft.startedAt !== "string" || typeof draft.answerSeconds !== "number") return undefined;
  return draft as SessionDraft;
}

export function openingDraftKey(questionId: string) {
  return draftKey("practice", questionId);
}

export function sessionDraftKey(questionId: string) {
  return draftKey("practice", questionId, "thread");
}

export interface DrillSessionProps {
  question: QuestionDetail;
  principles: Principle[];
  timing: DrillTiming;
  reason?: string;
  openingDraft?: string;
  sessionDraft?: SessionDraft;
  onRestart: () => void;
}

export function DrillSession({
  question,
  principles,
  timing,
  reason,
  openingDraft,
  sessionDraft,
  onRestart,
}: DrillSessionProps) {
  const navigate = useNavigate();
  const coach = useCoachClient(question, principles);
  const stories = useBankStories();
  const saveAttempt = useSaveAttempt();
  const openingKey = openingDraftKey(question.id);
  const sessionKey = sessionDraftKey(question.id);
  const openingSave = useAutosave(openingKey, openingDraft);
  const sessionSave = useAutosave(sessionKey);

  const restoredStart = sessionDraft ? Date.parse(sessionDraft.startedAt) : undefined;
  const [startedAt, setStartedAt] = useState<number | undefined>(restoredStart);
  const [stoppedAt, setStoppedAt] = useState<number | undefined>(
    sessionDraft && restoredStart !== undefined ? restoredStart + sessionDraft.answerSeconds * 1000 : undefined,
  );
  const [storyId, setStoryId] = useState<string | undefined>(sessionDraft?.storyId);
  const [turns, setTurns] = useState<SubmittedTurn[]>(sessionDraft?.turns ?? []);
  const [reading, setReading] = useState<ThreadReading>();
  const [asking, setAsking] = useState<FollowUp | string | undefined>(sessionDraft?.asking);
  const [askedAt, setAskedAt] = useState<number | undefined>(sessionDraft?.asking ? Date.now() : undefined);
  const [selection, setSelection] = useState<EvidenceSelection | null>(null);
  const [retelling, setRetelling] = useState<RetellingFlag[]>();
  const [retellingError, setRetellingError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [selfRating, setSelfRating] = useState<string>("");

  const openingText = useRef(openingDraft ?? "");
  const followUpTextRef = useRef(sessionDraft?.pending ?? "");
  const answerBox = useRef<HTMLTextAreaElement>(null);
  const followUpBox = useRef<HTMLTextAreaElement>(null);
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  /** Where focus goes once the next render is on screen: the verdict after a submit, the box after a follow-up. */
  const focusNext = useRef<"verdict" | "follow-up" | null>(null);
  useEffect(() => {
    if (focusNext.current === "verdict" && reviewHeading.current) reviewHeading.current.focus();
    else if (focusNext.current === "follow-up" && followUpBox.current) followUpBox.current.focus();
    else return;
    focusNext.current = null;
  });

  const stage = turns.length === 0 ? "answering" : "follow-ups";
  const followUpsAnswered = Math.max(0, turns.length - 1);
  const storyTitle = stories.data?.stories.find((s) => s.id === storyId)?.title;
  const mod = modKeyLabel();

  // A session picked up from its draft: the coach re-reads the turns as soon as it is ready.
  const restoredTurns = useRef(sessionDraft?.turns);
  useEffect(() => {
    const replay = restoredTurns.current;
    if (!coach || !replay) return;
    restoredTurns.current = undefined;
    coach.readThread(replay).then(setReading, (cause: Error) => setError(cause.message));
  }, [coach]);

  const sessionJson = useCallback(
    (next: { turns: SubmittedTurn[]; asking?: FollowUp | string; pending?: string }) => {
      const draft: SessionDraft = {
        version: 1,
        startedAt: new Date(startedAt ?? Date.now()).toISOString(),
        answerSeconds: stoppedAt !== undefined && startedAt !== undefined ? (stoppedAt - startedAt) / 1000 : 0,
        ...(storyId ? { storyId } : {}),
        turns: next.turns,
        ...(next.asking ? { asking: next.asking } : {}),
        ...(next.pending ? { pending: next.pending } : {}),
      };
      return JSON.stringify(draft);
    },
    [startedAt, stoppedAt, storyId],
  );

  const start = useCallback(() => {
    setStartedAt((current) => current ?? Date.now());
    answerBox.current?.focus();
  }, []);

  const submitOpening = async (text: string) => {
    if (!text.trim()) {
      setError("Write your answer first: the coach needs something to read.");
      return;
    }
    if (!coach) return;
    setError(undefined);
    const now = Date.now();
    const began = startedAt ?? now;
    const answerSeconds = Math.round((now - began) / 100) / 10;
    setStartedAt(began);
    setStoppedAt(now);
    setBusy(true);
    openingSave.update(text);
    void openingSave.flush();
    try {
      const read = await coach.readThread([{ answer: text }]);
      const first: SubmittedTurn[] = [{ answer: text, seconds: answerSeconds }];
      setTurns(first);
      setReading(read);
      sessionSave.update(
        JSON.stringify({
          version: 1,
          startedAt: new Date(began).toISOString(),
          answerSeconds,
          ...(storyId ? { storyId } : {}),
          turns: first,
        } satisfies SessionDraft),
      );
      void sessionSave.flush();
      focusNext.current = "verdict";
    } catch (cause) {
      setStoppedAt(undefined);
      setError(cause instanceof Error ? cause.message : "The coach could not read the answer.");
    } finally {
      setBusy(false);
    }
    if (storyId) {
      practiceApi.retelling(storyId, text).then(
        (result) => setRetelling(result.flags),
        (cause: Error) => setRetellingError(cause.message),
      );
    }
  };

  const askNext = useCallback(
    (choice?: FollowUp) => {
      const next = choice ?? reading?.next[0];
      if (!next || followUpsAnswered >= MAX_FOLLOW_UPS) return;
      setAsking(next);
      setAskedAt(Date.now());
      sessionSave.update(sessionJson({ turns, asking: next, pending: followUpTextRef.current }));
      focusNext.current = "follow-up";
    },
    [reading, followUpsAnswered, sessionSave, sessionJson, turns],
  );

  const submitFollowUp = async (text: string) => {
    if (!asking || !coach) return;
    if (!text.trim()) {
      setError("Answer the follow-up first, or save the attempt as it is.");
      return;
    }
    setError(undefined);
    setBusy(true);
    const seconds = askedAt ? Math.round((Date.now() - askedAt) / 100) / 10 : undefined;
    const nextTurns: SubmittedTurn[] = [
      ...turns,
      { followUp: asking, answer: text, ...(seconds !== undefined ? { seconds } : {}) },
    ];
    try {
      const read = await coach.readThread(nextTurns);
      setTurns(nextTurns);
      setReading(read);
      setAsking(undefined);
      followUpTextRef.current = "";
      sessionSave.update(sessionJson({ turns: nextTurns }));
      void sessionSave.flush();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : "The coach could not read the answer.");
    } finally {
      setBusy(false);
    }
  };

  const save = () => {
    if (turns.length === 0 || startedAt === undefined) return;
    const answerSeconds = turns[0]?.seconds ?? 0;
    saveAttempt.mutate(
      {
        questionId: question.id,
        ...(storyId ? { storyId } : {}),
        turns: turns.map((turn, index) =>
          index === 0
            ? { answer: turn.answer, ...(turn.seconds !== undefined ? { seconds: turn.seconds } : {}) }
            : {
                followUp: turn.followUp,
                answer: turn.answer,
                ...(turn.seconds !== undefined ? { seconds: turn.seconds } : {}),
              },
        ),
        ...(selfRating ? { selfRating: Number(selfRating) } : {}),
        startedAt: new Date(startedAt).toISOString(),
        answerSeconds,
      },
      {
        onSuccess: async (saved) => {
          try {
            await Promise.all([openingSave.discard(), sessionSave.discard()]);
          } catch (cause) {
            notifications.show({
              color: "yellow",
              title: "Attempt saved, draft kept",
              message: `The draft could not be cleared: ${cause instanceof Error ? cause.message : String(cause)}`,
            });
          }
          navigate(`/practice/attempts/${saved.attempt.id}`, { state: { justSaved: true } });
        },
      },
    );
  };

  useHotkeys([
    ["s", () => stage === "answering" && start()],
    ["mod+Enter", () => stage === "answering" && void submitOpening(openingText.current)],
    ["n", () => stage === "follow-ups" && !asking && askNext()],
  ]);

  // Clear both drafts here first, so nothing still waiting in the autosave writes them back.
  const restart = async () => {
    try {
      await Promise.all([openingSave.discard(), sessionSave.discard()]);
      onRestart();
    } catch (cause) {
      setError(`Could not discard the draft: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  };

  const selected = reading ? evidenceRanges(reading.thread.combined, selection) : [];

  if (stage === "answering") {
    return (
      <div className={classes.drill}>
        <Stack gap="lg">
          <QuestionPanel question={question} reason={reason} rubricHidden />
          <DrillClockBar timing={timing} startedAt={startedAt} stoppedAt={stoppedAt} />
          <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="answer-heading">
            <Group justify="space-between" align="center" mb="sm" gap="sm">
              <Title order={2} size="h3" id="answer-heading">
                Your answer
              </Title>
              {startedAt === undefined ? (
                <Button
                  variant="light"
                  onClick={start}
                  leftSection={<Icon name="clock" size={18} />}
                  aria-keyshortcuts="S"
                  data-testid="start-drill"
                >
                  Start the clock (S)
                </Button>
              ) : null}
            </Group>
            <Stack gap="md">
              {openingDraft ? (
                <Alert color="indigo" variant="light" icon={<Icon name="info" />} data-testid="draft-restored">
                  <Group justify="space-between" gap="sm">
                    <Text size="sm">Your unsaved answer was restored from its draft.</Text>
                    <ConfirmButton size="compact-sm" label="Start over" onConfirm={() => void restart()} />
                  </Group>
                </Alert>
              ) : null}
              {question.type === "behavioural" ? <StoryPicker value={storyId} onChange={setStoryId} /> : null}
              <AnswerEditor
                ref={answerBox}
                label="Type your answer as you would say it"
                description="The clock starts with your first keystroke if you have not started it."
                initialText={openingDraft ?? ""}
                autosave={openingSave}
                coach={coach}
                submitLabel="Submit answer"
                busy={busy || !coach}
                error={error}
                testId="answer-input"
                minRows={question.type === "behavioural" ? 10 : 16}
                onTextChange={(text) => {
                  openingText.current = text;
                  if (startedAt === undefined && text) setStartedAt(Date.now());
                }}
                onSubmit={(text) => void submitOpening(text)}
              />
            </Stack>
          </Paper>
        </Stack>
        <aside className={classes.side} aria-label="Clock and live coach">
          <DrillClock timing={timing} startedAt={startedAt} stoppedAt={stoppedAt} />
          <LiveCoachPanel coach={coach} />
          <Shortcuts mod={mod} />
        </aside>
      </div>
    );
  }

  const combined = reading?.thread.combined;
  const canAskMore = followUpsAnswered < MAX_FOLLOW_UPS && (reading?.next.length ?? 0) > 0;

  return (
    <div className={classes.followUpLayout}>
      <Stack gap="lg" className={classes.areaQuestion}>
        <QuestionPanel question={question} reason={reason} rubricHidden={false} />
        {sessionDraft ? (
          <Alert color="indigo" variant="light" icon={<Icon name="info" />} data-testid="session-restored">
            <Text size="sm">You picked up an unsaved attempt where you left it: answer on, or save it.</Text>
          </Alert>
        ) : null}
        {storyId ? (
          retelling ? (
            <RetellingFlags flags={retelling} storyTitle={storyTitle} />
          ) : retellingError ? (
            <Text size="sm" c="red">
              Could not check the retelling: {retellingError}
            </Text>
          ) : null
        ) : null}
      </Stack>
      <aside className={`${classes.reviewSide} ${classes.areaReview}`} aria-label="The coach’s review">
        {combined ? (
          <CoachReview
            result={combined}
            question={question}
            selection={selection}
            onSelect={setSelection}
            verdictRef={reviewHeading}
          />
        ) : (
          <Paper withBorder p="md" radius="md">
            <Text size="sm" c="dimmed" role="status">
              The coach is reading your answers…
            </Text>
          </Paper>
        )}
        <DrillClock timing={timing} startedAt={startedAt} stoppedAt={stoppedAt} />
        <Shortcuts mod={mod} />
        <Text size="sm">
          <Anchor component={Link} to="/practice">
            ← Choose another drill
          </Anchor>
        </Text>
      </aside>
      <div className={classes.areaThread}>
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="thread-heading">
          <Group justify="space-between" align="baseline" mb="sm" gap="xs">
            <Title order={2} size="h3" id="thread-heading">
              Follow-ups
            </Title>
            <Text size="sm" c="dimmed" data-testid="follow-up-depth">
              {followUpsAnswered} of up to {MAX_FOLLOW_UPS} answered
            </Text>
          </Group>
          <Text size="sm" c="dimmed" mb="md">
            An interviewer goes three or four levels deep. Each answer is read with everything you said before it.
          </Text>
          <Conversation turns={turns} highlight={selected}>
            {asking ? (
              <>
                <Bubble who="interviewer" meta={depthTitle(asking)}>
                  <Text fw={600} data-testid="current-follow-up">
                    {followUpText(asking)}
                  </Text>
                  {typeof asking !== "string" && asking.reason ? (
                    <Text size="xs" c="dimmed" mt={4}>
                      Why this is asked: {asking.reason}
                    </Text>
                  ) : null}
                </Bubble>
                <li style={{ listStyle: "none" }}>
                  <AnswerEditor
                    ref={followUpBox}
                    label={`Your answer to follow-up ${followUpsAnswered + 1}`}
                    initialText={followUpTextRef.current}
                    autosave={sessionSave}
                    toDraft={(text) => sessionJson({ turns, asking, pending: text })}
                    submitLabel="Answer"
                    busy={busy}
                    error={error}
                    testId="follow-up-input"
                    minRows={4}
                    onTextChange={(text) => {
                      followUpTextRef.current = text;
                    }}
                    onSubmit={(text) => void submitFollowUp(text)}
                    extraActions={
                      reading && reading.next.length > 1 ? (
                        <AlternativeFollowUps
                          current={asking}
                          options={reading.next}
                          onPick={(choice) => askNext(choice)}
                        />
                      ) : null
                    }
                  />
                </li>
              </>
            ) : null}
          </Conversation>
          {!asking ? (
            <Group mt="md" gap="sm">
              {canAskMore ? (
                <Button
                  onClick={() => askNext()}
                  disabled={!reading}
                  aria-keyshortcuts="N"
                  data-testid="next-follow-up"
                  leftSection={<Icon name="arrowRight" size={18} />}
                >
                  Next follow-up (N)
                </Button>
              ) : (
                <Text size="sm" c="dimmed">
                  {followUpsAnswered >= MAX_FOLLOW_UPS
                    ? "Four levels deep: that is as far as an interviewer usually goes."
                    : "The coach has no further follow-ups for this answer."}
                </Text>
              )}
            </Group>
          ) : null}
        </Paper>
      </div>
      <div className={classes.areaFinish}>
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="finish-heading">
          <Title order={2} size="h3" id="finish-heading" mb="xs">
            Rate yourself and save
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Saves the whole thread with its timings. The server’s coach re-reads every turn when it stores the attempt.
          </Text>
          <Stack gap="sm">
            <div>
              <Text size="sm" fw={500} id="self-rating-label" mb={4}>
                How did it feel? (optional)
              </Text>
              <SegmentedControl
                aria-labelledby="self-rating-label"
                value={selfRating}
                onChange={setSelfRating}
                data={SELF_RATING_OPTIONS}
                fullWidth
                data-testid="self-rating"
              />
              <Text size="xs" c="dimmed" mt={4}>
                {selfRating
                  ? `${selfRating}: ${SELF_RATING_HINTS[Number(selfRating) as 1 | 2 | 3 | 4 | 5]}`
                  : "1 lost … 5 interview-ready"}
              </Text>
            </div>
            {saveAttempt.isError ? (
              <Text size="sm" c="red" role="alert">
                Not saved: {saveAttempt.error.message}
              </Text>
            ) : null}
            {asking && followUpTextRef.current.trim() ? (
              <Text size="sm" c="dimmed">
                Answer the open follow-up first if you want it saved: unanswered follow-ups are left out.
              </Text>
            ) : null}
            <Group gap="sm">
              <Button onClick={save} loading={saveAttempt.isPending} disabled={busy} data-testid="save-attempt">
                Save attempt
              </Button>
              <ConfirmButton label="Discard and start over" onConfirm={() => void restart()} />
            </Group>
          </Stack>
        </Paper>
      </div>
    </div>
  );
}

/** A destructive action that asks once more, in place, before it acts. */
function ConfirmButton({
  label,
  onConfirm,
  size = "sm",
}: {
  label: string;
  onConfirm: () => void;
  size?: "sm" | "compact-sm";
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button variant="default" size={size} onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <Group gap="xs" role="group" aria-label="Confirm discarding">
      <Text size="sm">Discard what you typed?</Text>
      <Button color="red" size={size} onClick={onConfirm} autoFocus>
        Discard
      </Button>
      <Button variant="default" size={size} onClick={() => setAsking(false)}>
        Keep it
      </Button>
    </Group>
  );
}

function AlternativeFollowUps({
  current,
  options,
  onPick,
}: {
  current: FollowUp | string;
  options: FollowUp[];
  onPick: (choice: FollowUp) => void;
}) {
  const currentText = followUpText(current);
  const others = options.filter((option) => option.text !== currentText);
  if (others.length === 0) return null;
  const next = others[0]!;
  return (
    <Button variant="subtle" size="sm" onClick={() => onPick(next)} title={next.text}>
      Ask a different one
    </Button>
  );
}

function Shortcuts({ mod }: { mod: string }) {
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="shortcuts-heading"
      className={classes.shortcuts}
    >
      <Title order={2} size="h4" id="shortcuts-heading" mb="xs">
        Keyboard shortcuts
      </Title>
      <Stack gap={6}>
        <ShortcutHint keys={["S"]}>Start the clock</ShortcutHint>
        <ShortcutHint keys={[mod, "Enter"]}>Submit the answer</ShortcutHint>
        <ShortcutHint keys={["N"]}>Next follow-up</ShortcutHint>
      </Stack>
      <Text size="xs" c="dimmed" mt="xs">
        S and N work when you are not typing in a box.
      </Text>
    </Paper>
  );
}
