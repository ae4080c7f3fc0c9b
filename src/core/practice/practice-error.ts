/**
 * Domain errors for practice. The server maps each code to an HTTP status in one place; the
 * messages are written for the person using the app.
 */
export const PRACTICE_ERROR_CODES = ["question-mismatch", "different-questions"] as const;
export type PracticeErrorCode = (typeof PRACTICE_ERROR_CODES)[number];

export class PracticeError extends Error {
  override name = "PracticeError";
  constructor(
    readonly code: PracticeErrorCode,
    message: string,
  ) {
    super(message);
  }
}
