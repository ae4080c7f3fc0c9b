/**
 * The story bank end to end, against the real server: writing a story with the coach's check,
 * the principle matrix and its gaps, CSV import (preview first, nothing written until confirmed)
 * and an export that imports back unchanged, editing with history and restore, printable cards,
 * and the loop story plan. Every test makes its own stories with unique titles, so the tests do
 * not depend on each other or on what the bank already holds.
 */
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { AppShell } from "./pages/app-shell.js";
import { StoriesPage } from "./pages/stories-page.js";
import { collectBrowserErrors } from "./support/console-errors.js";

type Strength = "primary" | "secondary";

interface StoryBody {
  title: string;
  situation?: string;
  task?: string;
  action?: string;
  result?: string;
  metrics?: { label: string; value: string }[];
  principles?: { id: string; strength: Strength }[];
  tags?: string[];
  role?: "pm" | "pmt" | "tpm";
  level?: "L5" | "L6" | "L7";
  judgementCalls?: string[];
  dissent?: string;
  lessons?: string;
  deepDiveNotes?: string;
  spokenSeconds?: number;
}

/** A short unique marker: letters only, so it is one word to the coach and the search. */
function marker(): string {
  return `zq${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 7)}`;
}

async function createStory(request: APIRequestContext, body: StoryBody): Promise<{ id: string; title: string }> {
  const response = await request.post("/api/stories", { data: body });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

/** A complete, well-told story (the coach rates it solid or strong), about a topic of its own. */
function goodStory(title: string, topic: string, principles: [string, Strength][]): StoryBody {
  return {
    title,
    situation: `In 2025 our ${topic} flow lost about 12% of sellers in the first week, and support tickets had doubled in a quarter.`,
    task: `I owned the ${topic} metrics and had to bring week-one drop-off under 6% before the spring campaign.`,
    action: `I read 200 tickets and pulled the funnel by step, and found that one verification step caused most of the drop-off. I proposed two options to my manager: remove the step, or defer it until the first sale. I chose to defer it because it kept the fraud check and cost two weeks instead of six. I wrote the spec, agreed the rollout with the risk team, and ran an A/B test on 10% of new sellers.`,
    result: `Week-one drop-off fell from 12% to 5% and tickets fell by 40%; the team shipped it to everyone a week early.`,
    metrics: [{ label: "Week-one drop-off", value: "12% → 5%" }],
    principles: principles.map(([id, strength]) => ({ id, strength })),
    tags: [topic.replaceAll(" ", "-")],
  };
}

async function contentOf(request: APIRequestContext): Promise<Record<string, unknown>[]> {
  const { stories } = await (await request.get("/api/stories")).json();
  return stories.map(
    ({
      id: _id,
      archived: _archived,
      version: _version,
      createdAt: _createdAt,
      updatedAt: _updatedAt,
      check: _check,
      ...content
    }: Record<string, unknown>) => content,
  );
}

async function titlesInBank(request: APIRequestContext): Promise<string[]> {
  const { stories } = await (await request.get("/api/stories?archived=include")).json();
  return stories.map((s: { title: string }) => s.title);
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => `${n.target.join(" ")} ${n.any[0]?.message ?? ""}`)
        .slice(0, 3)
        .join(" | ")}`,
  );
}

test("writes a story in the form, with a live time estimate, the coach's check and its card in the bank", async ({
  page,
}) => {
  const errors = collectBrowserErrors(page);
  const stories = new StoriesPage(page);
  const form = stories.form;
  const m = marker();
  // Markup in user text stays text.
  const title = `Rescuing the ${m} launch <b>fast</b>`;

  await stories.goto();
  await stories.newStory.click();
  await expect(stories.heading).toHaveText("New story");
  await expect(form.estimate).toHaveText("≈ 0 s");

  await form.title.fill(title);
  await form.situation.fill(
    "Two weeks before launch, our seller onboarding beta showed 30% of sellers abandoning at the tax step.",
  );
  await form.task.fill("I owned onboarding and had to get abandonment under 10% without slipping the date.");
  await form.action.fill(
    "I dug into the event logs and the raw session data myself and found that the tax form failed silently for sellers outside the US. I wrote the root-cause analysis, proposed a fix and a fallback, and chose the fallback because it could ship in three days. I paired with the engineer on the validation and watched the dashboard hourly after release.",
  );
  await form.result.fill("Abandonment fell from 30% to 8% in a week and the launch kept its date.");
  await expect(form.estimate).not.toHaveText("≈ 0 s");

  await form.addMetric(1, "Abandonment at the tax step", "30% → 8%");
  await form.setPrinciple(1, "Dive Deep", "Primary");
  await form.setPrinciple(2, "Think Big", "Secondary");
  await form.addTag(`tag-${m}`);
  await form.judgementCalls.fill("Shipped the fallback in 3 days instead of the full fix in 2 weeks.");
  await form.save.click();

  await expect(page).toHaveURL(/\/stories\/story-[a-z0-9-]+$/);
  await expect(stories.heading).toHaveText(title);
  await expect(page.getByTestId("mapped-not-evidenced")).toContainText(
    "You mapped Think Big, but nothing in the story shows it",
  );
  await expect(page.getByTestId("mapped-not-evidenced")).not.toContainText("Dive Deep");
  await expect(page.getByTestId("evidenced")).toContainText("Dive Deep");
  await expect(page.getByTestId("quality-badge")).toHaveText(/^(Strong|Solid|Needs work) · \d+%$/);

  await stories.goto();
  const card = stories.card(title);
  await expect(card).toHaveCount(1);
  await expect(card).toContainText("Primary");
  await expect(card).toContainText("Dive Deep");
  await expect(card).toContainText("Secondary");
  await expect(card).toContainText("Think Big");
  await expect(card).toContainText(`#tag-${m}`);
  await expect(card.getByTestId("quality-badge")).toBeVisible();
  await expect(card.getByTestId("mapped-not-evidenced")).toContainText("Think Big");
  await card.getByRole("button", { name: /^Coach’s check/ }).click();
  await expect(card.getByTestId("coach-check")).toContainText("Principles the text shows");

  // The search narrows the bank to it.
  await stories.search.fill(m);
  await expect(stories.cards).toHaveCount(1);
  expect(errors).toEqual([]);
});

