/**
 * The mock loop: generate a seeded plan, run it as pure state transitions, and debrief it.
 * Servers, the CLI and the web app import from here.
 */
export type { CoachEvidence, LoopCoachResult } from "./coach-contract.js";
export { loopCoachResultSchema } from "./coach-contract.js";
export { debriefToMarkdown, escapeMarkdown, type MarkdownOptions } from "./debrief-markdown.js";
export {
  FOLLOW_UP_LADDERS,
  type FollowUpSuggestion,
  followUpLimit,
  questionFollowUpDepth,
  suggestFollowUp,
} from "./follow-up-probes.js";
export {
  type GenerateLoopInput,
  generateLoop,
  type LoopPack,
  ONSITE_ROUND_MINUTES,
  PHONE_MINUTES,
  ROLE_FUNCTIONAL_AREAS,
} from "./generate-loop.js";
export {
  CALIBRATION_DIMENSIONS,
  type CalibrationDimension,
  calibrateLevel,
  type DimensionReading,
  type LevelCalibration,
  type LevelEvidence,
  type LevelSource,
} from "./level-calibration.js";
export {
  buildDebrief,
  type DataPoint,
  type DebriefContent,
  type DebriefOptions,
  type Decision,
  type Heatmap,
  type HeatmapCell,
  type InterviewerFeedback,
  keyCriteria,
  type LoopDebrief,
  type PrincipleFeedback,
  type StoryReuse,
} from "./loop-debrief.js";
export { LOOP_ERROR_CODES, LoopError, type LoopErrorCode } from "./loop-error.js";
export * from "./loop-schema.js";
export {
  type AnswerInput,
  type AnswerOutcome,
  activeSeconds,
  addFollowUp,
  answerQuestion,
  type CurrentQuestion,
  createLoopState,
  currentQuestion,
  type FollowUpContent,
  type FollowUpInput,
  finishLoop,
  nextFollowUp,
  nextQuestion,
  nextRound,
  pauseLoop,
  resumeLoop,
  startLoop,
} from "./loop-session.js";
export { answerVote, VOTE_NAMES, type Vote } from "./loop-votes.js";
export { buildNextSteps, type DrillTarget, type NextStep } from "./next-steps.js";
export { RECENT_DAYS, recentQuestionIds } from "./question-picker.js";
export { MAX_QUOTE_CHARS, type Quote, type QuoteSource } from "./quotes.js";
export { deriveSeed, mulberry32 } from "./seeded-random.js";
