/** Starts the whole app: storage, migrations, content, HTTP. Used by `barraiser serve`. */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createApp } from "./app.js";
import type { Config } from "./config.js";
import { createContentService } from "./content/content-service.js";
import { loadPackOrThrow } from "./content/read-pack.js";
import { openStorage } from "./storage/database.js";
import { APP_VERSION } from "./version.js";

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** The built web app; BARRAISER_WEB_ROOT points elsewhere (developers building pages side by side). */
export const WEB_ROOT = process.env.BARRAISER_WEB_ROOT
  ? resolve(process.env.BARRAISER_WEB_ROOT)
  : join(packageRoot, "dist/web");

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(config: Config, print: (line: string) => void = console.log): Promise<RunningServer> {
  const started = Date.now();
  const pack = loadPackOrThrow();
  const storage = await openStorage({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, onProgress: print });
  try {
    const migrations = await storage.migrate();
    const app = await createApp({
      storage,
      content: createContentService(pack, { sharedDatabase: storage.kind === "postgres" }),
      version: APP_VERSION,
      dataDir: config.databaseUrl ? undefined : config.dataDir,
      webRoot: WEB_ROOT,
      logLevel: config.logLevel,
    });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    const host = config.host.includes(":") ? `[${config.host}]` : config.host;
    const url = `http://${host}:${port}`;
    const where = storage.kind === "pglite" ? `embedded PostgreSQL in ${config.dataDir}` : "PostgreSQL server";
    print(
      `Bar Raiser ${APP_VERSION} is ready at ${url}  (${where}; ${migrations.applied} migrations applied; ${Date.now() - started} ms)`,
    );
    return {
      url,
      async close() {
        await app.close();
        await storage.close();
      },
    };
  } catch (error) {
    await storage.close();
    throw error;
  }
}
