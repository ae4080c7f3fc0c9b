import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { analyzeAnswer } from "../../../core/coach/analyze-answer.js";
import {
  addFollowUp,
  answerQuestion,
  buildDebrief,
  createLoopState,
  currentQuestion,
  debriefToMarkdown,
  finishLoop,
  generateLoop,
  LoopError,
  type LoopState,
  nextFollowUp,
  nextQuestion,
  nextRound,
  pauseLoop,
  resumeLoop,
  startLoop,
} from "../../../core/loop/index.js";
import { planLoopStories } from "../../../core/stories/loop-plan.js";
import { storyContent } from "../../../core/stories/story-record.js";
import type { AppDeps } from "../../app.js";
import { AppError } from "../../errors.js";
import { listAttempts } from "../../storage/repositories/attempt-repository.js";
import { getLoop, insertLoop, listLoops, saveLoopState } from "../../storage/repositories/loop-repository.js";
import { listStories } from "../../storage/repositories/story-repository.js";
import { principleSignals, storyQualities } from "../../story-service.js";
import {
  debriefQuerySchema,
  loopActionSchema,
  loopAnswerBodySchema,
  loopFollowUpBodySchema,
  newLoopBodySchema,
} from "./schema.js";

const idParams = z.object({ id: z.string().max(80) });

function loopError(error: unknown): never {
  if (error instanceof LoopError) {
    throw new AppError(error.code === "invalid-input" ? "validation_failed" : "conflict", error.message);
  }
  throw error;
}

