#!/usr/bin/env node
// `npm test`: the whole suite in CI order, failing fast: lint, typecheck, unit, storage (both
// backends when TEST_DATABASE_URL is set), build, end-to-end in Chromium, smoke of the built CLI.
// It ends with one plain line, "N passed, N failed", counting every test and check.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const reports = mkdtempSync(join(tmpdir(), "barraiser-test-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
const stages = [];

function sh(command, args, env = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return { ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
}

function vitestCounts(file) {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, "utf8"));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.numRuntimeErrors ?? 0),
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwrightCounts(file) {
  if (!existsSync(file)) return undefined;
  const { stats } = JSON.parse(readFileSync(file, "utf8"));
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped };
}

function finish(exitCode) {
  console.log("\nStages:");
  for (const s of stages)
    console.log(
      `  ${s.ok ? "ok  " : "FAIL"} ${s.name.padEnd(12)} ${s.counts.passed} passed, ${s.counts.failed} failed  (${s.seconds.toFixed(1)} s)`,
    );
  rmSync(reports, { recursive: true, force: true });
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : "";
  console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
  process.exit(exitCode);
}

function stage(name, runStage, countsOf) {
  console.log(`\n━━ ${name} ━━`);
  const { ok, seconds } = runStage();
  const counted = countsOf?.();
  // A stage without its own test counts (lint, typecheck, build) counts as one check.
  const counts = counted ?? { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
  if (!ok && counts.failed === 0) counts.failed = 1;
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  stages.push({ name, ok, seconds, counts });
  if (!ok) finish(1);
}

const vitest = (project) => {
  const out = join(reports, `${project}.json`);
  return [
    () =>
      sh("npx", [
        "vitest",
        "run",
        "--project",
        project,
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${out}`,
      ]),
    () => vitestCounts(out),
  ];
};

if (process.env.TEST_DATABASE_URL)
  console.log(
    `Storage tests will also run on PostgreSQL (${process.env.TEST_DATABASE_URL.replace(/:[^:@/]+@/, ":****@")}).`,
  );
else console.log("TEST_DATABASE_URL is not set: storage tests run on PGlite only.");

stage("lint", () => sh("npx", ["biome", "check", "."]));
stage("typecheck", () => sh("npx", ["tsc", "-p", "tsconfig.json", "--noEmit"]));
stage("unit", ...vitest("unit"));
stage("storage", ...vitest("storage"));
stage("build", () => sh("npm", ["run", "--silent", "build"]));
const e2eReport = join(reports, "e2e.json");
stage(
  "e2e",
  () => sh("npx", ["playwright", "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport }),
  () => playwrightCounts(e2eReport),
);
stage("cli-smoke", ...vitest("smoke"));
finish(0);
