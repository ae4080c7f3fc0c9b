/**
 * The mock loop end to end on a real server: a two-round onsite loop, a story told to both
 * interviewers (flagged at once and in the debrief), pause and reload (the loop continues from
 * the server), the Bar Raiser's four levels of follow-up, the debrief, its printed PDF and its
 * Markdown download. Screenshots at laptop and phone width go to test-results/screenshots/.
 */
import { readFileSync, statSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { AppShell } from "./pages/app-shell.js";
import { LoopPage } from "./pages/loop-page.js";
import { collectBrowserErrors } from "./support/console-errors.js";

const ALL_PRINCIPLES = [
  "customer-obsession",
  "ownership",
  "invent-and-simplify",
  "are-right-a-lot",
  "learn-and-be-curious",
  "hire-and-develop-the-best",
  "insist-on-the-highest-standards",
  "think-big",
  "bias-for-action",
  "frugality",
  "earn-trust",
  "dive-deep",
  "have-backbone-disagree-and-commit",
  "deliver-results",
  "strive-to-be-earths-best-employer",
  "success-and-scale-bring-broad-responsibility",
];

/** A banked story mapped to every principle, so the story plan and the picker both offer it. */
async function createStory(request: APIRequestContext, title: string): Promise<string> {
  const response = await request.post("/api/stories", {
    data: {
      title,
      situation: "Our checkout redesign was slipping and the holiday peak was six weeks away.",
      task: "I owned the launch plan for the payments team.",
      action:
        "I cut two features after weighing the risk with engineering, negotiated dates with three teams, and ran a daily risk review.",
      result: "We launched on time and checkout conversion rose 4%, about $2 million a year.",
      principles: ALL_PRINCIPLES.map((id) => ({ id, strength: "primary" })),
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const STORY_ANSWER =
  "Last year our checkout redesign was slipping and the holiday peak was six weeks away. I owned the launch plan. " +
  "I weighed cutting scope against moving the date, chose to cut two features, and negotiated the new plan with three teams. " +
  "We launched on time and conversion rose 4%, about $2 million a year. I learned to raise risks a week earlier.";

async function snap(page: Page, name: string): Promise<void> {
  const shell = new AppShell(page);
  for (const size of [
    { label: "desktop", width: 1280, height: 800 },
    { label: "phone", width: 390, height: 844 },
  ]) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await shell.settle();
    // Fixed and sticky parts are drawn where the page is scrolled to: start from the top.
    await page.evaluate(() => window.scrollTo(0, 0));
    // Polled: the navigation slides away for a moment after the window narrows.
    await expect
      .poll(() => shell.horizontalOverflow(), { message: `${name} is wider than the window at ${size.width}px` })
      .toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screenshots/loop-${name}-${size.label}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(" | ")}`,
  );
}

test("a two-round loop: story reuse flagged, pause and reload, Bar Raiser depth, debrief, PDF and Markdown", async ({
  page,
  request,
  context,
}) => {
  test.setTimeout(120_000);
  const errors = collectBrowserErrors(page);
  const storyTitle = `Checkout rescue ${Date.now().toString(36)}`;
  await createStory(request, storyTitle);
  const loop = new LoopPage(page);

  // Set up: a short onsite loop of two rounds (hiring manager and Bar Raiser).
  await loop.goto();
  await snap(page, "setup");
  await loop.setUp({ role: "Product Manager (PM)", level: "L6", kind: "Onsite loop", rounds: 2, seed: 4242 });
  await loop.generate.click();

  // The plan, before the clock starts: rounds, personas, owned principles, the story plan.
  await expect(loop.heading).toHaveText("Your loop plan");
  await expect(page).toHaveURL(/\/loop\/loop-[a-z0-9-]+$/);
  const loopUrl = page.url();
  await expect(page.getByRole("heading", { name: "Round 1 · Hiring manager" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Round 2 · Bar Raiser" })).toBeVisible();
  await expect(page.getByText("Can veto")).toBeVisible();
  await expect(page.getByText(`Tell “${storyTitle}”`).first()).toBeVisible();
  await snap(page, "plan");

  // Round 1: the introduction, a question, an answer telling the story, a follow-up.
  await loop.start.click();
  await expect(loop.heading).toHaveText("Round 1 of 2: Hiring manager");
  await expect(loop.clock).toContainText(/^5[45]:\d\d/);
  await expect(loop.conversation).toContainText("I'm the hiring manager");
  await expect(loop.currentQuestion).toBeVisible();
  await loop.answer(STORY_ANSWER, storyTitle);
  await expect(loop.followUpQuestion).toBeVisible();
  await expect(loop.followUpQuestion).toContainText("Depth 1");
  await loop.reply("It was formally the program manager's job, but she had left, so I stepped in for the customers.");
  await expect(loop.followUpQuestion).toContainText("follow-up 2");
  await snap(page, "round");

  // Leave the rest of round 1 and go to the Bar Raiser.
  while ((await loop.heading.textContent())?.startsWith("Round 1")) {
    await Promise.all([
      page.waitForResponse((response) => /\/api\/loops\/[^/]+\/next-(question|round)$/.test(response.url())),
      loop.moveOn().click(),
    ]);
  }
  await expect(loop.heading).toHaveText("Round 2 of 2: Bar Raiser");

  // Telling the same story to a second interviewer is flagged as soon as it is picked, and again on answering.
  await loop.pickStory(storyTitle);
  await expect(loop.pickedTwiceWarning).toContainText("Hiring manager heard it in round 1");
  await loop.answerBox.fill(`${STORY_ANSWER} This time I will stress the data I used.`);
  await loop.submitAnswer.click();
  await expect(loop.reuseWarning).toBeVisible();
  await expect(loop.reuseWarning).toContainText("You already told this story to the Hiring manager in round 1");
  await expect(loop.followUpQuestion).toContainText("Depth 3");

  // Pause, then reload: the loop is where it was, still paused, with a Resume button.
  await loop.pause.click();
  await expect(loop.pausedPanel).toBeVisible();
  await expect(loop.clock).toHaveAccessibleName(/stopped/);
  await page.reload();
  await expect(loop.heading).toHaveText("Round 2 of 2: Bar Raiser");
  await expect(loop.pausedPanel).toBeVisible();
  await expect(loop.reuseWarning).toBeVisible();
  await expect(loop.replyBox).toHaveCount(0);

  // A fresh page (a closed and reopened browser) sees the same loop.
  const other = await context.newPage();
  await other.goto(loopUrl);
  const otherLoop = new LoopPage(other);
  await expect(otherLoop.heading).toHaveText("Round 2 of 2: Bar Raiser");
  await expect(otherLoop.resume.first()).toBeVisible();
  await other.close();

  // Resume and answer the Bar Raiser's follow-ups: four levels deep, then no more.
  await loop.resume.first().click();
  await expect(loop.pausedPanel).toHaveCount(0);
  for (let level = 1; level <= 4; level++) {
    await expect(loop.followUpQuestion).toContainText(`follow-up ${level}`);
    // Markup in an answer is shown as the text it is, never run.
    await loop.reply(
      `Level ${level}: the data was the <b>weekly</b> dashboard <img src=x onerror=alert(1)> and interviews.`,
    );
  }
  await expect(loop.conversation.locator("img, b")).toHaveCount(0);
  await expect(loop.followUpQuestion).toHaveCount(0);
  await expect(loop.questionDone).toContainText("That is as deep as the Bar Raiser goes");

  // Finish early: the debrief.
  await loop.endAndConfirm();
  await expect(page).toHaveURL(/\/debrief$/);
  await expect(loop.decision).toContainText(/Hire|No hire/);
  await expect(loop.decision).toContainText("In plain words:");
  await expect(loop.votes.getByRole("row")).toHaveCount(3);
  await expect(loop.votes).toContainText("Hiring manager");
  await expect(loop.votes).toContainText("Bar Raiser");
  await expect(loop.votes).toContainText(/Strong Hire|Inclined|Not Inclined|Strong No Hire/);
  await expect(loop.heatmap.getByRole("columnheader")).toHaveCount(3);
  expect(await loop.heatmap.getByRole("rowheader").count()).toBeGreaterThanOrEqual(4);
  const steps = loop.nextSteps.getByRole("listitem");
  await expect(steps).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    await expect(steps.nth(i).getByRole("link").first()).toHaveAttribute(
      "href",
      /^\/(practice\?question=|questions\?(principle|type)=)/,
    );
  }
  await expect(loop.storyReuse).toContainText(storyTitle);
  await expect(loop.calibration).toContainText("Applied for L6");
  await expect(page.getByText("What would have raised it")).toBeVisible();
  await snap(page, "debrief");

  // The Markdown export downloads.
  const [download] = await Promise.all([page.waitForEvent("download"), loop.downloadMarkdown.click()]);
  expect(download.suggestedFilename()).toMatch(/^barraiser-debrief-loop-[a-z0-9-]+\.md$/);
  const markdown = readFileSync(await download.path(), "utf8");
  expect(markdown).toContain("# Mock loop debrief");
  expect(markdown).toContain("Bar Raiser");

  // The printed report: no navigation, and a non-empty PDF.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(loop.print).toBeHidden();
  await page.pdf({ path: "test-results/loop-debrief.pdf", format: "A4", printBackground: false });
  expect(statSync("test-results/loop-debrief.pdf").size).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: "screen" });

  // The history lists the loop with its decision and a link to the debrief.
  await loop.goto();
  const row = loop.historyRows.filter({ hasText: "PM · L6 · Onsite loop, 2 rounds" }).first();
  await expect(row).toBeVisible();
  await expect(row.getByRole("link", { name: /^Read the debrief/ })).toHaveAttribute("href", /\/debrief$/);
  await expect(row).toContainText(/Hire|No hire/);

  expect(errors).toEqual([]);
});

test("a phone screen runs with one interviewer and its debrief says whether to invite onsite", async ({ page }) => {
  const errors = collectBrowserErrors(page);
  const loop = new LoopPage(page);
  await loop.goto();
  await loop.setUp({ role: "Technical Program Manager (TPM)", level: "L5", kind: "Phone screen" });
  await expect(page.getByRole("radiogroup", { name: "Rounds" })).toHaveCount(0);
  await loop.generate.click();
  await expect(page.getByRole("heading", { name: /^Round 1 · / })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Round 2/ })).toHaveCount(0);
  await loop.start.click();
  await expect(loop.heading).toHaveText(/^Round 1 of 1: /);
  await expect(loop.clock).toContainText(/^(60:00|59:\d\d)/);
  await loop.endAndConfirm();
  await expect(loop.decision).toContainText(/invite to the onsite loop/i);
  expect(errors).toEqual([]);
});

test.describe("accessibility", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`set-up, running round and debrief have no WCAG A/AA violations in ${scheme} mode`, async ({
      page,
      request,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const title = `Axe story ${scheme} ${Date.now().toString(36)}`;
      const storyId = await createStory(request, title);
      const created = await request.post("/api/loops", {
        data: { role: "pmt", level: "L7", kind: "onsite", rounds: 2, seed: 9 },
      });
      const { id } = (await created.json()) as { id: string };
      await request.post(`/api/loops/${id}/start`, { data: {} });
      await request.post(`/api/loops/${id}/answer`, { data: { answer: STORY_ANSWER, storyId } });
      await request.post(`/api/loops/${id}/next-round`, { data: {} });
      await request.post(`/api/loops/${id}/answer`, { data: { answer: STORY_ANSWER, storyId } });

      const shell = new AppShell(page);
      await shell.goto("/loop");
      await shell.settle();
      expect(await axeViolations(page)).toEqual([]);

      await shell.goto(`/loop/${id}`);
      await expect(page.getByTestId("follow-up-question")).toBeVisible();
      await shell.settle();
      expect(await axeViolations(page)).toEqual([]);

      await request.post(`/api/loops/${id}/finish`, { data: {} });
      await shell.goto(`/loop/${id}/debrief`);
      await expect(page.getByTestId("decision")).toBeVisible();
      await shell.settle();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
