/** Settings that survive a reload, and backup download / restore through the page. */
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { SettingsPage } from "./pages/settings-page.js";

test("saved settings are there after a reload and feed the dashboard countdown", async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.goto();
  await settings.choose(settings.role, "Technical Program Manager (TPM)");
  await settings.choose(settings.level, "L6");
  await settings.interviewDate.fill("2031-03-17");
  await settings.hoursPerWeek.fill("12");
  await settings.save.click();
  await expect(settings.saved).toBeVisible();
  await expect(page.getByText("Settings saved")).toBeVisible();

  await page.reload();
  await expect(settings.role).toHaveValue("Technical Program Manager (TPM)");
  await expect(settings.level).toHaveValue("L6");
  await expect(settings.interviewDate).toHaveValue("2031-03-17");
  await expect(settings.hoursPerWeek).toHaveValue("12");

  await page.goto("/");
  const countdown = page.getByTestId("interview-countdown");
  await expect(countdown).toContainText("days to go");
  await expect(countdown).toContainText("2031");
  await expect(countdown).toContainText("Technical Program Manager (TPM)");
});

test("downloads a backup, refuses a broken one without changing anything, then restores a valid one", async ({
  page,
  request,
}) => {
  // A known starting point, set through the API.
  expect((await request.patch("/api/settings", { data: { hoursPerWeek: 9 } })).ok()).toBe(true);
  const settings = new SettingsPage(page);
  await settings.goto();

  const downloading = page.waitForEvent("download");
  await settings.downloadBackup.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^barraiser-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(await readFile(await download.path(), "utf8"));
  expect(backup.format).toBe("barraiser-backup");
  expect(backup.data.settings.hoursPerWeek).toBe(9);

  // A broken field: the problem is listed by its JSON path and nothing changes.
  const broken = structuredClone(backup);
  broken.data.settings.hoursPerWeek = "lots";
  await settings.restore("broken.json", JSON.stringify(broken));
  await expect(settings.restoreResult).toContainText("Nothing was changed");
  await expect(settings.restoreProblems).toContainText("data.settings.hoursPerWeek");
  expect((await (await request.get("/api/settings")).json()).hoursPerWeek).toBe(9);
  await page.reload();
  await expect(settings.hoursPerWeek).toHaveValue("9");

  // A valid one: restored, with counts and where the replaced data went.
  const valid = structuredClone(backup);
  valid.data.settings.hoursPerWeek = 14;
  await settings.restore("valid.json", JSON.stringify(valid));
  await expect(settings.restoreResult).toContainText("Backup restored");
  await expect(settings.restoreResult).toContainText(
    /Restored \d+ settings?, \d+ questions? of your own and \d+ checklist ticks?/,
  );
  await expect(settings.restoreResult).toContainText("before-import-");
  await expect(settings.hoursPerWeek).toHaveValue("14");
  expect((await (await request.get("/api/settings")).json()).hoursPerWeek).toBe(14);
});

test("a file that is not JSON is refused before it reaches the server", async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.goto();
  await settings.restore("notes.json", "this is { not json");
  await expect(settings.restoreResult).toContainText("Nothing was changed");
  await expect(settings.restoreResult).toContainText("is not a JSON file");
});