export function loopRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { pack } = deps.content;
  const db = () => deps.storage.db;
  const mustGet = async (id: string) => {
    const loop = await getLoop(db(), id);
    if (!loop) throw new AppError("not_found", `No loop with id "${id}".`, "params.id");
    return loop;
  };
  /** The state plus what the page needs now: the current question's text and the next follow-up. */
  const view = async (id: string, state: LoopState, extra: Record<string, unknown> = {}) => {
    const index = await deps.content.questionIndex(db());
    const questions = Object.fromEntries(
      state.plan.rounds
        .flatMap((r) => r.questions)
        .map((q) => [q.questionId, index.get(q.questionId)?.text ?? q.questionId]),
    );
    let current: ReturnType<typeof currentQuestion> | undefined;
    try {
      current = state.status === "finished" ? undefined : currentQuestion(state);
    } catch {
      current = undefined;
    }
    const followUp = current?.answer
      ? nextFollowUp(state, { questions: index.all(), principles: pack.principles })
      : undefined;
    return { id, state, questions, current, followUp, ...extra };
  };
  const storyPlanFor = async (state: LoopState) => {
    const stories = await listStories(db());
    return planLoopStories(
      {
        interviewers: state.plan.rounds.map((r) => ({
          id: `round-${r.index}`,
          name: r.persona.name,
          principles: r.principles.slice(0, 3),
        })),
      },
      stories.map((s) => ({ id: s.id, content: storyContent(s) })),
      { qualities: storyQualities(stories, pack), signals: principleSignals(pack) },
    );
  };

  return async (app) => {
    app.post(
      "/api/loops",
      {
        schema: { tags: ["loops"], summary: "Generate a mock loop (seeded and reproducible)", body: newLoopBodySchema },
      },
      async (request, reply) => {
        const recent = (await listAttempts(db())).map((a) => ({
          questionId: a.questionId,
          practisedAt: a.submittedAt,
        }));
        const index = await deps.content.questionIndex(db());
        let state: LoopState;
        try {
          state = createLoopState(
            generateLoop({
              ...request.body,
              pack: { questions: index.all(), principles: pack.principles, process: pack.process },
              recent,
              now: new Date(),
            }),
          );
        } catch (error) {
          loopError(error);
        }
        const id = `loop-${crypto.randomUUID().slice(0, 13)}`;
        await insertLoop(db(), id, state);
        reply.status(201);
        return view(id, state, { storyPlan: await storyPlanFor(state) });
      },
    );

    app.get(
      "/api/loops",
      { schema: { tags: ["loops"], summary: "Every loop, newest first, with its decision when finished" } },
      async () => {
        const loops = await listLoops(db());
        const index = await deps.content.questionIndex(db());
        const content = { principles: pack.principles, process: pack.process, questions: index.all() };
        return {
          loops: loops.map((l) => ({
            id: l.id,
            role: l.state.plan.role,
            level: l.state.plan.level,
            kind: l.state.plan.kind,
            rounds: l.state.plan.rounds.length,
            status: l.state.status,
            decision: l.state.status === "finished" ? buildDebrief(l.state, content).decision : undefined,
            createdAt: l.createdAt.toISOString(),
            updatedAt: l.updatedAt.toISOString(),
          })),
        };
      },
    );

    app.get("/api/loops/:id", { schema: { tags: ["loops"], params: idParams } }, async (request) => {
      const loop = await mustGet(request.params.id);
      return view(loop.id, loop.state, { storyPlan: await storyPlanFor(loop.state) });
    });

    app.post(
      "/api/loops/:id/answer",
      {
        bodyLimit: 128 * 1024,
        schema: {
          tags: ["loops"],
          summary: "Answer the current question (the coach reads it)",
          params: idParams,
          body: loopAnswerBodySchema,
        },
      },
      async (request) => {
        const loop = await mustGet(request.params.id);
        const index = await deps.content.questionIndex(db());
        let current: ReturnType<typeof currentQuestion>;
        try {
          current = currentQuestion(loop.state);
        } catch (error) {
          loopError(error);
        }
        const question = index.get(current.planned.questionId);
        const coach = analyzeAnswer(
          { answer: request.body.answer, question, spoken: request.body.spoken },
          { principles: pack.principles },
        );
        try {
          const outcome = answerQuestion(loop.state, {
            text: request.body.answer,
            coach,
            storyId: request.body.storyId,
            at: new Date().toISOString(),
          });
          await saveLoopState(db(), loop.id, outcome.state);
          return view(loop.id, outcome.state, { warnings: outcome.warnings, coach });
        } catch (error) {
          loopError(error);
        }
      },
    );

    app.post(
      "/api/loops/:id/follow-up",
      {
        bodyLimit: 128 * 1024,
        schema: {
          tags: ["loops"],
          summary: "Answer the interviewer's next follow-up",
          params: idParams,
          body: loopFollowUpBodySchema,
        },
      },
      async (request) => {
        const loop = await mustGet(request.params.id);
        const index = await deps.content.questionIndex(db());
        try {
          const suggestion = nextFollowUp(loop.state, { questions: index.all(), principles: pack.principles });
          if (!suggestion)
            throw new AppError(
              "conflict",
              "This interviewer has no more follow-ups on this answer: move to the next question.",
            );
          const coach = analyzeAnswer(
            { answer: request.body.answer, questionText: suggestion.text, spoken: request.body.spoken },
            { principles: pack.principles },
          );
          const state = addFollowUp(loop.state, {
            ...suggestion,
            answer: request.body.answer,
            coach,
            at: new Date().toISOString(),
          });
          await saveLoopState(db(), loop.id, state);
          return view(loop.id, state);
        } catch (error) {
          loopError(error);
        }
      },
    );

    app.post(
      "/api/loops/:id/:action",
      {
        schema: {
          tags: ["loops"],
          summary: "start, next-question, next-round, pause, resume, finish",
          params: idParams.extend({ action: loopActionSchema }),
        },
      },
      async (request) => {
        const loop = await mustGet(request.params.id);
        const at = new Date().toISOString();
        const transitions = {
          start: (s: LoopState) => startLoop(s, at),
          "next-question": nextQuestion,
          "next-round": nextRound,
          pause: (s: LoopState) => pauseLoop(s, at),
          resume: (s: LoopState) => resumeLoop(s, at),
          finish: (s: LoopState) => finishLoop(s, at),
        } as const;
        try {
          const state = transitions[request.params.action](loop.state);
          await saveLoopState(db(), loop.id, state);
          return view(loop.id, state);
        } catch (error) {
          loopError(error);
        }
      },
    );

    app.get(
      "/api/loops/:id/debrief",
      {
        schema: {
          tags: ["loops"],
          summary: "The debrief: data points, votes, decision, level, heatmap, next steps",
          params: idParams,
          querystring: debriefQuerySchema,
        },
      },
      async (request, reply) => {
        const loop = await mustGet(request.params.id);
        if (loop.state.status !== "finished")
          throw new AppError("conflict", "The debrief is written once the loop is finished.");
        const index = await deps.content.questionIndex(db());
        const recent = (await listAttempts(db())).map((a) => ({
          questionId: a.questionId,
          practisedAt: a.submittedAt,
        }));
        const debrief = buildDebrief(
          loop.state,
          { principles: pack.principles, process: pack.process, questions: index.all() },
          { recent, now: new Date() },
        );
        if (request.query.format === "md") {
          reply.header("content-disposition", `attachment; filename="barraiser-debrief-${loop.id}.md"`);
          return reply.type("text/markdown; charset=utf-8").send(debriefToMarkdown(debrief));
        }
        return { id: loop.id, debrief };
      },
    );
  };
}
