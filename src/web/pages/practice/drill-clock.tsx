/**
 * The drill clock: a countdown to the target, a wrap-up stretch to the limit, then an overrun
 * indicator; for a system design drill, the phases on the clock with the current one and the
 * next. Everything is computed by src/core/practice/drill-timer from the elapsed seconds, so
 * the clock ticks here without re-rendering the rest of the page.
 */
import { Badge, Group, Paper, Progress, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { clockAt, type DrillTiming, formatClock } from "../../../core/practice/drill-timer.js";
import classes from "./practice.module.css";

/** Four ticks a second: the figure never lags a real second by more than a quarter. */
const TICK_MS = 250;

function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}

function Figure({ value, caption }: { value: string; caption: string }) {
  return (
    <div>
      <div className={classes.clockFigure} role="timer" aria-label={`${value} ${caption}`} data-testid="clock-figure">
        {value}
      </div>
      <Text size="sm" c="dimmed">
        {caption}
      </Text>
    </div>
  );
}

interface ClockProps {
  timing: DrillTiming;
  /** Epoch milliseconds; undefined until the drill starts. */
  startedAt?: number;
  stoppedAt?: number;
}

/** What the clock reads now: the figure, its caption and the drill-timer state behind them. */
function useClockReading({ timing, startedAt, stoppedAt }: ClockProps) {
  const running = startedAt !== undefined && stoppedAt === undefined;
  const now = useNow(running);
  const elapsed = startedAt === undefined ? 0 : Math.max(0, ((stoppedAt ?? now) - startedAt) / 1000);
  const clock = clockAt(timing, elapsed);
  const behavioural = timing.questionType === "behavioural";
  const limit = formatClock(timing.limitSeconds);

  let figure: { value: string; caption: string };
  if (startedAt === undefined) {
    figure = behavioural
      ? { value: formatClock(timing.targetSeconds), caption: `target; the limit is ${limit}` }
      : { value: limit, caption: "for this drill" };
  } else if (stoppedAt !== undefined) {
    figure = clock.overrun
      ? {
          value: formatClock(elapsed),
          caption: `answered, ${formatClock(clock.overrunSeconds)} over the ${limit} limit`,
        }
      : {
          value: formatClock(elapsed),
          caption: behavioural ? `answered (target ${formatClock(timing.targetSeconds)})` : "answered",
        };
  } else if (clock.overrun) {
    figure = { value: `+${formatClock(clock.overrunSeconds)}`, caption: `over the ${limit} limit` };
  } else if (behavioural && clock.status === "running") {
    figure = { value: formatClock(clock.untilTarget), caption: `to the ${formatClock(timing.targetSeconds)} target` };
  } else if (behavioural) {
    figure = { value: formatClock(clock.remainingSeconds), caption: `to the ${limit} limit: wrap up` };
  } else {
    figure = { value: formatClock(clock.remainingSeconds), caption: "left" };
  }

  const status = startedAt === undefined ? "ready" : stoppedAt !== undefined ? "stopped" : clock.status;
  return { elapsed, clock, behavioural, figure, status };
}

/**
 * The clock in one line, pinned under the header on narrow screens where the full clock sits
 * below the answer box. Hidden from assistive technology: the full clock says the same.
 */
export function DrillClockBar(props: ClockProps) {
  const { clock, figure, status } = useClockReading(props);
  return (
    <div className={classes.clockBar} aria-hidden="true" data-status={status} data-testid="clock-bar">
      <span className={classes.clockBarFigure}>{figure.value}</span>
      <span className={classes.clockBarCaption}>
        {clock.phase ? `${clock.phase.phase.name} · ` : ""}
        {figure.caption}
      </span>
    </div>
  );
}

export function DrillClock(props: ClockProps) {
  const { timing, stoppedAt } = props;
  const { elapsed, clock, behavioural, figure, status } = useClockReading(props);
  const used = timing.limitSeconds > 0 ? Math.min(100, (elapsed / timing.limitSeconds) * 100) : 0;
  const color = clock.status === "overrun" ? "red" : clock.status === "wrap-up" ? "orange" : "indigo";

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      className={classes.clock}
      component="section"
      aria-labelledby="clock-heading"
      data-testid="drill-clock"
      data-status={status}
      data-phase={clock.phase?.phase.id}
    >
      <Group justify="space-between" align="center" mb={6}>
        <Title order={2} size="h4" id="clock-heading">
          Clock
        </Title>
        {clock.overrun ? (
          <Badge color="red" variant="filled" data-testid="overrun">
            Over time
          </Badge>
        ) : stoppedAt !== undefined ? (
          <Badge color="gray" variant="light">
            Stopped
          </Badge>
        ) : null}
      </Group>
      <Stack gap="sm">
        <Figure value={figure.value} caption={figure.caption} />
        <Progress value={used} color={color} aria-label="Time used of the limit" size="sm" />
        <Text size="xs" c="dimmed" className={classes.timing}>
          Elapsed {formatClock(elapsed)}
          {behavioural ? ` · aim for 2–3 minutes` : ` · suggested ${Math.round(timing.limitSeconds / 60)} minutes`}
        </Text>
        {timing.phases && clock.phase ? <Phases timing={timing} elapsed={elapsed} /> : null}
      </Stack>
    </Paper>
  );
}

function Phases({ timing, elapsed }: { timing: DrillTiming; elapsed: number }) {
  const phases = timing.phases ?? [];
  const state = clockAt(timing, elapsed).phase;
  if (!state) return null;
  const next = phases[state.index + 1];
  return (
    <Stack gap="xs" data-testid="phases">
      <ol className={classes.phases} aria-label="Phases of the drill">
        {phases.map((phase, index) => {
          const status = index < state.index ? "done" : index === state.index ? "current" : "upcoming";
          return (
            <li
              key={phase.id}
              className={classes.phase}
              data-state={status}
              aria-current={status === "current" ? "step" : undefined}
              data-testid={`phase-${phase.id}`}
            >
              <span className={classes.phaseNumber}>{index + 1}.</span>
              <span>{phase.name}</span>
              <span className={classes.phaseTime}>
                {formatClock(phase.startSeconds)}–{formatClock(phase.endSeconds)}
              </span>
            </li>
          );
        })}
      </ol>
      <div data-testid="current-phase">
        <Text size="sm" fw={700}>
          Now: {state.phase.name}
          {state.finished ? "" : ` (${formatClock(state.remainingInPhase)} left)`}
        </Text>
        <Text size="sm">{state.phase.prompt}</Text>
      </div>
      <Text size="sm" c="dimmed" data-testid="next-phase">
        {next
          ? `Next: ${next.name} at ${formatClock(next.startSeconds)}`
          : state.finished
            ? "Time is up: summarise and stop."
            : "Last phase: land the summary."}
      </Text>
    </Stack>
  );
}
