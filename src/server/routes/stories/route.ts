import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { loopPlanInputSchema, planLoopStories } from "../../../core/stories/loop-plan.js";
import type { CsvMapping } from "../../../core/stories/story-csv-columns.js";
import { storiesToCsv } from "../../../core/stories/story-csv-export.js";
import { importStoriesCsv } from "../../../core/stories/story-csv-import.js";
import { storyHistory } from "../../../core/stories/story-diff.js";
import { storiesToMarkdown } from "../../../core/stories/story-markdown.js";
import { reviewStoryBank } from "../../../core/stories/story-matrix.js";
import {
  createStory,
  restoreStoryVersion,
  setStoryArchived,
  storyContent,
  updateStory,
} from "../../../core/stories/story-record.js";
import { type Story, storyInputSchema, storyUpdateSchema } from "../../../core/stories/story-schema.js";
import type { AppDeps } from "../../app.js";
import { AppError } from "../../errors.js";
import {
  deleteStory,
  getStory,
  insertStories,
  listStories,
  listStoryVersions,
  saveStoryVersion,
} from "../../storage/repositories/story-repository.js";
import { checkStory, principleSignals, storyQualities } from "../../story-service.js";
import {
  archiveBodySchema,
  csvConfirmBodySchema,
  csvPreviewBodySchema,
  exportQuerySchema,
  restoreBodySchema,
  storyListQuerySchema,
} from "./schema.js";

const idParams = z.object({ id: z.string().max(80) });

function newStoryId(): string {
  return `story-${crypto.randomUUID().slice(0, 13)}`;
}

