/**
 * Builds the Fastify app from its dependencies. Nothing here opens a database or reads the
 * environment: the caller passes storage and content in, so tests build the same app.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import helmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { ContentService } from "./content/content-service.js";
import { registerErrorHandling } from "./errors.js";
import { backupRoutes } from "./routes/backup/route.js";
import { checklistRoutes } from "./routes/checklist/route.js";
import { coachRoutes } from "./routes/coach/route.js";
import { contentRoutes } from "./routes/content/route.js";
import { draftRoutes } from "./routes/drafts/route.js";
import { healthRoutes } from "./routes/health/route.js";
import { loopRoutes } from "./routes/loops/route.js";
import { planRoutes } from "./routes/plan/route.js";
import { practiceRoutes } from "./routes/practice/route.js";
import { questionRoutes } from "./routes/questions/route.js";
import { settingsRoutes } from "./routes/settings/route.js";
import { storyRoutes } from "./routes/stories/route.js";
import type { Storage } from "./storage/database.js";

export interface AppDeps {
  storage: Storage;
  content: ContentService;
  version: string;
  /** The data directory, when there is one (PGlite); imports save the replaced data there. */
  dataDir?: string;
  /** Built web app to serve at `/`; absent in API-only tests. */
  webRoot?: string;
  logLevel?: string;
}

/** Default JSON body cap; endpoints that take more (backup import) raise it for themselves. */
const DEFAULT_BODY_LIMIT = 256 * 1024;

export async function createApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: deps.logLevel ?? "warn", redact: ["req.headers.authorization", "req.headers.cookie"] },
    bodyLimit: DEFAULT_BODY_LIMIT,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const serveWeb = Boolean(deps.webRoot && existsSync(join(deps.webRoot, "index.html")));
  registerErrorHandling(app, { spaFallback: serveWeb });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets CSS variables and positions popovers through style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });

  await app.register(swagger, {
    openapi: {
      info: {
        title: "Bar Raiser API",
        version: deps.version,
        description: "Local-first practice for Amazon PM, PMT and TPM interviews.",
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });

  await app.register(healthRoutes(deps));
  await app.register(settingsRoutes(deps));
  await app.register(backupRoutes(deps));
  await app.register(contentRoutes(deps));
  await app.register(questionRoutes(deps));
  await app.register(checklistRoutes(deps));
  await app.register(coachRoutes(deps));
  await app.register(storyRoutes(deps));
  await app.register(draftRoutes(deps));
  await app.register(practiceRoutes(deps));
  await app.register(loopRoutes(deps));
  await app.register(planRoutes(deps));

  if (serveWeb && deps.webRoot) {
    await app.register(fastifyStatic, { root: deps.webRoot, wildcard: false, index: ["index.html"] });
  }
  return app;
}
