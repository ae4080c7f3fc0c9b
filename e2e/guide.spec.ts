/** The guide: deep-linked tabs, checklist ticks that persist, principle pages. */
import { expect, test } from "@playwright/test";
import { GuidePage } from "./pages/guide-page.js";

test("a checklist tick is saved and still there after a reload", async ({ page }) => {
  const guide = new GuidePage(page);
  await guide.goto("checklist");
  const item = guide.checklistItems().first();
  await expect(item).toBeVisible();
  const name = (await item.getAttribute("id")) ?? "";
  expect(name).not.toBe("");
  const wasChecked = await item.isChecked();
  const progressBefore = await guide.progress.textContent();
  const done = Number(progressBefore?.split("/")[0]);

  const saved = page.waitForResponse(
    (response) => response.url().includes("/api/checklist/") && response.request().method() === "PUT",
  );
  await item.click();
  expect((await saved).ok()).toBe(true);
  await expect(guide.progress).toHaveText(new RegExp(`^${wasChecked ? done - 1 : done + 1}/\\d+ done$`));

  await page.reload();
  const again = guide.checklistItems().first();
  if (wasChecked) await expect(again).not.toBeChecked();
  else await expect(again).toBeChecked();
  await expect(guide.progress).toHaveText(new RegExp(`^${wasChecked ? done - 1 : done + 1}/\\d+ done$`));
});

test("each guide section has its own address", async ({ page }) => {
  const guide = new GuidePage(page);
  await guide.goto("mistakes");
  await expect(guide.tab("Mistakes")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByText("Weak answer").first()).toBeVisible();
  await expect(page.getByText("Strong answer").first()).toBeVisible();
  await guide.tab("Process").click();
  await expect(page).toHaveURL(/\/guide\/process$/);
  await expect(page.getByRole("heading", { name: "How the process runs" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Level calibration" })).toBeVisible();
});

test("a principle card opens the principle's page, which links to its questions", async ({ page }) => {
  const guide = new GuidePage(page);
  await guide.goto("principles");
  await guide.principleCard("Dive Deep").click();
  await expect(page).toHaveURL(/\/guide\/principles\/dive-deep$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dive Deep");
  await expect(page.getByRole("heading", { name: "What interviewers listen for" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Red flags" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Depth 4/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "L7", exact: true })).toBeVisible();

  await page.getByRole("link", { name: /questions for this principle/ }).click();
  await expect(page).toHaveURL(/\/questions\?principle=dive-deep$/);
  await expect(page.getByRole("heading", { name: "Questions on Dive Deep" })).toBeVisible();
});