test("the matrix shows new stories, closes a principle's gap, and flags near-duplicates and over-used stories", async ({
  page,
  request,
}) => {
  const errors = collectBrowserErrors(page);
  const stories = new StoriesPage(page);
  const matrix = stories.matrix;
  const m = marker();

  await stories.goto("matrix");
  await expect(matrix.table).toBeVisible();
  const before = await matrix.strongCount("Frugality");
  if (before < 2) await expect(matrix.gap("Frugality")).toBeVisible();

  const first = await createStory(request, {
    ...goodStory(`${m} Halving the warehouse cloud bill`, "warehouse", [["frugality", "primary"]]),
    situation: `In 2024 the ${m} warehouse analytics cluster cost $90k a month and grew 8% monthly.`,
    action:
      "I profiled every nightly job, found three that recomputed full history, and rewrote them as incremental loads. I negotiated reserved capacity and switched cold data to cheaper storage.",
    result: "The bill fell to $41k a month within a quarter, with no missed report.",
  });
  await createStory(request, {
    title: `${m} Reusing an open-source scheduler instead of buying one`,
    situation: "Our release team asked for a commercial scheduler licence at $120k a year.",
    task: "I had to give them scheduling without the licence budget.",
    action:
      "I compared three open-source schedulers with the team, piloted one on two pipelines, and wrote the runbook myself.",
    result: "We saved the $120k licence and the pilot became the standard within two months.",
    principles: [{ id: "frugality", strength: "primary" }],
  });

  await page.reload();
  await expect(matrix.table).toBeVisible();
  expect(await matrix.strongCount("Frugality")).toBe(before + 2);
  await expect(await matrix.cell("Frugality", first.title)).toContainText("P");
  await expect(matrix.row("Frugality")).toHaveAttribute("data-status", "covered");
  await expect(matrix.gap("Frugality")).toHaveCount(0);

  // A story retold almost word for word, and one stretched over six principles.
  await createStory(request, {
    ...goodStory(`${m} Halving the warehouse cloud bill again`, "warehouse", [["ownership", "primary"]]),
    situation: `In 2024 the ${m} warehouse analytics cluster cost $90k a month and grew 8% monthly.`,
    action:
      "I profiled every nightly job, found three that recomputed full history, and rewrote them as incremental loads. I negotiated reserved capacity and switched cold data to cheaper storage.",
    result: "The bill fell to $41k a month within a quarter, with no missed report.",
  });
  const stretched = await createStory(request, {
    ...goodStory(`${m} The story for everything`, "everything", [
      ["customer-obsession", "primary"],
      ["ownership", "primary"],
      ["dive-deep", "primary"],
      ["earn-trust", "secondary"],
      ["think-big", "secondary"],
      ["deliver-results", "secondary"],
    ]),
  });
  await page.reload();
  await expect(page.getByTestId("near-duplicates")).toContainText(`${m} Halving the warehouse cloud bill again`);
  await expect(page.getByTestId("overused")).toContainText(stretched.title);
  await expect(page.getByTestId("overused")).toContainText("6 principles, 3 primary");
  expect(errors).toEqual([]);
});

