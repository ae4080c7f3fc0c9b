/** Settings: the interview form and backup download / restore. */
import { expect, type Locator, type Page } from "@playwright/test";

export class SettingsPage {
  readonly role: Locator;
  readonly level: Locator;
  readonly interviewDate: Locator;
  readonly hoursPerWeek: Locator;
  readonly save: Locator;
  readonly saved: Locator;
  readonly downloadBackup: Locator;
  readonly backupFile: Locator;
  readonly restoreButton: Locator;
  readonly confirmRestore: Locator;
  readonly restoreResult: Locator;
  readonly restoreProblems: Locator;

  constructor(readonly page: Page) {
    this.role = page.getByRole("combobox", { name: "Role" });
    this.level = page.getByRole("combobox", { name: "Level" });
    this.interviewDate = page.getByLabel("Interview date");
    this.hoursPerWeek = page.getByRole("textbox", { name: "Hours per week for preparation" });
    this.save = page.getByRole("button", { name: "Save settings" });
    this.saved = page.getByRole("status").filter({ hasText: /^Saved at/ });
    this.downloadBackup = page.getByRole("link", { name: "Download backup" });
    this.backupFile = page.locator('input[type="file"]');
    this.restoreButton = page.getByRole("button", { name: "Restore from backup" });
    this.confirmRestore = page
      .getByRole("dialog", { name: "Replace your current data?" })
      .getByRole("button", { name: "Replace my data" });
    this.restoreResult = page.getByTestId("restore-result");
    this.restoreProblems = page.getByTestId("restore-problems");
  }

  async goto(): Promise<void> {
    await this.page.goto("/settings");
    await expect(this.page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await expect(this.save).toBeVisible();
  }

  async choose(select: Locator, option: string): Promise<void> {
    await select.click();
    await this.page.getByRole("option", { name: option, exact: true }).click();
  }

  async restore(fileName: string, contents: string): Promise<void> {
    await this.backupFile.setInputFiles({
      name: fileName,
      mimeType: "application/json",
      buffer: Buffer.from(contents),
    });
    await this.restoreButton.click();
    await this.confirmRestore.click();
    await expect(this.restoreResult).toBeVisible();
  }
}
