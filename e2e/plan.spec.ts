/**
 * The plan page against the real server: made from settings set on the page, kept within the
 * hours, ticked by practice and by hand, re-planned when the date moves (and saying so), a weak
 * answer in the review queue, a calendar file that parses, and how it looks at laptop and
 * phone width in light and dark.
 */
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { localDayFromToday, PlanPage } from "./pages/plan-page.js";
import { collectBrowserErrors } from "./support/console-errors.js";

const QUESTION_ID = "bhv-dive-deep-01";

/**
 * The plan is one per user and reads all practice, so other spec files' stories and attempts
 * would change it: each test starts from an empty bank by restoring an empty backup.
 */
test.beforeEach(async ({ request }) => {
  const current = await (await request.get("/api/backup")).json();
  const empty = {
    ...current,
    data: {
      settings: {},
      userQuestions: [],
      checklistTicks: [],
      stories: [],
      storyVersions: [],
      attempts: [],
      drafts: [],
      loops: [],
      plan: null,
      reviews: [],
    },
  };
  const response = await request.post("/api/backup", { data: empty });
  expect(response.ok(), await response.text()).toBe(true);
});

async function clearPlanSettings(request: APIRequestContext): Promise<void> {
  const response = await request.patch("/api/settings", {
    data: { interviewDate: null, hoursPerWeek: null, role: null, level: null },
  });
  expect(response.ok()).toBe(true);
}

async function setPlanSettings(request: APIRequestContext, daysAhead = 35): Promise<void> {
  const response = await request.patch("/api/settings", {
    data: { interviewDate: localDayFromToday(daysAhead), hoursPerWeek: 10, role: "pmt", level: "L6" },
  });
  expect(response.ok()).toBe(true);
}

/** A weak answer: one word in five seconds, which the coach votes Strong No Hire. */
async function answerBadly(request: APIRequestContext): Promise<void> {
  const response = await request.post("/api/attempts", {
    data: {
      questionId: QUESTION_ID,
      turns: [{ answer: "fine" }],
      startedAt: new Date(Date.now() - 10_000).toISOString(),
      answerSeconds: 5,
    },
  });
  expect(response.ok(), await response.text()).toBe(true);
}