test("imports a CSV through a preview: the bad row is reported by line and column, nothing is written until confirmed", async ({
  page,
  request,
}) => {
  const errors = collectBrowserErrors(page);
  const stories = new StoriesPage(page);
  const importer = stories.importer;
  const m = marker();
  const csv = [
    "Title,Situation,Action,Result,LPs,Level,Interviewer feedback",
    `${m} Good one,Checkout was slow,"I profiled it, then cached the lookup",p99 fell 60%,"Dive Deep; Ownership",L6,ask about the cache TTL`,
    `${m} Bad level,Context,Action,Result,Ownership,L9,`,
    `${m} Good two,Sellers churned,I interviewed twenty sellers,Churn fell 3 points,Customer Obsession,,`,
  ].join("\n");

  await stories.goto("import");
  await importer.paste.fill(csv);
  await importer.previewButton.click();
  await expect(importer.preview).toBeVisible();
  await expect(importer.summary).toContainText("3 rows");
  await expect(importer.summary).toContainText("2 stories ready to import");

  // The error names its line and column; the unmapped column is a warning, listed apart.
  const bad = importer.problemRow(importer.errors, 3);
  await expect(bad).toContainText("Level (6)");
  await expect(bad).toContainText('"L9" is not a level');
  await expect(importer.warnings).toContainText("Interviewer feedback (7)");
  await expect(importer.warnings).toContainText("not mapped");
  await expect(importer.rowTitles).toHaveText([`${m} Good one`, `${m} Good two`]);
  await expect(importer.confirm).toHaveText("Import 2 stories");
  expect((await titlesInBank(request)).filter((t) => t.startsWith(m))).toEqual([]);

  // Mapping that column clears its warning.
  await expect(importer.mapping(7)).toHaveValue("Do not import");
  await importer.mapColumn(7, "Deep-dive notes");
  await expect(importer.warnings).toHaveCount(0);
  await expect(importer.rowTitles).toHaveCount(2);
  expect((await titlesInBank(request)).filter((t) => t.startsWith(m))).toEqual([]);

  await importer.confirm.click();
  await expect(importer.done).toContainText("2 stories added");
  const { stories: bank } = await (await request.get("/api/stories")).json();
  const mine = bank.filter((s: { title: string }) => s.title.startsWith(m));
  expect(mine.map((s: { title: string }) => s.title).sort()).toEqual([`${m} Good one`, `${m} Good two`]);
  expect(mine.find((s: { title: string }) => s.title === `${m} Good one`)).toMatchObject({
    level: "L6",
    deepDiveNotes: "ask about the cache TTL",
    principles: [
      { id: "dive-deep", strength: "primary" },
      { id: "ownership", strength: "secondary" },
    ],
  });
  expect(errors).toEqual([]);
});

