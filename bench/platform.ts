/**
 * Platform benchmarks: first start and restart time of the built server on PGlite, its idle
 * memory, and API read latency under 20 concurrent clients (budgets in DESIGN.md).
 * Needs a build (npm run build). Prints figures; it never fails on a slow result.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { startServerProcess } from "../test/smoke/built-cli.js";

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
  return kb / 1024;
}

async function timedStart(dataDir: string) {
  const started = performance.now();
  const server = await startServerProcess(["--port", "0", "--data-dir", dataDir]);
  return { server, ms: performance.now() - started };
}

async function load(url: string, title: string) {
  const result = await autocannon({ url, connections: 20, duration: 5 });
  console.log(
    `  ${title.padEnd(34)} p50 ${String(result.latency.p50).padStart(4)} ms  p99 ${String(result.latency.p99).padStart(4)} ms  ${Math.round(result.requests.average)} req/s  (errors ${result.errors + result.non2xx})`,
  );
}

export async function runPlatformBench(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "barraiser-bench-"));
  try {
    console.log("Server on PGlite (built dist/, process start to ready line):");
    const first = await timedStart(dataDir);
    console.log(`  first start (creates the database)  ${first.ms.toFixed(0)} ms`);
    await first.server.stop();
    const second = await timedStart(dataDir);
    console.log(`  restart (reopens it)                ${second.ms.toFixed(0)} ms   budget 2000 ms`);
    await new Promise((r) => setTimeout(r, 2000));
    console.log(`  idle memory (RSS)                   ${rssMb(second.server.child.pid!).toFixed(0)} MB`);
    console.log("API reads, 20 concurrent clients for 5 s each (budget p99 <= 20 ms):");
    await load(`${second.server.url}/api/health`, "GET /api/health");
    await load(`${second.server.url}/api/questions?limit=20`, "GET /api/questions?limit=20");
    await load(
      `${second.server.url}/api/questions?search=stakeholder%20conflict&limit=20`,
      "GET /api/questions?search=…",
    );
    await load(`${second.server.url}/api/questions/bhv-dive-deep-03`, "GET /api/questions/:id");
    await load(`${second.server.url}/api/principles`, "GET /api/principles");
    console.log(`  memory after load (RSS)             ${rssMb(second.server.child.pid!).toFixed(0)} MB`);
    await second.server.stop();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
