/** The question bank: search, filters, results and the "add your own question" form. */
import { expect, type Locator, type Page } from "@playwright/test";

export class QuestionsPage {
  readonly searchBox: Locator;
  readonly results: Locator;
  readonly summary: Locator;
  readonly addButton: Locator;
  readonly onlyMine: Locator;
  readonly addForm: AddQuestionForm;

  constructor(readonly page: Page) {
    this.searchBox = page.getByRole("searchbox", { name: "Search" });
    this.results = page.getByTestId("question-card");
    this.summary = page.getByTestId("results-summary");
    this.addButton = page.getByRole("button", { name: "Add your own question" });
    this.onlyMine = page.getByRole("switch", { name: "Only my questions" });
    this.addForm = new AddQuestionForm(page);
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/questions${query}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Question bank" })).toBeVisible();
    await expect(this.results.first()).toBeVisible();
  }

  /** Types like a person and waits for the debounced search to land in the address. */
  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
    await expect(this.page).toHaveURL(new RegExp(`search=${encodeURIComponent(text).replaceAll("%20", "(\\+|%20)")}`));
    await this.page.waitForLoadState("networkidle");
  }

  async filterByPrinciple(name: string): Promise<void> {
    await this.page.getByRole("combobox", { name: "Principle" }).click();
    await this.page.getByRole("option", { name: new RegExp(`^${name} \\(`) }).click();
    await this.page.waitForLoadState("networkidle");
  }

  result(index: number): Locator {
    return this.results.nth(index);
  }

  async openResult(index: number): Promise<void> {
    await this.result(index).getByRole("link").first().click();
  }
}

export class AddQuestionForm {
  readonly dialog: Locator;
  readonly questionText: Locator;
  readonly principles: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole("dialog", { name: "Add your own question" });
    this.questionText = this.dialog.getByRole("textbox", { name: "Question", exact: true });
    this.principles = this.dialog.getByRole("combobox", { name: "Principles it tests" });
    this.submit = this.dialog.getByRole("button", { name: "Add question" });
  }

  async pickPrinciple(name: string): Promise<void> {
    await this.principles.click();
    await this.page.getByRole("option", { name }).click();
    await this.principles.press("Escape");
  }
}