async function saveDiveDeepStory(request: APIRequestContext): Promise<void> {
  const response = await request.post("/api/stories", {
    data: {
      title: `Found the checkout latency regression ${Date.now()}`,
      situation: "Checkout p99 latency doubled after a release and nobody owned the investigation.",
      task: "I had to find the cause before the holiday peak, two weeks away.",
      action:
        "I pulled the traces myself, bisected the 40 commits in the release, found an N+1 query in the coupon service, and wrote the fix with the owning team.",
      result: "p99 latency fell from 1.8 s to 420 ms and checkout conversion rose 2.1% over the peak.",
      principles: [{ id: "dive-deep", strength: "primary" }],
    },
  });
  expect(response.ok(), await response.text()).toBe(true);
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.map((n) => n.target.join(" ")).join(" | ")}`,
  );
}

test("with no settings, the page asks for them and makes a plan within the hours", async ({ page, request }) => {
  const errors = collectBrowserErrors(page);
  await clearPlanSettings(request);
  const plan = new PlanPage(page);
  await plan.goto();
  await expect(page.getByRole("heading", { name: "Make your plan" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/plan-setup-1280.png", fullPage: true });
  expect(await axeViolations(page)).toEqual([]);

  // Submitting empty says what is missing, next to each field.
  await plan.makePlan.click();
  await expect(page.getByText("Choose the day of your interview.")).toBeVisible();
  await expect(page.getByText("Choose the role you interview for.")).toBeVisible();

  await plan.fillInputs({
    date: localDayFromToday(35),
    hours: 10,
    role: "Product Manager - Technical (PMT)",
    level: "L6",
  });
  await plan.makePlan.click();

  await expect(plan.weeks.first()).toBeVisible();
  expect(await plan.weeks.count()).toBeGreaterThanOrEqual(5);
  expect(await plan.tasks.count()).toBeGreaterThan(10);
  await expect(plan.countdown).toHaveText("35 days to your interview");
  await expect(plan.restDay).toContainText("Rest on");
  await expect(page.getByTestId("rest-day")).toContainText("Rest day");
  await expect(page.getByTestId("interview-day")).toContainText("Interview day");
  await expect(plan.totals).toContainText(/0 h of [\d.]+ h done/);

  // No week asks for more than the 10 hours given, on the page and in the API.
  const weeks = await plan.weekHours();
  for (const week of weeks) {
    expect(week.limit).toBe(10);
    expect(week.planned).toBeLessThanOrEqual(10);
  }
  const view = await (await request.get(`/api/plan?today=${localDayFromToday()}`)).json();
  for (const week of view.totals.weeks) expect(week.plannedHours).toBeLessThanOrEqual(week.limitHours);

  // Each task links to where it is done.
  await expect(plan.tasks.first().getByRole("link")).toHaveAttribute("href", /^\/(stories|practice|loop|guide)/);
  const drill = plan.tasks.filter({ hasText: "Drill Dive Deep" }).first();
  if ((await drill.count()) > 0) await expect(drill.getByRole("link")).toHaveAttribute("href", /principle=dive-deep/);
  // What did not fit is listed with its reason, in plain words.
  await expect(plan.dropped).toBeVisible();
  expect(errors).toEqual([]);
});

test("a saved story ticks its task, a tick by hand sticks, and a weak answer joins the review queue", async ({
  page,
  request,
}) => {
  const errors = collectBrowserErrors(page);
  await setPlanSettings(request);
  const plan = new PlanPage(page);
  await plan.goto();
  await expect(plan.weeks.first()).toBeVisible();

  // Practice elsewhere (here: the story bank through the API), then back to the plan.
  await saveDiveDeepStory(request);
  await page.reload();
  await expect(plan.tickedNotice).toContainText(/STAR story for Dive Deep/);
  await expect(plan.taskCheckbox(/^Done: Write a .*STAR story for Dive Deep$/).first()).toBeChecked();
  await expect(plan.totals).not.toContainText(/^0 h of/);

  // A tick by hand goes to the server and survives a reload; unticking takes it back.
  const open = plan.tasks.filter({ has: page.locator('input[type="checkbox"]:not(:checked)') }).first();
  const taskId = (await open.getAttribute("data-task-id")) ?? "";
  expect(taskId).not.toBe("");
  const box = plan.task(taskId).getByRole("checkbox");
  const ticking = page.waitForResponse((r) => r.url().includes("/api/plan/tasks/") && r.request().method() === "PUT");
  await box.check();
  expect((await ticking).ok()).toBe(true);
  await page.reload();
  await expect(plan.task(taskId).getByRole("checkbox")).toBeChecked();
  await plan.task(taskId).getByRole("checkbox").uncheck();
  await expect(plan.task(taskId).getByRole("checkbox")).not.toBeChecked();
  await page.reload();
  await expect(plan.task(taskId).getByRole("checkbox")).not.toBeChecked();

  // A weak answer comes back for review: in today's queue, or as the next card due.
  const question = await (await request.get(`/api/questions/${QUESTION_ID}`)).json();
  await answerBadly(request);
  await page.reload();
  await expect(plan.reviewQueue).toContainText(question.text);
  await expect(plan.reviewQueue.locator(`a[href="/practice?question=${QUESTION_ID}"]`).first()).toBeVisible();
  // The chart now has a vote to plot.
  await expect(plan.chart).toContainText(/average vote on your/);

  // Reviewing a principle card from the queue reschedules it: it leaves today's queue.
  const principleCard = plan.reviewQueue.locator('[data-testid="review-card"][data-kind="principle"]').first();
  const title = (await principleCard.locator("p").first().textContent()) ?? "";
  await principleCard.getByRole("button", { name: "Good" }).click();
  await expect(plan.reviewQueue.locator('[data-testid="review-card"]').filter({ hasText: title })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("changing the interview date on the page re-plans and says why", async ({ page, request }) => {
  await setPlanSettings(request, 35);
  const plan = new PlanPage(page);
  await plan.goto();
  await expect(plan.countdown).toHaveText("35 days to your interview");
  await expect(plan.replanNotice).toHaveCount(0);

  await plan.changeInputs.click();
  await plan.fillInputs({ date: localDayFromToday(42) });
  await plan.replan.click();

  await expect(plan.replanNotice).toContainText("Re-planned because your interview date changed");
  await expect(plan.countdown).toHaveText("42 days to your interview");
  expect((await (await request.get("/api/settings")).json()).interviewDate).toBe(localDayFromToday(42));
  // A longer runway fits every kind of task: check each kind's colours in both schemes.
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "dark");
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "light" });
  // The notice stays until dismissed, even though later answers no longer carry the reason.
  await plan.replanNotice.getByRole("button", { name: "Dismiss" }).click();
  await expect(plan.replanNotice).toHaveCount(0);
});

test("Add to calendar downloads an .ics with sessions, the interview and reminders", async ({ page, request }) => {
  await setPlanSettings(request, 35);
  const plan = new PlanPage(page);
  await plan.goto();
  const downloading = page.waitForEvent("download");
  await plan.addToCalendar.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^barraiser-plan-\d{4}-\d{2}-\d{2}\.ics$/);
  const text = await readFile(await download.path(), "utf8");

  // Unfold continuation lines (RFC 5545 3.1), then check the structure.
  const lines = text
    .replace(/\r?\n[ \t]/g, "")
    .split(/\r?\n/)
    .filter(Boolean);
  expect(lines[0]).toBe("BEGIN:VCALENDAR");
  expect(lines.at(-1)).toBe("END:VCALENDAR");
  const begins = lines.filter((line) => line === "BEGIN:VEVENT").length;
  expect(begins).toBeGreaterThanOrEqual(3);
  expect(lines.filter((line) => line === "END:VEVENT").length).toBe(begins);
  expect(lines.filter((line) => line === "BEGIN:VALARM").length).toBeGreaterThanOrEqual(1);
  expect(lines.filter((line) => line.startsWith("UID:")).length).toBe(begins);
  expect(lines.some((line) => /^SUMMARY:.*interview/i.test(line))).toBe(true);
  expect(lines.some((line) => line.startsWith("DTSTART") && line.endsWith("T183000"))).toBe(true);
});

for (const size of [
  { name: "1280", width: 1280, height: 900 },
  { name: "390", width: 390, height: 844 },
] as const) {
  test.describe(`at ${size.width}px`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    for (const scheme of ["light", "dark"] as const) {
      test(`the plan reads cleanly in ${scheme} mode`, async ({ page, request }) => {
        const errors = collectBrowserErrors(page);
        await page.emulateMedia({ colorScheme: scheme });
        await setPlanSettings(request, 35);
        const plan = new PlanPage(page);
        await plan.goto();
        await expect(plan.weeks.first()).toBeVisible();
        await page.waitForLoadState("networkidle");
        expect(await plan.horizontalOverflow(), "page is wider than the window").toBeLessThanOrEqual(0);
        if (size.width < 600) {
          // Weeks stack: each starts below the one before.
          const first = await plan.weeks.nth(0).boundingBox();
          const second = await plan.weeks.nth(1).boundingBox();
          expect(second?.y ?? 0).toBeGreaterThan((first?.y ?? 0) + (first?.height ?? 0) - 1);
        }
        const suffix = scheme === "light" ? "" : "-dark";
        await page.screenshot({ path: `test-results/screenshots/plan-${size.name}${suffix}.png`, fullPage: true });
        expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  });
}
