/**
 * Everything the plan would like the user to do before the interview, with stable ids, hours
 * and a priority. The scheduler then fits as much as the hours allow, in priority order.
 *
 * Priority tiers (the order work is kept when hours run short):
 *   1. stories: a first story for every principle, then a second one, weakest principle first;
 *   2. full mock loops;
 *   3. drills: each principle, each functional area of the role, timed design sessions,
 *      weakest first;
 *   4. writing: the PR/FAQ and the six-page narrative;
 *   5. reading: the questions to ask interviewers, then the must-know topics.
 */
import { type Level, PRINCIPLE_IDS, type PrincipleId, type QuestionType } from "../content/pack-schema.js";
import { AREA_NAMES, type PlanContent, type PlanInput, ROLE_AREAS, type TaskKind } from "./plan-schema.js";
import {
  areaWeakness,
  principlesByWeakness,
  principleWeakness,
  STORIES_PER_PRINCIPLE,
  storyCount,
} from "./weakness.js";

/**
 * Planned hours per task. They add up to about 75 hours for a PMT starting from nothing,
 * inside the 60-80 hours candidates typically spend (DOMAIN.md).
 */
export const TASK_HOURS = {
  /** Drafting a STAR story from scratch, with numbers, and telling it aloud once. */
  firstStory: 1,
  /** A further story for a principle often reuses a story from another principle with a new angle. */
  anotherStory: 0.5,
  /** Four or five rounds of about 45 minutes, plus reviewing the recording. */
  mockLoop: 4,
  /** Two or three questions aloud for one principle, with the follow-ups. */
  principleDrill: 1,
  areaDrill: 1.5,
  /** One 45-minute timed exercise on the framework, plus a review. */
  session: 1,
  prFaq: 2,
  sixPager: 3,
  questionsToAsk: 0.5,
  reading: 0.5,
} as const;

export const TIERS = ["story", "mock", "drill", "writing", "reading"] as const;
export type Tier = (typeof TIERS)[number];

export interface WantedTask {
  id: string;
  kind: TaskKind;
  title: string;
  target: string | null;
  n: number;
  plannedHours: number;
  tier: Tier;
  /** 0 is the most important; unique. */
  priority: number;
  /** Where in the time left the task would ideally sit: 0 is today, 1 the last working day. */
  prefer: number;
}

/** Kinds that can occur several times for one target, so their ids always carry the ordinal. */
const REPEATED_KINDS: ReadonlySet<TaskKind> = new Set([
  "story",
  "mock-loop",
  "system-design-session",
  "product-sense-session",
]);

/** The stable id of a task: re-plans find the same id for the same work, so ticks survive. */
export function taskId(kind: TaskKind, target: string | null, n = 1): string {
  const parts: string[] = [kind];
  if (target !== null) parts.push(target);
  if (REPEATED_KINDS.has(kind) || n > 1) parts.push(String(n));
  return parts.join(":");
}

/** Three full mock loops is the usual advice; a long runway earns one or two more. */
export function mockLoopTarget(scheduleWeeks: number): number {
  return 3 + (scheduleWeeks >= 9 ? 1 : 0) + (scheduleWeeks >= 13 ? 1 : 0);
}

/** An L6 or L7 loop leans harder on the functional rounds, so it gets a third timed session. */
export function sessionTarget(level: Level): number {
  return level === "L5" ? 2 : 3;
}

const ORDINALS = ["first", "second", "third", "fourth", "fifth"];

function principleName(content: PlanContent, id: PrincipleId): string {
  return content.principles?.find((principle) => principle.id === id)?.name ?? id;
}

export interface DemandOptions {
  /** Weeks that still have working days; long runways get extra mock loops. */
  scheduleWeeks: number;
  /** Full mock loops already done, in the plan or outside it. */
  mocksDone: number;
}

