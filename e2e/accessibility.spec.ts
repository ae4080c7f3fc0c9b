/**
 * Automated accessibility checks (axe-core, WCAG 2.1 A and AA) on every page in light and
 * dark mode, plus the states that only appear after a click: a revealed rubric, the add form.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { AppShell } from "./pages/app-shell.js";

const PATHS = [
  "/",
  "/guide/process",
  "/guide/principles",
  "/guide/topics",
  "/guide/checklist",
  "/guide/mistakes",
  "/guide/principles/dive-deep",
  "/questions",
  "/questions/bhv-dive-deep-01",
  "/practice?question=bhv-dive-deep-01",
  "/stories",
  "/settings",
];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes
        .map((node) => node.target.join(" "))
        .slice(0, 3)
        .join(" | ")}`,
  );
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    for (const path of PATHS) {
      test(`${path} has no WCAG A/AA violations`, async ({ page }) => {
        const shell = new AppShell(page);
        await shell.goto(path);
        await shell.settle();
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

test("a revealed rubric and the add-question form have no WCAG A/AA violations", async ({ page }) => {
  const shell = new AppShell(page);
  await shell.goto("/questions/bhv-dive-deep-01");
  await page.getByRole("button", { name: "Reveal rubric" }).click();
  await expect(page.getByTestId("rubric")).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await shell.goto("/questions");
  await page.getByRole("button", { name: "Add your own question" }).click();
  await expect(page.getByRole("dialog", { name: "Add your own question" })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
