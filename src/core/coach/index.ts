/**
 * The offline answer coach's public surface, used by the server, the CLI and the web app.
 */
export {
  type AnalyzeInput,
  type AnalyzeOptions,
  analyzeAnswer,
  type CoachContext,
  inferQuestionType,
  MAX_ANSWER_CHARS,
} from "./analyze-answer.js";
export {
  type CoachResult,
  type CoachStats,
  CRITERION_IDS,
  type CriterionId,
  type CriterionResult,
  coachResultSchema,
  type Evidence,
  type FollowUp,
  type KeyPointResult,
  type PrincipleResult,
  RED_FLAG_IDS,
  type RedFlagId,
  type RedFlagResult,
} from "./coach-result-schema.js";
export { WORDS_PER_MINUTE } from "./delivery.js";
export {
  addFollowUpAnswer,
  type FollowUpThread,
  nextFollowUps,
  startThread,
  type ThreadTurn,
} from "./follow-up-thread.js";
export { classifyQuestion, type QuestionPrinciple } from "./principles.js";
export { VOTE_LABELS } from "./score.js";
