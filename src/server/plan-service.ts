/**
 * The preparation plan, kept in step with what the user does: it is re-planned when the date,
 * hours, role or level change or when the user falls behind or gets ahead, and ticked by the
 * practice recorded in the database (attempts, saved stories, finished mock loops).
 * Review cards are derived from the practice history each time, so they never drift from it.
 */
import type { ContentPack } from "../core/content/load-pack.js";
import type { PrincipleId, QuestionType } from "../core/content/pack-schema.js";
import {
  applyPracticeEvents,
  buildPlan,
  gradeCard,
  type Plan,
  type PlanInput,
  type PracticeEvent,
  planContentFromPack,
  planTotals,
  type ReviewCard,
  recordAttempt,
  replan,
  replanReasons,
  reviewQueue,
  syncReviewCards,
} from "../core/plan/index.js";
import { buildStoryMatrix } from "../core/stories/story-matrix.js";
import { storyContent } from "../core/stories/story-record.js";
import { AppError } from "./errors.js";
import type { Db } from "./storage/database.js";
import { listAttempts } from "./storage/repositories/attempt-repository.js";
import { listLoops } from "./storage/repositories/loop-repository.js";
import { getStoredPlan, type StoredPlan, saveStoredPlan } from "./storage/repositories/plan-repository.js";
import { listReviews } from "./storage/repositories/review-repository.js";
import { getSettings } from "./storage/repositories/settings-repository.js";
import { listStories } from "./storage/repositories/story-repository.js";
import { storyQualities } from "./story-service.js";

export type PlanSetting = "interviewDate" | "hoursPerWeek" | "role" | "level";

async function history(db: Db) {
  const [attempts, stories, loops] = await Promise.all([listAttempts(db), listStories(db), listLoops(db)]);
  return { attempts: [...attempts].reverse(), stories, loops };
}

async function planInput(db: Db, pack: ContentPack, today: string, completions: StoredPlan["completions"]) {
  const settings = await getSettings(db);
  const missing = (["interviewDate", "hoursPerWeek", "role", "level"] as const).filter(
    (key) => settings[key] === undefined,
  );
  if (missing.length > 0) return { missing };
  const { attempts, stories, loops } = await history(db);
  const matrix = buildStoryMatrix(
    stories.map((s) => ({ id: s.id, content: storyContent(s) })),
    { qualities: storyQualities(stories, pack) },
  );
  const principles: Partial<Record<PrincipleId, number[]>> = {};
  const areas: Partial<Record<QuestionType, number[]>> = {};
  for (const attempt of attempts) {
    const primary = attempt.principleIds[0];
    if (primary) principles[primary] = [...(principles[primary] ?? []), attempt.vote];
    areas[attempt.questionType] = [...(areas[attempt.questionType] ?? []), attempt.vote];
  }
  const input: PlanInput = {
    today,
    interviewDate: settings.interviewDate!,
    hoursPerWeek: settings.hoursPerWeek!,
    role: settings.role!,
    level: settings.level!,
    storiesPerPrinciple: Object.fromEntries(matrix.rows.map((r) => [r.principle, r.strongCount])),
    recentVotes: { principles, areas },
    completions,
    mockLoopsDone: loops.filter((l) => l.state.finishedAt).map((l) => l.state.finishedAt!.slice(0, 10)),
  };
  return { input, attempts, stories, loops };
}

/** Practice since the plan started, as the events the planner ticks tasks from. */
function practiceEvents(data: {
  attempts: Awaited<ReturnType<typeof history>>["attempts"];
  stories: Awaited<ReturnType<typeof history>>["stories"];
  loops: Awaited<ReturnType<typeof history>>["loops"];
}) {
  const events: { id: string; at: string; event: PracticeEvent }[] = [];
  for (const a of data.attempts) {
    const seconds = a.timings.reduce((sum, t) => sum + (t.seconds ?? 0), 0) || a.answerSeconds;
    events.push({
      id: `attempt:${a.id}`,
      at: a.submittedAt,
      event: {
        kind: "practice",
        principleId: a.principleIds[0],
        questionType: a.questionType,
        minutes: Math.min(600, Math.max(1, seconds / 60)),
        at: a.submittedAt,
      },
    });
  }
  for (const s of data.stories) {
    events.push({
      id: `story:${s.id}`,
      at: s.createdAt,
      event: { kind: "story-saved", principleIds: s.principles.map((p) => p.id), at: s.createdAt },
    });
  }
  for (const l of data.loops) {
    if (l.state.finishedAt)
      events.push({
        id: `loop:${l.id}`,
        at: l.state.finishedAt,
        event: { kind: "mock-finished", at: l.state.finishedAt },
      });
  }
  return events.sort((x, y) => x.at.localeCompare(y.at));
}