test("an exported CSV previews back as exactly the stories in the bank", async ({ page, request }) => {
  const errors = collectBrowserErrors(page);
  const stories = new StoriesPage(page);
  const importer = stories.importer;
  const m = marker();
  await createStory(request, {
    title: `${m} Quotes, "commas", and; separators`,
    situation: 'She said "not this quarter", and meant it.\nSecond line of the situation.',
    task: "Ship by Q3; keep p99 < 200 ms | no new headcount.",
    action: "I rewrote the plan, cut scope by 30%, and ran weekly demos.",
    result: "Shipped on 30 Sept, p99 at 180 ms.",
    metrics: [
      { label: "p99 latency", value: "420 ms → 180 ms" },
      { label: "Scope", value: "-30%; still met the launch bar" },
    ],
    principles: [
      { id: "deliver-results", strength: "primary" },
      { id: "have-backbone-disagree-and-commit", strength: "secondary" },
    ],
    tags: ["q3", `tag ${m}`],
    role: "tpm",
    level: "L7",
    judgementCalls: ["Cut scope | not the date", "Kept the on-call rota; moved the migration"],
    dissent: "My director wanted the date moved; I disagreed, showed the burn-down, and we committed.",
    lessons: "Show the trade-off in numbers first.",
    deepDiveNotes: "Burn-down: 14 → 0 in 9 weeks.\nRisks: vendor API quota.",
    spokenSeconds: 165,
  });

  await stories.goto("import");
  const downloading = page.waitForEvent("download");
  await importer.exportCsv.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^barraiser-stories-\d{4}-\d{2}-\d{2}\.csv$/);
  const exported = await readFile(await download.path());

  const previewed = page.waitForResponse(
    (response) => response.url().endsWith("/api/stories/import/preview") && response.request().method() === "POST",
  );
  await importer.file.setInputFiles({ name: download.suggestedFilename(), mimeType: "text/csv", buffer: exported });
  const preview = await (await previewed).json();
  const bank = await contentOf(request);

  expect(preview.problems).toEqual([]);
  expect(preview.stories.map((row: { story: unknown }) => row.story)).toEqual(bank);
  await expect(importer.rows).toHaveCount(bank.length);
  await expect(importer.rowTitles).toHaveText(bank.map((story) => String(story.title)));
  await expect(importer.preview.getByText("A story with this title is already in your bank")).toHaveCount(bank.length);
  // Not imported twice: start over instead.
  await page.getByRole("button", { name: "Start over" }).click();
  await expect(importer.preview).toHaveCount(0);
  expect(await contentOf(request)).toEqual(bank);
  expect(errors).toEqual([]);
});

test("editing a story keeps its history with word-level changes, and an earlier version can be restored", async ({
  page,
  request,
}) => {
  const errors = collectBrowserErrors(page);
  const stories = new StoriesPage(page);
  const form = stories.form;
  const history = stories.history;
  const m = marker();
  const original = goodStory(`${m} Deferring the verification step`, "onboarding", [["customer-obsession", "primary"]]);
  const story = await createStory(request, original);

  await page.goto(`/stories/${story.id}`);
  await expect(stories.heading).toHaveText(story.title);
  await form.action.fill(
    (original.action ?? "").replace("I read 200 tickets", "I personally read 350 support tickets"),
  );
  await form.addTag(`edited-${m}`);
  await form.save.click();
  await expect(page.getByText("Saved as version 2")).toBeVisible();
  await expect(form.historyLink).toHaveText("History (version 2)");

  await form.historyLink.click();
  await expect(stories.heading).toHaveText(`History of “${story.title}”`);
  await expect(history.entries).toHaveCount(2);
  const v2 = history.version(2);
  await expect(v2).toContainText("Current");
  await expect(v2.getByTestId("history-summary")).toContainText(/Action: \+\d+ words?, −\d+ words?/);
  await expect(v2.getByTestId("history-summary")).toContainText("Tags: 1 added");
  const diff = v2.getByTestId("word-diff");
  await expect(diff.locator("ins")).toContainText(["personally"]);
  await expect(diff.locator("del").first()).toContainText("200");
  await expect(v2.locator("ins").filter({ hasText: `edited-${m}` })).toHaveCount(1);

  await history.restore(1);
  await expect(page.getByText("Version 1 restored")).toBeVisible();
  await expect(history.entries).toHaveCount(3);
  await expect(history.version(3)).toContainText("Current");

  await page.getByRole("link", { name: "Edit the story" }).click();
  await expect(form.action).toHaveValue(original.action ?? "");
  const saved = await (await request.get(`/api/stories/${story.id}`)).json();
  expect(saved).toMatchObject({ version: 3, action: original.action, tags: original.tags });
  expect(errors).toEqual([]);
});