export function planDemand(input: PlanInput, content: PlanContent, options: DemandOptions): WantedTask[] {
  const wanted: Omit<WantedTask, "priority">[] = [];
  const weakestFirst = principlesByWeakness(input);
  const add = (task: Omit<WantedTask, "id" | "priority">) =>
    wanted.push({ ...task, id: taskId(task.kind, task.target, task.n) });

  // Tier 1: every principle gets a first story before any gets a second.
  for (let n = 1; n <= STORIES_PER_PRINCIPLE; n++) {
    for (const principle of weakestFirst) {
      if (storyCount(input, principle) >= n) continue;
      const name = principleName(content, principle);
      add({
        kind: "story",
        title:
          n === 1 ? `Write a STAR story for ${name}` : `Write a ${ORDINALS[n - 1] ?? `${n}th`} STAR story for ${name}`,
        target: principle,
        n,
        plannedHours: n === 1 ? TASK_HOURS.firstStory : TASK_HOURS.anotherStory,
        tier: "story",
        prefer: n === 1 ? 0 : 0.1,
      });
    }
  }

  // Tier 2: mock loops; the scheduler spaces them and puts the last 2-5 days before the interview.
  const mockTotal = mockLoopTarget(options.scheduleWeeks);
  for (let n = options.mocksDone + 1; n <= mockTotal; n++) {
    add({
      kind: "mock-loop",
      title: `Full mock loop ${n} of ${mockTotal}: record it and review the vague answers`,
      target: null,
      n,
      plannedHours: TASK_HOURS.mockLoop,
      tier: "mock",
      prefer: 1,
    });
  }

  // Tier 3: drills, weakest first, spread through the middle of the plan.
  const drills: (Omit<WantedTask, "id" | "priority" | "prefer"> & { weakness: number; order: number })[] = [];
  weakestFirst.forEach((principle, order) => {
    drills.push({
      kind: "principle-drill",
      title: `Drill ${principleName(content, principle)}: answer two questions aloud and take the follow-ups`,
      target: principle,
      n: 1,
      plannedHours: TASK_HOURS.principleDrill,
      tier: "drill",
      weakness: principleWeakness(input, principle),
      order,
    });
  });
  const areas = ROLE_AREAS[input.role];
  areas.forEach((area, index) => {
    drills.push({
      kind: "area-drill",
      title: `Drill ${AREA_NAMES[area].toLowerCase()}: two questions on the timer, then the coach's key points`,
      target: area,
      n: 1,
      plannedHours: TASK_HOURS.areaDrill,
      tier: "drill",
      weakness: areaWeakness(input, area),
      order: PRINCIPLE_IDS.length + index,
    });
  });
  const sessionKinds: [TaskKind, QuestionType, string][] = [];
  if (areas.includes("system-design")) sessionKinds.push(["system-design-session", "system-design", "System design"]);
  if (input.role !== "tpm") sessionKinds.push(["product-sense-session", "product-sense", "Product sense"]);
  const sessions = sessionTarget(input.level);
  for (const [kind, area, label] of sessionKinds) {
    for (let n = 1; n <= sessions; n++) {
      drills.push({
        kind,
        title: `${label} session ${n}: 45 minutes on the framework, then review the trade-offs`,
        target: null,
        n,
        plannedHours: TASK_HOURS.session,
        tier: "drill",
        // Later sessions matter less than covering every drill once.
        weakness: areaWeakness(input, area) - (n - 1),
        order: 100 + n * 10 + (kind === "system-design-session" ? 0 : 1),
      });
    }
  }
  drills.sort((a, b) => b.weakness - a.weakness || a.order - b.order);
  drills.forEach(({ weakness: _weakness, order: _order, ...drill }, index) => {
    add({ ...drill, prefer: 0.25 + (0.6 * index) / Math.max(1, drills.length - 1) });
  });

  // Tier 4: writing exercises in the middle, once some stories exist to draw on.
  add({
    kind: "pr-faq",
    title: "Write a mock PR/FAQ: the press release first, then customer and internal FAQs",
    target: null,
    n: 1,
    plannedHours: TASK_HOURS.prFaq,
    tier: "writing",
    prefer: 0.45,
  });
  add({
    kind: "six-pager",
    title: "Write a six-page narrative: prose, no bullets, data instead of adjectives",
    target: null,
    n: 1,
    plannedHours: TASK_HOURS.sixPager,
    tier: "writing",
    prefer: 0.6,
  });

  // Tier 5: reading, spread from the start; the questions to ask sit near the end.
  add({
    kind: "questions-to-ask",
    title: "Prepare the questions you will ask each interviewer",
    target: null,
    n: 1,
    plannedHours: TASK_HOURS.questionsToAsk,
    tier: "reading",
    prefer: 0.9,
  });
  content.topics.forEach((topic, index) => {
    add({
      kind: "reading",
      title: `Read up: ${topic.name}`,
      target: topic.id,
      n: 1,
      plannedHours: TASK_HOURS.reading,
      tier: "reading",
      prefer: 0.05 + (0.75 * index) / Math.max(1, content.topics.length - 1),
    });
  });

  return wanted.map((task, priority) => ({ ...task, priority }));
}
