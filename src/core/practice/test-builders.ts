/**
 * Test helpers that read like the domain: a question from a few overrides, a practice record
 * (what the picker and the dashboard read) and an attempt request. Pure, so any test can use them.
 */
import type { PrincipleId, Question } from "../content/pack-schema.js";
import type { AttemptRequest, PracticeRecord } from "./attempt-schema.js";

export function buildQuestion(overrides: Partial<Question> & { id: string }): Question {
  return {
    type: "behavioural",
    text: `Tell me about a time for ${overrides.id}.`,
    principles: ["ownership"],
    roles: ["pm", "pmt", "tpm"],
    levels: ["L5", "L6", "L7"],
    difficulty: "medium",
    answerMinutes: 3,
    keyPoints: [
      { id: "kp-one", text: "First point.", signals: ["first", "one"] },
      { id: "kp-two", text: "Second point.", signals: ["second", "two"] },
      { id: "kp-three", text: "Third point.", signals: ["third", "three"] },
    ],
    tips: ["Tip one.", "Tip two."],
    followUps: ["What data did you use?", "What would you do differently?", "What was your part?"],
    ...overrides,
  };
}

let records = 0;

export function buildRecord(
  overrides: Partial<PracticeRecord> & { questionId: string; principleIds: PrincipleId[] },
): PracticeRecord {
  records++;
  return {
    id: `attempt-test-${records}`,
    vote: 3,
    score: 70,
    submittedAt: "2026-03-01T10:00:00.000Z",
    ...overrides,
  };
}

export function buildRequest(
  questionId: string,
  answers: string[],
  overrides: Partial<AttemptRequest> = {},
): AttemptRequest {
  return {
    questionId,
    turns: answers.map((answer, index) =>
      index === 0 ? { answer } : { answer, followUp: "Tell me more about that." },
    ),
    startedAt: "2026-03-01T10:00:00.000Z",
    answerSeconds: 150,
    ...overrides,
  };
}