test("archives a story out of the matrix, brings it back, and deletes it only after confirming", async ({
  page,
  request,
}) => {
  const errors = collectBrowserErrors(page);
  const stories = new StoriesPage(page);
  const m = marker();
  const story = await createStory(request, goodStory(`${m} Archive me`, "archive", [["frugality", "secondary"]]));

  await stories.goto();
  const card = stories.card(story.title);
  await card.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByText("Story archived")).toBeVisible();
  await expect(stories.card(story.title)).toHaveCount(0);
  const matrix = await (await request.get("/api/stories/matrix")).json();
  expect(matrix.matrix.stories.map((s: { id: string }) => s.id)).not.toContain(story.id);

  const show = page.getByRole("radiogroup", { name: "Show" });
  await show.getByText("Archived", { exact: true }).click();
  await expect(stories.card(story.title)).toContainText("Archived");
  await stories.card(story.title).getByRole("button", { name: "Unarchive" }).click();
  await expect(page.getByText("Story back in the bank")).toBeVisible();
  await show.getByText("Active", { exact: true }).click();
  await expect(stories.card(story.title)).toHaveCount(1);

  await stories.card(story.title).getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this story?" });
  await expect(dialog).toContainText(story.title);
  await dialog.getByRole("button", { name: "Keep it" }).click();
  await expect(stories.card(story.title)).toHaveCount(1);
  await stories.card(story.title).getByRole("button", { name: "Delete" }).click();
  await dialog.getByRole("button", { name: "Delete story" }).click();
  await expect(stories.card(story.title)).toHaveCount(0);
  expect((await request.get(`/api/stories/${story.id}`)).status()).toBe(404);
  expect(errors).toEqual([]);
});

test("a save made on an outdated version is refused and says how to recover", async ({ page, request }) => {
  const errors = collectBrowserErrors(page);
  const stories = new StoriesPage(page);
  const m = marker();
  const story = await createStory(request, goodStory(`${m} Edited twice`, "conflict", [["ownership", "primary"]]));

  await page.goto(`/stories/${story.id}`);
  await expect(stories.heading).toHaveText(story.title);
  // Saved elsewhere (another tab) while this form is open.
  await request.patch(`/api/stories/${story.id}`, { data: { lessons: "Saved in another tab.", baseVersion: 1 } });
  await stories.form.task.fill("My edit, made on version 1.");
  await stories.form.save.click();
  const alert = page.getByRole("alert").filter({ hasText: "Saved elsewhere" });
  await expect(alert).toContainText("version 2");
  await expect(stories.form.task).toHaveValue("My edit, made on version 1.");
  await alert.getByRole("button", { name: "Load the saved version" }).click();
  await expect(page.getByRole("textbox", { name: "Lessons" })).toHaveValue("Saved in another tab.");
  await expect(stories.form.historyLink).toHaveText("History (version 2)");
  // 409 is the answer the page expects; the browser still logs the failed request.
  expect(errors.filter((e) => !e.includes("409"))).toEqual([]);
});

test("prints one card per story with no navigation around them", async ({ page, request }) => {
  const errors = collectBrowserErrors(page);
  const stories = new StoriesPage(page);
  const shell = new AppShell(page);
  const m = marker();
  const a = await createStory(request, goodStory(`${m} Card one`, "cards", [["ownership", "primary"]]));
  const b = await createStory(request, goodStory(`${m} Card two`, "printing", [["think-big", "secondary"]]));

  await stories.goto();
  await stories.printCards.click();
  await expect(stories.heading).toHaveText("Story cards");
  const cards = page.getByTestId("print-card");
  await expect(cards.filter({ hasText: a.title })).toHaveCount(1);
  await expect(cards.filter({ hasText: b.title })).toHaveCount(1);
  expect(await cards.count()).toBe(
    ((await (await request.get("/api/stories")).json()) as { stories: unknown[] }).stories.length,
  );

  // As printed: A4's width at 96 dpi, print media.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: "print" });
  await expect(shell.header).toBeHidden();
  await expect(shell.navigation).toBeHidden();
  await expect(page.getByRole("button", { name: "Print", exact: true })).toBeHidden();
  await expect(cards.first()).toBeVisible();
  expect(await cards.first().evaluate((card) => getComputedStyle(card).breakInside)).toBe("avoid");
  await page.screenshot({ path: "test-results/screenshots/stories-cards-print.png", fullPage: true });
  const pdf = await page.pdf({ path: "test-results/story-cards.pdf", format: "A4", printBackground: true });
  expect(pdf.subarray(0, 4).toString()).toBe("%PDF");

  await page.emulateMedia({ media: "screen" });
  await expect(shell.header).toBeVisible();
  expect(errors).toEqual([]);
});

