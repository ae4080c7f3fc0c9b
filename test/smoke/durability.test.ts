// Durability: kill the server (SIGKILL, no chance to flush) while it is writing, restart it on
// the same data directory, and find every write it had acknowledged.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { startServerProcess } from "./built-cli.js";

const dataDir = mkdtempSync(join(tmpdir(), "barraiser-durability-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it("keeps every acknowledged write after the server is killed mid-write", async () => {
  const server = await startServerProcess(["--port", "0", "--data-dir", dataDir]);
  const acknowledged: string[] = [];
  let stopped = false;
  let attempted = 0;
  const writer = async (worker: number) => {
    // Bounded: at most 2,000 requests per worker, and it stops when the server dies.
    for (let i = 0; i < 2000 && !stopped; i++) {
      attempted++;
      try {
        const response = await fetch(`${server.url}/api/questions`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            text: `Durability probe ${worker}-${i}: tell me about a time you kept a promise.`,
            type: "behavioural",
            principles: ["earn-trust"],
          }),
        });
        if (response.status === 201) acknowledged.push(((await response.json()) as { id: string }).id);
      } catch {
        return; // the connection died with the server: this write was never acknowledged
      }
    }
  };
  const writers = [0, 1, 2, 3].map(writer);
  // Let writes flow, then kill while they are still flowing.
  while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 20));
  server.child.kill("SIGKILL");
  stopped = true;
  await Promise.all(writers);
  await server.stop();
  expect(attempted).toBeGreaterThan(acknowledged.length);

  const restarted = await startServerProcess(["--port", "0", "--data-dir", dataDir]);
  try {
    const health = await (await fetch(`${restarted.url}/api/health`)).json();
    expect(health).toMatchObject({ storage: "pglite", migrations: { upToDate: true } });
    const listed = await (await fetch(`${restarted.url}/api/questions?custom=true&limit=500`)).json();
    const stored = new Set((listed as { items: { id: string }[] }).items.map((q) => q.id));
    const lost = acknowledged.filter((id) => !stored.has(id));
    expect(lost).toEqual([]);
  } finally {
    await restarted.stop();
  }
});
