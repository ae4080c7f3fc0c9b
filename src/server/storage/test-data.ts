/** Test builders that read like the domain: buildUserQuestion(), backupDataArbitrary(). */
import fc from "fast-check";
import type { BackupData } from "../../core/backup/backup-schema.js";
import { LEVELS, PRINCIPLE_IDS, QUESTION_TYPES, ROLES } from "../../core/content/pack-schema.js";
import type { UserQuestion } from "../../core/questions/user-question.js";
import { THEMES } from "../../core/settings/settings-schema.js";
import type { StoryMetric } from "../../core/stories/story-schema.js";

export function buildUserQuestion(overrides: Partial<UserQuestion> = {}): UserQuestion {
  return {
    id: "user-sample-0001",
    type: "behavioural",
    text: "Tell me about a time you changed your mind.",
    principles: ["are-right-a-lot"],
    roles: ["pm", "pmt", "tpm"],
    levels: ["L5", "L6"],
    difficulty: "medium",
    answerMinutes: 3,
    keyPoints: [],
    tips: [],
    followUps: [],
    ...overrides,
  };
}

// Printable text without NUL and without leading/trailing space (the schema trims).
const textArb = (max: number) =>
  fc
    .string({ minLength: 1, maxLength: max, unit: "grapheme" })
    .map((s) => s.replaceAll("\u0000", "").trim())
    .filter((s) => s.length > 0);
const isoArb = fc
  .date({ min: new Date("2000-01-01T00:00:00.000Z"), max: new Date("2100-01-01T00:00:00.000Z"), noInvalidDate: true })
  .map((d) => d.toISOString());
const kebabArb = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);

export function userQuestionArbitrary(): fc.Arbitrary<UserQuestion> {
  return fc.record({
    id: fc.stringMatching(/^[a-z0-9]{4,12}$/).map((s) => `user-${s}`),
    type: fc.constantFrom(...QUESTION_TYPES),
    text: textArb(200),
    principles: fc.uniqueArray(fc.constantFrom(...PRINCIPLE_IDS), { minLength: 1, maxLength: 4 }),
    roles: fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 3 }),
    levels: fc.uniqueArray(fc.constantFrom(...LEVELS), { minLength: 1, maxLength: 3 }),
    difficulty: fc.constantFrom("easy", "medium", "hard" as const),
    answerMinutes: fc.integer({ min: 1, max: 60 }),
    keyPoints: fc
      .array(fc.record({ id: kebabArb, text: textArb(80), signals: fc.constant<string[]>(["alpha*", "beta gamma"]) }), {
        maxLength: 2,
      })
      .map((points) => points.filter((p, i, all) => all.findIndex((o) => o.id === p.id) === i)),
    tips: fc.array(textArb(80), { maxLength: 3 }),
    followUps: fc.array(textArb(80), { maxLength: 3 }),
  });
}

export function backupDataArbitrary(): fc.Arbitrary<BackupData> {
  return fc
    .record({
      settings: fc.record(
        {
          interviewDate: isoArb.map((s) => s.slice(0, 10)),
          role: fc.constantFrom(...ROLES),
          level: fc.constantFrom(...LEVELS),
          hoursPerWeek: fc.integer({ min: 1, max: 60 }),
          theme: fc.constantFrom(...THEMES),
        },
        { requiredKeys: [] },
      ),
      userQuestions: fc.uniqueArray(
        fc.record({ question: userQuestionArbitrary(), createdAt: isoArb, updatedAt: isoArb }),
        {
          maxLength: 5,
          selector: (entry) => entry.question.id,
        },
      ),
      checklistTicks: fc.uniqueArray(fc.record({ itemId: kebabArb, tickedAt: isoArb }), {
        maxLength: 5,
        selector: (t) => t.itemId,
      }),
      storyEntries: storyEntriesArbitrary(),
      drafts: fc.uniqueArray(
        fc.record({
          key: fc.stringMatching(/^[a-z0-9][a-z0-9:._-]{0,20}$/),
          text: fc.string({ maxLength: 200 }).map((t) => t.replaceAll("\u0000", "")),
          updatedAt: isoArb,
        }),
        { maxLength: 3, selector: (d) => d.key },
      ),
    })
    .map(({ storyEntries, ...rest }) => ({
      ...rest,
      stories: storyEntries.map((s) => ({
        id: s.id,
        ...s.content,
        archived: s.archived,
        version: 1,
        createdAt: s.at,
        updatedAt: s.at,
      })),
      storyVersions: storyEntries.map((s) => ({
        storyId: s.id,
        version: 1,
        savedAt: s.at,
        archived: s.archived,
        content: s.content,
      })),
      attempts: [] as BackupData["attempts"],
      loops: [] as BackupData["loops"],
      plan: null,
      reviews: [] as BackupData["reviews"],
    }));
}

const storyContentArb = fc.record(
  {
    title: textArb(60).map((s) => s.replace(/[\r\n]/g, " ").trim() || "Untitled"),
    situation: textArb(200),
    action: textArb(200),
    result: textArb(200),
    metrics: fc.constant<StoryMetric[]>([]),
    principles: fc
      .uniqueArray(fc.constantFrom(...PRINCIPLE_IDS), { maxLength: 3 })
      .map((ids) => ids.map((id, i) => ({ id, strength: i === 0 ? ("primary" as const) : ("secondary" as const) }))),
    tags: fc.constant<string[]>([]),
    judgementCalls: fc.constant<string[]>([]),
  },
  { requiredKeys: ["title", "metrics", "principles", "tags", "judgementCalls"] },
);

/** Stories with their first version, consistent with each other as an export writes them. */
function storyEntriesArbitrary() {
  return fc.uniqueArray(
    fc.record({
      id: fc.stringMatching(/^[a-z0-9]{6,10}$/).map((s) => `story-${s}`),
      content: storyContentArb,
      at: isoArb,
      archived: fc.boolean(),
    }),
    { maxLength: 3, selector: (s) => s.id },
  );
}
