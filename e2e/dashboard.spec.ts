/**
 * The dashboard's practice parts against the real server: counts, the votes-per-principle
 * heatmap, the weakest principles with "Drill this", the next drill, the interview countdown;
 * axe in light and dark mode; screenshots at laptop and phone width.
 */
import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { DashboardPage } from "./pages/dashboard-page.js";
import { PracticePage } from "./pages/practice-page.js";
import { collectBrowserErrors } from "./support/console-errors.js";

const FRUGALITY = "bhv-frugality-01";

async function practise(request: APIRequestContext, questionId: string, answer: string): Promise<number> {
  const response = await request.post("/api/attempts", {
    data: {
      questionId,
      turns: [{ answer }],
      startedAt: new Date(Date.now() - 300_000).toISOString(),
      answerSeconds: 95,
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { attempt: { vote: number } }).attempt.vote;
}

function isoDayFromToday(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .map((node) => `${node.target.join(" ")} [${node.any[0]?.message ?? ""}]`)
          .slice(0, 3)
          .join(" | ")}`,
    );
}

test.beforeAll(async ({ request }) => {
  // Some history to show: an attempt on Frugality, a banked story, and an interview date.
  await practise(
    request,
    FRUGALITY,
    "Last year I cut our analytics bill. I found we paid for three tools doing the same job, so I moved every team onto one, negotiated a two-year contract and turned the others off. Spend fell from $40k to $22k a month. I learned to audit tooling every quarter.",
  );
  const story = await request.post("/api/stories", {
    data: {
      title: `Analytics bill cut in half ${Date.now()}`,
      result: "Spend fell from $40k to $22k a month.",
      principles: [{ id: "frugality", strength: "primary" }],
    },
  });
  expect(story.status()).toBe(201);
  const settings = await request.patch("/api/settings", { data: { interviewDate: isoDayFromToday(12) } });
  expect(settings.ok()).toBe(true);
});

test("shows questions practised, story coverage, the votes heatmap and the interview countdown", async ({ page }) => {
  const errors = collectBrowserErrors(page);
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  await expect(dashboard.countdown).toContainText("12 days to go");
  await expect(dashboard.questionsPractised).toContainText(/[1-9]\d*/);
  await expect(dashboard.stories).toContainText(/[1-9]/);
  await expect(dashboard.coverage).toContainText(/\/16/);
  const frugality = dashboard.heatmapRow("frugality");
  await expect(frugality.getByRole("rowheader")).toHaveText("Frugality");
  // The attempt lands in this week's column, the last one.
  await expect(frugality.locator("td").nth(-2)).toHaveAttribute("data-vote", /[1-4]/);
  await expect(frugality.locator("td").last()).not.toHaveText("0");
  expect(errors).toEqual([]);
});

test("'Drill this' on one of the three weakest principles opens a drill for it", async ({ page }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  const items = dashboard.weakest.getByRole("listitem");
  await expect(items).toHaveCount(3);
  const principleId = (await items.first().getAttribute("data-principle")) ?? "";
  const name = (await items.first().getByRole("link").first().textContent()) ?? "";
  await dashboard.drillThis(name).click();
  await expect(page).toHaveURL(/\/practice\?question=/);
  const practice = new PracticePage(page);
  await expect(practice.question).toBeVisible();
  await expect(page.getByTestId("drill-reason")).toContainText(name);
  // The question tests that principle.
  await expect(page.getByRole("main").locator(`a[href="/guide/principles/${principleId}"]`).first()).toBeVisible();
});

test("the next suggested drill starts with one click", async ({ page }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  const text = (await dashboard.nextDrill.locator("p").nth(0).textContent()) ?? "";
  await dashboard.nextDrill.getByRole("link", { name: "Start this drill" }).click();
  await expect(page).toHaveURL(/\/practice\?question=/);
  await expect(new PracticePage(page).question).toHaveText(text);
});

for (const scheme of ["light", "dark"] as const) {
  test(`has no serious or critical axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const dashboard = new DashboardPage(page);
    await dashboard.goto();
    await expect(dashboard.heatmap).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await seriousViolations(page)).toEqual([]);
  });
}

for (const size of [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const) {
  test(`renders cleanly at ${size.width}px`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    const errors = collectBrowserErrors(page);
    const dashboard = new DashboardPage(page);
    await dashboard.goto();
    await expect(dashboard.heatmap).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screenshots/dashboard-${size.name}.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
}
