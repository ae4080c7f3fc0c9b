/**
 * The preparation plan and spaced review: what the server, the CLI and the web app use.
 */
export { buildPlan, markDone, REPLAN_REASONS, type ReplanReason, replan, replanReasons } from "./build-plan.js";
export { addDays, dateOf, daysBetween, type IsoDate } from "./calendar-days.js";
export {
  type CalendarAlarm,
  type CalendarEvent,
  type CalendarOptions,
  type IcsEventAttributes,
  INTERVIEW_REMINDER_DAYS,
  planCalendarEvents,
  toIcsEventAttributes,
} from "./plan-calendar.js";
export {
  AREA_NAMES,
  completionSchema,
  DROP_REASONS,
  type DroppedTask,
  type DropReason,
  droppedTaskSchema,
  PLAN_VERSION,
  type Plan,
  type PlanContent,
  type PlanInput,
  type PlanTask,
  type PlanWeek,
  type PracticeEvent,
  planContentFromPack,
  planInputSchema,
  planSchema,
  planTaskSchema,
  practiceEventSchema,
  ROLE_AREAS,
  TASK_KINDS,
  type TaskCompletion,
  type TaskKind,
} from "./plan-schema.js";
export { type PlanTotals, planTotals, type WeekTotals } from "./plan-totals.js";
export { applyPracticeEvents, type PracticeResult, SESSION_MINUTES } from "./practice-ticks.js";
export {
  cardWeakness,
  gradeCard,
  newReviewCard,
  type PracticeAttempt,
  REVIEW_CARD_KINDS,
  REVIEW_PROMPTS,
  type ReviewCard,
  type ReviewCardKind,
  type ReviewQueueOptions,
  type ReviewSources,
  recordAttempt,
  reviewCardId,
  reviewCardSchema,
  reviewQueue,
  syncReviewCards,
  voteToRating,
} from "./review-cards.js";
export { MAX_HOURS_PER_DAY, MIN_DAYS_BETWEEN_MOCKS } from "./schedule.js";
export { mockLoopTarget, TASK_HOURS, taskId } from "./task-demand.js";
export { areaWeakness, principleWeakness, principleWeaknessMap, STORIES_PER_PRINCIPLE } from "./weakness.js";