export interface PlanView {
  plan: Plan | null;
  missingSettings: PlanSetting[];
  totals?: ReturnType<typeof planTotals>;
  replanned: string[];
  ticked: string[];
}

export async function currentPlan(
  db: Db,
  pack: ContentPack,
  today: string,
  now: Date,
  change?: { tick?: { taskId: string; done: boolean } },
): Promise<PlanView> {
  const stored = await getStoredPlan(db);
  let completions = stored?.completions ?? [];
  let previous = stored?.plan;
  if (change?.tick) {
    const { taskId, done } = change.tick;
    const task = previous?.tasks.find((t) => t.id === taskId);
    if (!previous || !task) throw new AppError("not_found", `No task "${taskId}" in the plan.`, "params.taskId");
    completions = completions.filter((c) => c.taskId !== taskId);
    if (done) completions.push({ taskId, hoursDone: task.plannedHours, doneOn: today });
    else {
      // Untick: the previous plan must forget the tick too, or the re-plan would keep it.
      previous = {
        ...previous,
        tasks: previous.tasks.map((t) => (t.id === taskId ? { ...t, done: false, doneOn: null, hoursDone: null } : t)),
        doneWhenPlanned: previous.doneWhenPlanned.filter((id) => id !== taskId),
      };
    }
  }
  const built = await planInput(db, pack, today, completions);
  if ("missing" in built)
    return { plan: null, missingSettings: built.missing as PlanSetting[], replanned: [], ticked: [] };
  const content = planContentFromPack(pack);
  const reasons = previous ? replanReasons(previous, built.input) : [];
  let plan = previous
    ? reasons.length > 0 || change?.tick
      ? replan(previous, built.input, content)
      : previous
    : buildPlan(built.input, content);

  const applied = new Set(stored?.appliedEvents ?? []);
  const fresh = practiceEvents(built).filter((e) => !applied.has(e.id) && e.at.slice(0, 10) >= plan.startDate);
  let ticked: string[] = [];
  if (fresh.length > 0) {
    const result = applyPracticeEvents(
      plan,
      fresh.map((e) => e.event),
      now.toISOString(),
    );
    plan = result.plan;
    completions = [
      ...completions.filter((c) => !result.completed.some((d) => d.taskId === c.taskId)),
      ...result.completed,
    ];
    ticked = result.completed.map((c) => c.taskId);
    for (const e of fresh) applied.add(e.id);
  }
  await saveStoredPlan(db, { plan, completions, appliedEvents: [...applied] });
  return { plan, missingSettings: [], totals: planTotals(plan), replanned: reasons, ticked };
}

/** The review cards as the practice history has graded them, and the ones due now. */
export async function reviewCards(
  db: Db,
  pack: ContentPack,
  now: Date,
): Promise<{ cards: ReviewCard[]; due: ReviewCard[] }> {
  const { attempts, stories } = await history(db);
  const start = attempts[0]?.submittedAt ?? now.toISOString();
  let cards = syncReviewCards(
    [],
    {
      principleIds: pack.principles.map((p) => p.id),
      stories: stories.map((s) => ({ id: s.id, principleIds: s.principles.map((p) => p.id) })),
    },
    start < now.toISOString() ? start : now,
  );
  // Attempts and reviews from the queue, in the order they happened, each grade the cards.
  const done = [
    ...attempts.map((attempt) => ({ at: attempt.submittedAt, attempt })),
    ...(await listReviews(db)).map((review) => ({ at: review.reviewedAt.toISOString(), review })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  for (const item of done) {
    if ("attempt" in item) {
      const { attempt } = item;
      cards = recordAttempt(cards, {
        questionId: attempt.questionId,
        storyId: attempt.storyId,
        principleIds: attempt.principleIds,
        vote: attempt.vote,
        at: attempt.submittedAt,
      });
    } else {
      cards = cards.map((card) => (card.id === item.review.cardId ? gradeCard(card, item.review.vote, item.at) : card));
    }
  }
  return { cards, due: reviewQueue(cards, now) };
}