export function storyRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { pack } = deps.content;
  const db = () => deps.storage.db;
  const withCheck = (story: Story) => ({ ...story, check: checkStory(story, pack) });
  const mustGet = async (id: string) => {
    const story = await getStory(db(), id);
    if (!story) throw new AppError("not_found", `No story with id "${id}".`, "params.id");
    return story;
  };
  const save = async (before: Story, result: ReturnType<typeof updateStory>) => {
    if (!result.ok)
      throw new AppError("conflict", result.message, "baseVersion", { currentVersion: result.currentVersion });
    if (!result.changed) return result.story;
    if (!(await saveStoryVersion(db(), before.version, result.story, result.version))) {
      throw new AppError(
        "conflict",
        "This story was saved elsewhere while you edited it: reload it and redo the edit.",
        "baseVersion",
      );
    }
    return result.story;
  };

  return async (app) => {
    app.get(
      "/api/stories",
      {
        schema: {
          tags: ["stories"],
          summary: "The story bank, with the coach's check of each story",
          querystring: storyListQuerySchema,
        },
      },
      async (request) => {
        const all = await listStories(db(), { includeArchived: request.query.archived !== "exclude" });
        const stories = request.query.archived === "only" ? all.filter((s) => s.archived) : all;
        return { stories: stories.map(withCheck) };
      },
    );

    app.get(
      "/api/stories/matrix",
      { schema: { tags: ["stories"], summary: "Principles × stories, gaps with what to do, overlap and over-use" } },
      async () => {
        const stories = await listStories(db());
        const review = reviewStoryBank(
          stories.map((s) => ({ id: s.id, content: storyContent(s) })),
          { qualities: storyQualities(stories, pack), signals: principleSignals(pack) },
        );
        return { ...review, principles: pack.principles.map((p) => ({ id: p.id, name: p.name })) };
      },
    );

    app.post(
      "/api/stories/plan",
      {
        schema: {
          tags: ["stories"],
          summary: "Which story to tell to which interviewer, solved exactly",
          body: loopPlanInputSchema,
        },
      },
      async (request) => {
        const stories = await listStories(db());
        const started = performance.now();
        const plan = planLoopStories(
          request.body,
          stories.map((s) => ({ id: s.id, content: storyContent(s) })),
          { qualities: storyQualities(stories, pack), signals: principleSignals(pack) },
        );
        return { ...plan, solveMs: performance.now() - started };
      },
    );

    app.get(
      "/api/stories/export",
      {
        schema: {
          tags: ["stories"],
          summary: "Export the bank as CSV, Markdown story cards, or JSON",
          querystring: exportQuerySchema,
        },
      },
      async (request, reply) => {
        const stories = await listStories(db());
        const date = new Date().toISOString().slice(0, 10);
        const { format } = request.query;
        if (format === "csv") {
          reply.header("content-disposition", `attachment; filename="barraiser-stories-${date}.csv"`);
          return reply.type("text/csv; charset=utf-8").send(storiesToCsv(stories.map(storyContent)));
        }
        if (format === "md") {
          reply.header("content-disposition", `attachment; filename="barraiser-stories-${date}.md"`);
          const md = storiesToMarkdown(
            stories.map((s) => ({ id: s.id, content: storyContent(s) })),
            { title: "Story cards", qualities: storyQualities(stories, pack) },
          );
          return reply.type("text/markdown; charset=utf-8").send(md);
        }
        reply.header("content-disposition", `attachment; filename="barraiser-stories-${date}.json"`);
        return { stories };
      },
    );

    app.post(
      "/api/stories/import/preview",
      {
        bodyLimit: 3 * 1024 * 1024,
        schema: {
          tags: ["stories"],
          summary: "Read a CSV and show what would be imported; writes nothing",
          body: csvPreviewBodySchema,
        },
      },
      async (request) =>
        importStoriesCsv(request.body.csv, request.body.mapping ? { mapping: request.body.mapping as CsvMapping } : {}),
    );

    app.post(
      "/api/stories/import",
      {
        bodyLimit: 8 * 1024 * 1024,
        schema: {
          tags: ["stories"],
          summary: "Create the confirmed stories of an import, all or nothing",
          body: csvConfirmBodySchema,
        },
      },
      async (request, reply) => {
        const now = new Date();
        const saved = request.body.stories.map((input) => createStory(input, { id: newStoryId(), now }));
        await insertStories(db(), saved);
        reply.status(201);
        return { created: saved.length, ids: saved.map((s) => s.story.id) };
      },
    );

    app.post(
      "/api/stories",
      { bodyLimit: 128 * 1024, schema: { tags: ["stories"], summary: "Create a story", body: storyInputSchema } },
      async (request, reply) => {
        const saved = createStory(request.body, { id: newStoryId(), now: new Date() });
        await insertStories(db(), [saved]);
        reply.status(201);
        return withCheck(saved.story);
      },
    );

    app.get("/api/stories/:id", { schema: { tags: ["stories"], params: idParams } }, async (request) =>
      withCheck(await mustGet(request.params.id)),
    );

    app.patch(
      "/api/stories/:id",
      {
        bodyLimit: 128 * 1024,
        schema: {
          tags: ["stories"],
          summary: "Edit a story (null clears a field); every save is a new version",
          params: idParams,
          body: storyUpdateSchema,
        },
      },
      async (request) => {
        const story = await mustGet(request.params.id);
        return withCheck(await save(story, updateStory(story, request.body, new Date())));
      },
    );

    app.post(
      "/api/stories/:id/archive",
      { schema: { tags: ["stories"], params: idParams, body: archiveBodySchema } },
      async (request) => {
        const story = await mustGet(request.params.id);
        return withCheck(await save(story, setStoryArchived(story, request.body.archived, new Date())));
      },
    );

    app.get(
      "/api/stories/:id/history",
      { schema: { tags: ["stories"], summary: "Every saved version with what it changed", params: idParams } },
      async (request) => {
        await mustGet(request.params.id);
        return { entries: storyHistory(await listStoryVersions(db(), request.params.id)) };
      },
    );

    app.post(
      "/api/stories/:id/restore",
      {
        schema: {
          tags: ["stories"],
          summary: "Restore an earlier version (saved as a new version)",
          params: idParams,
          body: restoreBodySchema,
        },
      },
      async (request) => {
        const story = await mustGet(request.params.id);
        const version = (await listStoryVersions(db(), story.id)).find((v) => v.version === request.body.version);
        if (!version)
          throw new AppError("not_found", `Story "${story.id}" has no version ${request.body.version}.`, "version");
        return withCheck(await save(story, restoreStoryVersion(story, version, new Date())));
      },
    );

    app.delete("/api/stories/:id", { schema: { tags: ["stories"], params: idParams } }, async (request, reply) => {
      if (!(await deleteStory(db(), request.params.id)))
        throw new AppError("not_found", `No story with id "${request.params.id}".`, "params.id");
      return reply.status(204).send();
    });
  };
}
