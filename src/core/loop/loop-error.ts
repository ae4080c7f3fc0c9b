/**
 * Domain errors for the mock loop. The server maps each code to an HTTP status in one place;
 * the messages are written for the person using the app.
 */
export const LOOP_ERROR_CODES = [
  "invalid-input",
  "pack-incomplete",
  "not-started",
  "already-started",
  "paused",
  "not-paused",
  "finished",
  "already-answered",
  "not-answered",
  "follow-up-limit",
  "no-more-questions",
  "no-more-rounds",
  "time-out-of-order",
] as const;
export type LoopErrorCode = (typeof LOOP_ERROR_CODES)[number];

export class LoopError extends Error {
  override name = "LoopError";
  constructor(
    readonly code: LoopErrorCode,
    message: string,
  ) {
    super(message);
  }
}
