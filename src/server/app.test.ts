// The HTTP API over real HTTP, on a real (PGlite) database.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./test-server.js";

let server: TestServer;
const dataDir = mkdtempSync(join(tmpdir(), "barraiser-api-"));
beforeAll(async () => {
  server = await startTestServer({ dataDir });
});
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("health", () => {
  it("reports version, storage kind and migration state", async () => {
    const { status, body } = await server.request("/api/health");
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "ok", storage: "pglite", migrations: { pending: 0, upToDate: true } });
    expect(body.content.questions).toBeGreaterThanOrEqual(400);
  });
});

describe("errors", () => {
  it("answers an unknown route with a 404 in the common error shape", async () => {
    const { status, body } = await server.request("/api/no-such-thing");
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ code: "not_found" });
    expect(body.error.message).toContain("/api/no-such-thing");
  });

  it("names the field at fault when a request is invalid", async () => {
    const { status, body } = await server.request("/api/settings", { method: "PATCH", json: { hoursPerWeek: 500 } });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: "validation_failed", field: "body.hoursPerWeek" });
  });

  it("refuses unknown settings rather than dropping them silently", async () => {
    const { status, body } = await server.request("/api/settings", { method: "PATCH", json: { colour: "blue" } });
    expect(status).toBe(400);
    expect(body.error.code).toBe("validation_failed");
  });

  it("refuses a body over the cap with 413", async () => {
    const { status, body } = await server.request("/api/questions", {
      method: "POST",
      json: { text: "x".repeat(300_000), type: "behavioural", principles: ["ownership"] },
    });
    expect(status).toBe(413);
    expect(body.error.code).toBe("body_too_large");
  });

  it("refuses to delete a question from the content pack with 409", async () => {
    const { status, body } = await server.request("/api/questions/bhv-ownership-01", { method: "DELETE" });
    expect(status).toBe(409);
    expect(body.error.code).toBe("conflict");
  });

  it("hides internals behind a 500 when the database fails", async () => {
    const broken = await startTestServer();
    await broken.storage.close();
    const { status, body } = await broken.request("/api/settings");
    expect(status).toBe(500);
    expect(body).toEqual({ error: { code: "internal", message: expect.any(String) } });
    expect(JSON.stringify(body)).not.toMatch(/select|pglite|stack/i);
  });
});

describe("security headers", () => {
  it("sends a strict Content-Security-Policy that allows no inline or remote scripts", async () => {
    const { headers } = await server.request("/api/health");
    const csp = headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("object-src 'none'");
  });
});

describe("settings", () => {
  it("saves settings and clears one set to null", async () => {
    await server.request("/api/settings", {
      method: "PATCH",
      json: { role: "pmt", level: "L6", interviewDate: "2027-02-01" },
    });
    const { body } = await server.request("/api/settings", { method: "PATCH", json: { interviewDate: null } });
    expect(body).toEqual({ role: "pmt", level: "L6" });
  });
});

