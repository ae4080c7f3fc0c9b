/**
 * The typed fetch client for /api. Types come only from src/core and the route schema files,
 * so a change to a response shape on the server is a type error here, not a runtime surprise.
 * Only `import type` is used: zod never ships to the browser through this module.
 */
import type { z } from "zod";
import type { Preparation, Principle, PrincipleId, ProcessContent } from "../../core/content/pack-schema.js";
import type { NewUserQuestion } from "../../core/questions/user-question.js";
import type { Settings, SettingsPatch } from "../../core/settings/settings-schema.js";
import type { ImportResult } from "../../server/routes/backup/schema.js";
import type { ChecklistResponse } from "../../server/routes/checklist/schema.js";
import type { HealthResponse } from "../../server/routes/health/schema.js";
import type {
  QuestionDetail,
  QuestionListResponse,
  questionListQuerySchema,
} from "../../server/routes/questions/schema.js";

/** One thing wrong with a request: where (a field or JSON path) and what. */
export interface ApiProblem {
  path: string;
  message: string;
}

/** An error answer from the API, with the server's message and any per-field problems. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly field: string | undefined,
    readonly problems: ApiProblem[],
    readonly totalProblems: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "ApiError";
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Validation errors list problems by `field` (`body.text`), backup errors by `path`
 * (`data.settings.theme`); the client reads both as one shape.
 */
function readProblems(raw: unknown): ApiProblem[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    if (!isRecord(item) || typeof item.message !== "string") return [];
    const where = typeof item.path === "string" ? item.path : typeof item.field === "string" ? item.field : "";
    return [{ path: where, message: item.message }];
  });
}

export async function errorFromResponse(response: Response): Promise<ApiError> {
  const fallback = `The server answered ${response.status} ${response.statusText || ""}`.trim();
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy error page, say): the status line is all there is to report.
    return new ApiError(`${fallback}.`, response.status, "unknown", undefined, [], 0);
  }
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  if (!error) return new ApiError(`${fallback}.`, response.status, "unknown", undefined, [], 0);
  const problems = readProblems(error.problems);
  return new ApiError(
    typeof error.message === "string" ? error.message : `${fallback}.`,
    response.status,
    typeof error.code === "string" ? error.code : "unknown",
    typeof error.field === "string" ? error.field : undefined,
    problems,
    typeof error.totalProblems === "number" ? error.totalProblems : problems.length,
  );
}

/** JSON in and out; any failure becomes an ApiError. Shared by every API module of the web app. */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers:
        body === undefined
          ? { accept: "application/json" }
          : { accept: "application/json", "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError(
      "Could not reach the Bar Raiser server. Is `barraiser serve` still running?",
      0,
      "network",
      undefined,
      [],
      0,
      { cause },
    );
  }
  if (!response.ok) throw await errorFromResponse(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** The filters of GET /api/questions, as the server reads them after parsing. */
type QuestionQuery = z.output<typeof questionListQuerySchema>;
export type QuestionFilters = Partial<QuestionQuery>;

export function questionQueryString(filters: QuestionFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === "") continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The browser downloads the backup from here itself (the server names the file). */
export const BACKUP_URL = "/api/backup";

export const api = {
  health: () => request<HealthResponse>("GET", "/api/health"),

  settings: () => request<Settings>("GET", "/api/settings"),
  updateSettings: (patch: SettingsPatch) => request<Settings>("PATCH", "/api/settings", patch),

  principles: () => request<Principle[]>("GET", "/api/principles"),
  principle: (id: PrincipleId | string) => request<Principle>("GET", `/api/principles/${encodeURIComponent(id)}`),
  process: () => request<ProcessContent>("GET", "/api/process"),
  preparation: () => request<Preparation>("GET", "/api/preparation"),

  questions: (filters: QuestionFilters) =>
    request<QuestionListResponse>("GET", `/api/questions${questionQueryString(filters)}`),
  question: (id: string) => request<QuestionDetail>("GET", `/api/questions/${encodeURIComponent(id)}`),
  addQuestion: (input: NewUserQuestion) => request<QuestionDetail>("POST", "/api/questions", input),
  deleteQuestion: (id: string) => request<void>("DELETE", `/api/questions/${encodeURIComponent(id)}`),

  checklist: () => request<ChecklistResponse>("GET", "/api/checklist"),
  setChecklistItem: (itemId: string, done: boolean) =>
    request<ChecklistResponse>("PUT", `/api/checklist/${encodeURIComponent(itemId)}`, { done }),

  /** Sends already-parsed JSON; the server validates all of it before writing anything. */
  restoreBackup: (document: unknown) => request<ImportResult>("POST", BACKUP_URL, document),
};
