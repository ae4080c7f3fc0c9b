/**
 * Domain error codes and the one place that maps them to HTTP statuses. Every API error has
 * the shape { error: { code, message, field? } }.
 */
import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { z } from "zod";

export const ERROR_STATUS = {
  validation_failed: 400,
  invalid_backup: 400,
  not_found: 404,
  conflict: 409,
  body_too_large: 413,
  rate_limited: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const errorBodySchema = z.object({
  error: z
    .object({
      code: z.string(),
      message: z.string(),
      field: z.string().optional(),
    })
    .catchall(z.unknown()),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

function body(code: string, message: string, field?: string, details?: Record<string, unknown>): ErrorBody {
  return { error: { code, message, ...(field ? { field } : {}), ...details } };
}

export interface ErrorHandlingOptions {
  /** Serve the web app's index.html for unknown GET paths outside /api (client-side routes). */
  spaFallback?: boolean;
}

export function registerErrorHandling(app: FastifyInstance, options: ErrorHandlingOptions = {}): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(ERROR_STATUS[error.code]).send(body(error.code, error.message, error.field, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      const location = error.validationContext ?? "body";
      const path = (first?.instancePath ?? "").replace(/^\//, "").replaceAll("/", ".");
      const field = path ? `${location}.${path}` : location;
      const problems = error.validation.slice(0, 20).map((v) => ({
        field: `${location}${v.instancePath ? `.${v.instancePath.replace(/^\//, "").replaceAll("/", ".")}` : ""}`,
        message: v.message ?? "is not valid",
      }));
      return reply
        .status(400)
        .send(body("validation_failed", `${field} ${first?.message ?? "is not valid"}`, field, { problems }));
    }
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      return reply.status(413).send(body("body_too_large", "The request body is larger than this endpoint accepts."));
    }
    if (
      error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE" ||
      error.code === "FST_ERR_CTP_EMPTY_JSON_BODY" ||
      error.statusCode === 400
    ) {
      return reply.status(400).send(body("validation_failed", error.message));
    }
    if (error.statusCode === 429) {
      return reply.status(429).send(body("rate_limited", "Too many requests; wait a moment and try again."));
    }
    if (isResponseSerializationError(error))
      request.log.error({ err: error.cause }, "response did not match its schema");
    else request.log.error({ err: error }, "unhandled error");
    // Never leak internals (stack, SQL) to the client.
    return reply.status(500).send(body("internal", "Something went wrong on the server. The error was logged."));
  });

  app.setNotFoundHandler((request, reply) => {
    if (options.spaFallback && request.method === "GET" && !request.url.startsWith("/api"))
      return reply.sendFile("index.html");
    return reply.status(404).send(body("not_found", `No route for ${request.method} ${request.url.split("?")[0]}.`));
  });
}