test("plans a loop of two interviewers with two principles each: a story and a backup per principle", async ({
  page,
  request,
}) => {
  const errors = collectBrowserErrors(page);
  const stories = new StoriesPage(page);
  const plan = stories.loopPlan;
  const m = marker();
  const topics: [string, string, string][] = [
    ["think-big", "Think Big", "marketplace"],
    ["earn-trust", "Earn Trust", "partner"],
    ["invent-and-simplify", "Invent and Simplify", "tooling"],
    ["bias-for-action", "Bias for Action", "incident"],
  ];
  for (const [id, name, topic] of topics)
    await createStory(request, goodStory(`Loop ${m}: ${name}`, topic, [[id, "primary"]]));

  await stories.goto("loop-plan");
  await expect(plan.rows).toHaveCount(2);
  await plan.setInterviewer(1, "Hiring manager", ["Think Big", "Earn Trust"]);
  await plan.setInterviewer(2, "Bar Raiser", ["Invent and Simplify", "Bias for Action"]);
  const planned = page.waitForResponse((r) => r.url().endsWith("/api/stories/plan"));
  await plan.submit.click();
  const response = await (await planned).json();

  await expect(plan.result).toBeVisible();
  await expect(plan.summary).toContainText("4 principles to answer");
  await expect(plan.summary).toContainText(/solved in (under 1|\d+) ms/);
  await expect(plan.result.getByTestId("plan-interviewer")).toHaveCount(2);
  expect(response.slots).toHaveLength(4);
  const { stories: bank } = await (await request.get("/api/stories")).json();
  const byId = new Map<string, { principles: { id: string; strength: Strength }[] }>(
    bank.map((s: { id: string }) => [s.id, s]),
  );
  // Four principles, each with a story written for it: nothing is uncovered and nothing is told twice.
  expect(response.uncovered).toEqual([]);
  expect(response.reusedStories).toEqual([]);
  for (const slot of response.slots as {
    interviewerName: string;
    principle: string;
    principleName: string;
    primary: { storyId: string; title: string; basis: "primary" | "secondary" | "signals" } | null;
    backup: { title: string } | null;
  }[]) {
    expect(slot.primary, slot.principleName).not.toBeNull();
    const primary = slot.primary!;
    // A mapped story is told with the strength it is mapped at.
    if (primary.basis !== "signals")
      expect(byId.get(primary.storyId)?.principles).toContainEqual({ id: slot.principle, strength: primary.basis });
    const view = plan.slot(slot.interviewerName, slot.principleName);
    await expect(view).toHaveCount(1);
    await expect(view.getByRole("link").first()).toHaveText(primary.title);
    await expect(view).toContainText(slot.backup ? slot.backup.title : "No other story is free for this.");
    await expect(view.getByTestId("slot-reuse")).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});

test("a principle no story answers is named as uncovered, with a link to write one", async ({ page }) => {
  const stories = new StoriesPage(page);
  const plan = stories.loopPlan;
  await stories.goto("loop-plan");
  const planned = page.waitForResponse((r) => r.url().endsWith("/api/stories/plan"));
  await plan.setInterviewer(1, "Peer PM", ["Strive to be Earth's Best Employer"]);
  await plan.setInterviewer(2, "Engineering manager", ["Success and Scale Bring Broad Responsibility"]);
  await plan.submit.click();
  const response = await (await planned).json();
  await expect(plan.result).toBeVisible();
  // Whatever the bank holds, every slot shows either a story to tell or the way to cover it.
  for (const slot of response.slots as { interviewerName: string; principleName: string; primary: unknown }[]) {
    const view = plan.slot(slot.interviewerName, slot.principleName);
    if (slot.primary === null) {
      await expect(view.getByTestId("slot-uncovered")).toContainText(`No story answers ${slot.principleName}`);
      await expect(view.getByRole("link", { name: "Write one" })).toHaveAttribute("href", /\/stories\/new\?principle=/);
    } else {
      await expect(view).toContainText("Tell");
    }
  }
});

const WIDTHS = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const;

for (const size of WIDTHS) {
  test.describe(`at ${size.name} width`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test("every stories view fits the window, has no console errors, and is screenshotted", async ({
      page,
      request,
    }) => {
      // Eight views, each loaded, measured and screenshotted full-page.
      test.setTimeout(120_000);
      const errors = collectBrowserErrors(page);
      const shell = new AppShell(page);
      const stories = new StoriesPage(page);
      const m = marker();
      const story = await createStory(
        request,
        goodStory(`${m} Screenshot story with a rather long title to wrap`, "screens", [
          ["dive-deep", "primary"],
          ["earn-trust", "secondary"],
        ]),
      );
      await request.patch(`/api/stories/${story.id}`, {
        data: { result: "Week-one drop-off fell from 12% to 4% and tickets fell by half.", baseVersion: 1 },
      });

      const shots: [string, string, (() => Promise<void>)?][] = [
        ["bank", "/stories"],
        ["matrix", "/stories/matrix"],
        ["edit", `/stories/${story.id}`],
        ["history", `/stories/${story.id}/history`],
        ["new", "/stories/new"],
        [
          "import-preview",
          "/stories/import",
          async () => {
            await stories.importer.paste.fill(
              `Title,Situation,Level,Extra\n${m} Imported,Context,L6,x\n${m} Broken,Context,L12,\n`,
            );
            await stories.importer.previewButton.click();
            await expect(stories.importer.preview).toBeVisible();
          },
        ],
        [
          "loop-plan",
          "/stories/loop-plan",
          async () => {
            await stories.loopPlan.setInterviewer(1, "Hiring manager", ["Dive Deep", "Earn Trust"]);
            await stories.loopPlan.setInterviewer(2, "Bar Raiser", ["Ownership", "Frugality"]);
            await stories.loopPlan.submit.click();
            await expect(stories.loopPlan.result).toBeVisible();
          },
        ],
        ["cards", "/stories/print"],
      ];
      for (const [name, path, act] of shots) {
        await shell.goto(path);
        await shell.settle();
        await act?.();
        expect(await shell.horizontalOverflow(), `${name} is wider than the window`).toBeLessThanOrEqual(0);
        // Full-page shots draw the fixed header where the window is scrolled to: start at the top.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `test-results/screenshots/stories-${name}-${size.name}.png`, fullPage: true });
      }
      expect(errors).toEqual([]);
    });
  });
}