describe("questions", () => {
  it("lists at least 400 questions with counts per type and principle", async () => {
    const { body } = await server.request("/api/questions?limit=1");
    expect(body.total).toBeGreaterThanOrEqual(400);
    expect(body.items).toHaveLength(1);
    expect(Object.keys(body.counts.byPrinciple)).toHaveLength(16);
  });

  it("puts Backbone questions first for 'disagreed with my manager'", async () => {
    const { body } = await server.request(
      `/api/questions?search=${encodeURIComponent("disagreed with my manager")}&limit=3`,
    );
    for (const item of body.items) expect(item.principles[0]).toBe("have-backbone-disagree-and-commit");
  });

  it("finds system design for 'design a parking system'", async () => {
    const { body } = await server.request(
      `/api/questions?search=${encodeURIComponent("design a parking system")}&limit=1`,
    );
    expect(body.items[0]).toMatchObject({ type: "system-design" });
    expect(body.items[0].text.toLowerCase()).toContain("parking");
  });

  it("filters by principle, type, role and level together", async () => {
    const { body } = await server.request(
      "/api/questions?principle=dive-deep&type=behavioural&role=tpm&level=L7&limit=500",
    );
    expect(body.total).toBeGreaterThan(0);
    for (const q of body.items) {
      expect(q.principles).toContain("dive-deep");
      expect(q).toMatchObject({ type: "behavioural" });
      expect(q.roles).toContain("tpm");
      expect(q.levels).toContain("L7");
    }
  });

  it("adds a user's own question that search then finds, marked as theirs", async () => {
    const created = await server.request("/api/questions", {
      method: "POST",
      json: {
        text: "Walk me through the quirkiest warehouse robot incident you handled.",
        type: "behavioural",
        principles: ["dive-deep"],
        source: "phone screen",
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ custom: true, principles: ["dive-deep"] });
    const { body } = await server.request(
      `/api/questions?search=${encodeURIComponent("warehouse robot incident")}&limit=1`,
    );
    expect(body.items[0]).toMatchObject({ id: created.body.id, custom: true });
    const detail = await server.request(`/api/questions/${created.body.id}`);
    expect(detail.body.source).toBe("phone screen");
  });

  it("rejects a new question with no principle, naming the field", async () => {
    const { status, body } = await server.request("/api/questions", {
      method: "POST",
      json: { text: "Why Amazon?", type: "behavioural", principles: [] },
    });
    expect(status).toBe(400);
    expect(body.error.field).toBe("body.principles");
  });
});

describe("backup over HTTP", () => {
  it("exports, and an import of that export gives back identical data", async () => {
    await server.request(`/api/checklist/${(await server.request("/api/checklist")).body.items[0].id}`, {
      method: "PUT",
      json: { done: true },
    });
    const exported = await server.request("/api/backup");
    expect(exported.headers.get("content-disposition")).toContain("barraiser-backup-");
    const imported = await server.request("/api/backup", { method: "POST", json: exported.body });
    expect(imported.status).toBe(200);
    expect(imported.body.previousDataSavedTo).toContain(join(dataDir, "backups"));
    const again = await server.request("/api/backup");
    expect(again.body.data).toEqual(exported.body.data);
  });

  it("writes nothing and lists each problem with its JSON path when the document is bad", async () => {
    const before = (await server.request("/api/backup")).body;
    const bad = structuredClone(before);
    bad.data.settings = { role: "ceo" };
    bad.data.userQuestions = [
      { question: { id: "nope" }, createdAt: "yesterday", updatedAt: "2026-01-01T00:00:00.000Z" },
    ];
    const backupsBefore = readdirSync(join(dataDir, "backups")).length;
    const { status, body } = await server.request("/api/backup", { method: "POST", json: bad });
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_backup");
    const paths = body.error.problems.map((p: { path: string }) => p.path);
    expect(paths).toContain("data.settings.role");
    expect(paths).toContain("data.userQuestions[0].createdAt");
    expect(paths).toContain("data.userQuestions[0].question.id");
    expect(body.error.problems.length).toBeLessThanOrEqual(20);
    expect((await server.request("/api/backup")).body.data).toEqual(before.data);
    expect(readdirSync(join(dataDir, "backups"))).toHaveLength(backupsBefore);
  });
});

describe("checklist", () => {
  it("keeps a tick and refuses an unknown item", async () => {
    const { body } = await server.request("/api/checklist");
    const id = body.items[1].id;
    const ticked = await server.request(`/api/checklist/${id}`, { method: "PUT", json: { done: true } });
    expect(ticked.body.items.find((i: { id: string }) => i.id === id).done).toBe(true);
    const missing = await server.request("/api/checklist/not-an-item", { method: "PUT", json: { done: true } });
    expect(missing.status).toBe(404);
  });
});

describe("OpenAPI", () => {
  it("describes the API at /api/docs", async () => {
    const { status, body } = await server.request("/api/docs/json");
    expect(status).toBe(200);
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(["/api/health", "/api/questions", "/api/backup"]));
  });
});

describe("coach over HTTP", () => {
  it("gives a few-word answer vote 1 with a too-short red flag", async () => {
    const { status, body } = await server.request("/api/analyze", { method: "POST", json: { answer: "fine" } });
    expect(status).toBe(200);
    expect(body.vote).toBe(1);
    expect(body.redFlags.map((f: { id: string }) => f.id)).toContain("too-short");
  });

  it("analyses against a bank question, with evidence that quotes the answer exactly", async () => {
    const answer =
      "In 2024 I ran checkout for a grocery app. Card declines had doubled, and it was on me to fix it. I pulled the payment logs, found that one processor timed out on 3-D Secure, and I chose to route those cards to our second processor instead of waiting for a vendor patch. I agreed the change with our risk lead, who disagreed at first about fraud exposure, so we capped it at 10% of traffic for a week. Declines fell from 8% to 3% and recovered about $40,000 a week. I learned to look at the raw logs before the dashboards.";
    const { body } = await server.request("/api/analyze", {
      method: "POST",
      json: { answer, questionId: "bhv-dive-deep-01" },
    });
    for (const item of [...body.criteria, ...body.redFlags]) {
      for (const e of item.evidence) expect(answer.slice(e.start, e.end)).toBe(e.quote);
    }
    expect(body.vote).toBeGreaterThanOrEqual(2);
  });

  it("refuses an answer over 20,000 characters and an unknown question id", async () => {
    const long = await server.request("/api/analyze", { method: "POST", json: { answer: "word ".repeat(4001) } });
    expect(long.status).toBe(400);
    expect(long.body.error.field).toBe("body.answer");
    const unknown = await server.request("/api/analyze", {
      method: "POST",
      json: { answer: "I did it.", questionId: "nope" },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.field).toBe("questionId");
  });

  it("suggests Backbone for a question about pushing back on a decision", async () => {
    const { body } = await server.request("/api/classify", {
      method: "POST",
      json: { text: "Tell me about a time you strongly disagreed with your director's decision." },
    });
    expect(body.principles[0].id).toBe("have-backbone-disagree-and-commit");
  });
});
