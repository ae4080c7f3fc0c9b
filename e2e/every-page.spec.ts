/**
 * Every page at laptop and phone width: the right main heading, nothing wider than the
 * window, and not a single console error, page error or CSP violation. Screenshots go to
 * test-results/screenshots/<page>-<width>.png for a human to look at.
 */
import { expect, test } from "@playwright/test";
import { AppShell } from "./pages/app-shell.js";
import { collectBrowserErrors } from "./support/console-errors.js";

const PAGES = [
  { name: "dashboard", path: "/", heading: "Dashboard" },
  { name: "guide-process", path: "/guide/process", heading: "Interview guide" },
  { name: "guide-principles", path: "/guide/principles", heading: "Interview guide" },
  { name: "guide-topics", path: "/guide/topics", heading: "Interview guide" },
  { name: "guide-checklist", path: "/guide/checklist", heading: "Interview guide" },
  { name: "guide-mistakes", path: "/guide/mistakes", heading: "Interview guide" },
  { name: "principle", path: "/guide/principles/dive-deep", heading: "Dive Deep" },
  { name: "questions", path: "/questions", heading: "Question bank" },
  {
    name: "question-detail",
    path: "/questions/bhv-have-backbone-disagree-and-commit-01",
    heading: /disagreed with your manager/,
  },
  { name: "stories", path: "/stories", heading: "Stories" },
  { name: "practice", path: "/practice?question=bhv-dive-deep-01", heading: "Practice" },
  { name: "loop", path: "/loop", heading: "Mock loop" },
  { name: "plan", path: "/plan", heading: "Plan" },
  { name: "settings", path: "/settings", heading: "Settings" },
  { name: "not-found", path: "/no-such-page", heading: "Page not found" },
] as const;

const WIDTHS = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const;

for (const size of WIDTHS) {
  test.describe(`at ${size.name} width (${size.width}px)`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    for (const target of PAGES) {
      test(`${target.name} renders cleanly`, async ({ page }) => {
        const errors = collectBrowserErrors(page);
        const shell = new AppShell(page);
        await shell.goto(target.path);
        await expect(shell.mainHeading).toHaveText(target.heading);
        await shell.settle();
        expect(await shell.horizontalOverflow(), "page is wider than the window").toBeLessThanOrEqual(0);
        await page.screenshot({ path: `test-results/screenshots/${target.name}-${size.name}.png`, fullPage: true });
        expect(errors).toEqual([]);
      });
    }
  });
}

test.describe("navigation at phone width", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the burger menu opens the navigation and closes after choosing a page", async ({ page }) => {
    const errors = collectBrowserErrors(page);
    const shell = new AppShell(page);
    await shell.goto("/");
    await expect(shell.navLink("Questions")).toBeHidden();
    await shell.menuButton.click();
    await expect(shell.navLink("Questions")).toBeVisible();
    await shell.navLink("Questions").click();
    await expect(shell.mainHeading).toHaveText("Question bank");
    await expect(shell.navLink("Questions")).toBeHidden();
    expect(errors).toEqual([]);
  });
});

test("the desktop navigation marks the current page", async ({ page }) => {
  const shell = new AppShell(page);
  await shell.goto("/guide/principles/dive-deep");
  await expect(shell.menuButton).toBeHidden();
  await expect(shell.navLink("Guide")).toHaveAttribute("aria-current", "page");
  await expect(shell.navLink("Questions")).not.toHaveAttribute("aria-current", "page");
});