for (const scheme of ["light", "dark"] as const) {
  test(`stories views have no WCAG A/AA violations in ${scheme} mode`, async ({ page, request }) => {
    // Seven full-page axe passes over a bank that grows with every run.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    const shell = new AppShell(page);
    const stories = new StoriesPage(page);
    const m = marker();
    const story = await createStory(request, goodStory(`${m} Accessible story`, "access", [["ownership", "primary"]]));
    await request.patch(`/api/stories/${story.id}`, { data: { tags: ["a11y"], baseVersion: 1 } });

    for (const path of ["/stories", "/stories/matrix", `/stories/${story.id}`, `/stories/${story.id}/history`]) {
      await shell.goto(path);
      await shell.settle();
      expect(await axeViolations(page), path).toEqual([]);
    }

    await shell.goto("/stories");
    await shell.settle();
    await stories
      .card(story.title)
      .getByRole("button", { name: /^Coach’s check/ })
      .click();
    // Judge the resting state, not the hover colour under the pointer that just clicked.
    await page.mouse.move(0, 0);
    await expect(page.getByTestId("coach-check")).toBeVisible();
    expect(await axeViolations(page), "bank with a coach's check open").toEqual([]);

    await shell.goto("/stories/import");
    await stories.importer.paste.fill(`Title,Level,Extra\n${m} One,L6,x\n${m} Two,L9,\n`);
    await stories.importer.previewButton.click();
    await expect(stories.importer.preview).toBeVisible();
    expect(await axeViolations(page), "import preview").toEqual([]);

    await shell.goto("/stories/loop-plan");
    await stories.loopPlan.setInterviewer(1, "Hiring manager", ["Ownership", "Dive Deep"]);
    await stories.loopPlan.setInterviewer(2, "Bar Raiser", ["Frugality", "Think Big"]);
    await stories.loopPlan.submit.click();
    await expect(stories.loopPlan.result).toBeVisible();
    expect(await axeViolations(page), "loop plan").toEqual([]);
  });
}
