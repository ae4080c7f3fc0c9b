/** Test support: the real app on a loopback port, on a fresh PGlite copy, spoken to over HTTP. */
import { createApp } from "./app.js";
import { createContentService } from "./content/content-service.js";
import { loadPackOrThrow } from "./content/read-pack.js";
import type { Storage } from "./storage/database.js";
import { openTestPglite } from "./storage/test-backends.js";

export interface TestResponse {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON response bodies
  body: any;
  headers: Headers;
}

export interface TestServer {
  url: string;
  storage: Storage;
  request(path: string, init?: RequestInit & { json?: unknown }): Promise<TestResponse>;
  close(): Promise<void>;
}

const pack = loadPackOrThrow();

export async function startTestServer(options: { dataDir?: string } = {}): Promise<TestServer> {
  const storage = await openTestPglite();
  await storage.migrate();
  const app = await createApp({
    storage,
    content: createContentService(pack, { sharedDatabase: storage.kind === "postgres" }),
    version: "test",
    logLevel: "silent",
    dataDir: options.dataDir,
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return {
    url,
    storage,
    async request(path, init = {}) {
      const { json, ...rest } = init;
      const response = await fetch(`${url}${path}`, {
        ...rest,
        headers: json !== undefined ? { "content-type": "application/json", ...rest.headers } : rest.headers,
        body: json !== undefined ? JSON.stringify(json) : rest.body,
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // Not JSON (e.g. HTML): keep the text.
      }
      return { status: response.status, body, headers: response.headers };
    },
    async close() {
      await app.close();
      await storage.close();
    },
  };
}
