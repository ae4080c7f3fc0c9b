// A smoke run of the built CLI and server, as a new user would run them.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTestPostgresDatabase } from "../../src/server/storage/test-backends.js";
import { runCli, startServerProcess } from "./built-cli.js";

const scratch = mkdtempSync(join(tmpdir(), "barraiser-smoke-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("barraiser CLI", () => {
  it("prints its version and help", () => {
    expect(runCli(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = runCli(["--help"]).stdout;
    for (const command of ["serve", "questions", "export", "import", "migrate", "content"])
      expect(help).toContain(command);
  });

  it("validates the shipped pack", () => {
    const result = runCli(["content", "validate"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/valid — 16 principles, \d{3} questions/);
  });

  it("fails validation of a broken pack, naming the file and line", () => {
    const dir = join(scratch, "broken-pack");
    const source = new URL("../../content/amazon", import.meta.url).pathname;
    rmSync(dir, { recursive: true, force: true });
    // Copy the pack, then break one field.
    cpSync(source, dir, { recursive: true });
    const file = join(dir, "principles/dive-deep.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^summary:/m, "summry:"));
    const result = runCli(["content", "validate", dir]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/principles\/dive-deep\.yaml:\d+/);
  });

  it("lists at least 400 questions as JSON and filters them", () => {
    const all = JSON.parse(runCli(["questions", "--json"]).stdout);
    expect(all.length).toBeGreaterThanOrEqual(400);
    const backbone = JSON.parse(
      runCli(["questions", "--principle", "have-backbone-disagree-and-commit", "--type", "behavioural", "--json"])
        .stdout,
    );
    expect(backbone.length).toBeGreaterThanOrEqual(15);
    const bad = runCli(["questions", "--principle", "be-nice"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--principle");
  });

  it("exports and imports a backup; a bad backup writes nothing and lists its paths", () => {
    const dataDir = join(scratch, "backup-data");
    const env = { BARRAISER_DATA_DIR: dataDir };
    const out = join(scratch, "backup.json");
    expect(runCli(["export", "--out", out], { env }).code).toBe(0);
    const document = JSON.parse(readFileSync(out, "utf8"));
    document.data.settings = { role: "tpm", level: "L6" };
    writeFileSync(out, JSON.stringify(document));
    const imported = runCli(["import", out, "--json"], { env });
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout).imported.settings).toBe(2);

    const badFile = join(scratch, "bad.json");
    writeFileSync(
      badFile,
      JSON.stringify({ ...document, version: 9, data: { ...document.data, settings: { role: "intern" } } }),
    );
    const refused = runCli(["import", badFile], { env });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("version");
    expect(refused.stderr).toContain("data.settings.role");
    const after = JSON.parse(runCli(["export"], { env }).stdout);
    expect(after.data.settings).toEqual({ role: "tpm", level: "L6" });
  });

  it("coaches an answer from standard input: 'fine' gets vote 1 and too-short", () => {
    const result = runCli(["analyze", "--json"], { input: "fine\n" });
    expect(result.code).toBe(0);
    const coach = JSON.parse(result.stdout);
    expect(coach).toMatchObject({ version: 1, vote: 1 });
    expect(coach.redFlags.map((f: { id: string }) => f.id)).toContain("too-short");
  });

  it("analyses JSON lines and reports a bad line in place", () => {
    const input = `${JSON.stringify({ answer: "I cut the cloud bill by 30% in a quarter by moving batch jobs to spot instances.", questionId: "bhv-frugality-02" })}\nnot json\n`;
    const result = runCli(["analyze", "--jsonl"], { input });
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0].version).toBe(1);
    expect(lines[1]).toMatchObject({ line: 2, error: { code: "validation_failed" } });
    expect(result.code).toBe(1);
  });

  it("suggests principles for a pasted question", () => {
    const result = JSON.parse(
      runCli(["questions", "classify", "How did you earn the trust of a skeptical team?", "--json"]).stdout,
    );
    expect(result.principles[0].id).toBe("earn-trust");
  });

  it("lists and exports stories after a backup with stories is imported", () => {
    const dataDir = join(scratch, "stories-data");
    const env = { BARRAISER_DATA_DIR: dataDir };
    const backup = JSON.parse(runCli(["export"], { env }).stdout);
    const at = "2026-11-01T10:00:00.000Z";
    const content = {
      title: "Rescued the holiday launch",
      situation: "Launch at risk.",
      action: "I cut scope.",
      result: "Shipped on time.",
      metrics: [],
      principles: [{ id: "deliver-results", strength: "primary" }],
      tags: [],
      judgementCalls: [],
    };
    backup.data.stories = [
      { id: "story-smoke-0001", ...content, archived: false, version: 1, createdAt: at, updatedAt: at },
    ];
    backup.data.storyVersions = [{ storyId: "story-smoke-0001", version: 1, savedAt: at, archived: false, content }];
    const file = join(scratch, "with-stories.json");
    writeFileSync(file, JSON.stringify(backup));
    expect(runCli(["import", file], { env }).code).toBe(0);
    expect(runCli(["stories", "list"], { env }).stdout).toContain("Rescued the holiday launch");
    const csv = runCli(["stories", "export", "--format", "csv"], { env });
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain("Rescued the holiday launch");
    expect(runCli(["stories", "export", "--format", "pdf"], { env }).code).toBe(2);
  });

  it("generates the same mock loop for the same seed, with each principle owned once", () => {
    const env = { BARRAISER_DATA_DIR: join(scratch, "stories-data") };
    const first = JSON.parse(
      runCli(["loop", "new", "--role", "tpm", "--level", "L6", "--seed", "11", "--json"], { env }).stdout,
    );
    const again = JSON.parse(
      runCli(["loop", "new", "--role", "tpm", "--level", "L6", "--seed", "11", "--json"], { env }).stdout,
    );
    expect(again.plan.rounds).toEqual(first.plan.rounds);
    const owned = first.plan.rounds.flatMap((r: { principles: string[] }) => r.principles);
    expect(new Set(owned).size).toBe(owned.length);
    expect(runCli(["loop", "new", "--role", "ceo", "--level", "L6"], { env }).code).toBe(2);
    expect(runCli(["loop", "new", "--role", "pm", "--level", "L5"], { env }).stdout).toContain("Round 1");
  });

  it("shows the plan and writes its calendar once the settings are there", () => {
    const dataDir = join(scratch, "plan-data");
    const env = { BARRAISER_DATA_DIR: dataDir };
    expect(runCli(["plan", "show"], { env }).code).toBe(2);
    const backup = JSON.parse(runCli(["export"], { env }).stdout);
    const inFiveWeeks = new Date(Date.now() + 35 * 86_400_000).toISOString().slice(0, 10);
    backup.data.settings = { interviewDate: inFiveWeeks, hoursPerWeek: 12, role: "pm", level: "L6" };
    const file = join(scratch, "plan-settings.json");
    writeFileSync(file, JSON.stringify(backup));
    expect(runCli(["import", file], { env }).code).toBe(0);
    const shown = runCli(["plan", "show"], { env });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain("Week 1");
    const ics = runCli(["plan", "ics"], { env });
    expect(ics.stdout).toContain("BEGIN:VCALENDAR");
    expect(ics.stdout).toContain("BEGIN:VALARM");
  });

  it("reports the migration state", () => {
    const result = runCli(["migrate", "--json"], { env: { BARRAISER_DATA_DIR: join(scratch, "backup-data") } });
    expect(JSON.parse(result.stdout)).toMatchObject({ storage: "pglite", upToDate: true });
  });
});

describe("barraiser serve", () => {
  it("refuses a non-loopback HOST with a reason and a non-zero exit", () => {
    const result = runCli(["serve"], { env: { HOST: "0.0.0.0", BARRAISER_DATA_DIR: join(scratch, "never") } });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/HOST.*loopback/);
    expect(result.stderr).toMatch(/no accounts/);
  });

  it("creates the database on first start, keeps data across a restart, and serves the web app", async () => {
    const dataDir = join(scratch, "serve-data");
    const first = await startServerProcess(["--port", "0", "--data-dir", dataDir]);
    expect(first.output()).toContain("Creating the database");
    const health = await (await fetch(`${first.url}/api/health`)).json();
    expect(health).toMatchObject({ storage: "pglite", migrations: { upToDate: true } });
    await fetch(`${first.url}/api/settings`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ role: "pm", interviewDate: "2027-03-01" }),
    });
    const page = await fetch(`${first.url}/guide`);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await first.stop()).toBe(0);

    const second = await startServerProcess(["--port", "0", "--data-dir", dataDir]);
    expect(second.output()).not.toContain("Creating the database");
    expect(await (await fetch(`${second.url}/api/settings`)).json()).toEqual({
      role: "pm",
      interviewDate: "2027-03-01",
    });
    await second.stop();
  });

  it("refuses a second server on the same data directory", async () => {
    const dataDir = join(scratch, "serve-data");
    const running = await startServerProcess(["--port", "0", "--data-dir", dataDir]);
    const second = runCli(["migrate"], { env: { BARRAISER_DATA_DIR: dataDir } });
    expect(second.code).not.toBe(0);
    expect(second.stderr).toMatch(/Another Bar Raiser process \(pid \d+\)/);
    await running.stop();
  });

  it.runIf(process.env.TEST_DATABASE_URL)("runs on a PostgreSQL server given DATABASE_URL", async () => {
    const database = await createTestPostgresDatabase(process.env.TEST_DATABASE_URL!);
    try {
      const server = await startServerProcess(["--port", "0", "--data-dir", join(scratch, "unused")], {
        DATABASE_URL: database.url,
      });
      expect(await (await fetch(`${server.url}/api/health`)).json()).toMatchObject({
        storage: "postgres",
        migrations: { upToDate: true },
      });
      await server.stop();
    } finally {
      await database.drop();
    }
  });
});
