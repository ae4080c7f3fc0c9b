/** Runs the coach for the API and the CLI: resolves the question, then calls core. */
import { analyzeAnswer } from "../core/coach/analyze-answer.js";
import type { CoachResult } from "../core/coach/coach-result-schema.js";
import { classifyQuestion } from "../core/coach/principles.js";
import type { ContentPack } from "../core/content/load-pack.js";
import type { QuestionIndex } from "../core/content/question-search.js";
import { AppError } from "./errors.js";
import type { AnalyzeRequest, ClassifyResponse } from "./routes/coach/schema.js";

export function analyzeRequest(
  request: AnalyzeRequest,
  pack: ContentPack,
  index: Pick<QuestionIndex, "get">,
): CoachResult {
  const question = request.questionId ? index.get(request.questionId) : undefined;
  if (request.questionId && !question)
    throw new AppError("not_found", `No question with id "${request.questionId}".`, "questionId");
  return analyzeAnswer(
    {
      answer: request.answer,
      question,
      questionText: question ? undefined : request.question,
      principleId: request.principle,
      spoken: request.spoken,
    },
    { principles: pack.principles },
  );
}

export function classifyText(text: string, pack: ContentPack): ClassifyResponse {
  const names = new Map(pack.principles.map((p) => [p.id, p.name]));
  return {
    principles: classifyQuestion(text, pack.principles).map((p) => ({
      id: p.id,
      name: names.get(p.id) ?? p.id,
      score: p.score,
    })),
  };
}
