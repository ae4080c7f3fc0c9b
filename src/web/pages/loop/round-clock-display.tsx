/** The round clock on screen: counting down while the loop runs, the overrun in red after. */
import { Progress, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import type { LoopState } from "../../../core/loop/index.js";
import classes from "./loop.module.css";
import { describeClock, formatDuration, roundClock } from "./round-clock.js";

export function RoundClockDisplay({ state, round, minutes }: { state: LoopState; round: number; minutes: number }) {
  const [now, setNow] = useState(() => Date.now());
  const running = state.status === "in-progress";
  useEffect(() => {
    setNow(Date.now());
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);

  const clock = roundClock(state, round, minutes, now);
  const used = Math.min(100, (clock.elapsed / (minutes * 60)) * 100);
  return (
    <Stack gap={4} data-testid="round-clock">
      <div
        className={classes.clockLine}
        role="timer"
        aria-label={`Round clock: ${describeClock(clock)}${clock.stopped ? ", stopped" : ""}`}
      >
        <Text component="span" className={classes.clock} data-overrun={clock.overrun}>
          {clock.overrun ? `+${formatDuration(clock.remaining)}` : formatDuration(clock.remaining)}
        </Text>
        <Text component="span" size="xs" c="dimmed" className={classes.clockSuffix}>
          {clock.overrun ? "over time" : clock.stopped ? "paused" : `of ${minutes} min`}
        </Text>
      </div>
      <Progress
        value={used}
        size="sm"
        color={clock.overrun ? "red" : "indigo"}
        aria-hidden="true"
        className={classes.clockProgress}
      />
    </Stack>
  );
}
