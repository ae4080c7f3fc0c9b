/**
 * The Stories page: the bank, the story form, a story's history, the principle matrix, the loop
 * story plan, CSV import and export, and the printable story cards.
 */
import { expect, type Locator, type Page } from "@playwright/test";

export class StoriesPage {
  readonly heading: Locator;
  readonly newStory: Locator;
  readonly printCards: Locator;
  readonly cards: Locator;
  readonly search: Locator;
  readonly form: StoryForm;
  readonly history: StoryHistory;
  readonly matrix: MatrixView;
  readonly loopPlan: LoopPlanView;
  readonly importer: ImportView;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.newStory = page.getByRole("link", { name: "New story" });
    this.printCards = page.getByRole("link", { name: "Print story cards" });
    this.cards = page.getByTestId("story-card");
    this.search = page.getByRole("searchbox", { name: "Search" });
    this.form = new StoryForm(page);
    this.history = new StoryHistory(page);
    this.matrix = new MatrixView(page);
    this.loopPlan = new LoopPlanView(page);
    this.importer = new ImportView(page);
  }

  async goto(section: "" | "matrix" | "loop-plan" | "import" | "print" | "new" = ""): Promise<void> {
    await this.page.goto(section ? `/stories/${section}` : "/stories");
    await this.page.waitForLoadState("networkidle");
    await expect(this.page.getByRole("status").filter({ hasText: /^Loading|^Building/ })).toHaveCount(0);
  }

  tab(name: string): Locator {
    return this.page.getByRole("tab", { name });
  }

  /** The bank's card for one story, found by its exact title. */
  card(title: string): Locator {
    return this.cards.filter({ has: this.page.getByRole("heading", { level: 3, name: title, exact: true }) });
  }
}

export class StoryForm {
  readonly title: Locator;
  readonly situation: Locator;
  readonly task: Locator;
  readonly action: Locator;
  readonly result: Locator;
  readonly judgementCalls: Locator;
  readonly tags: Locator;
  readonly save: Locator;
  readonly estimate: Locator;
  readonly coachCheck: Locator;
  readonly historyLink: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole("textbox", { name: "Title" });
    this.situation = page.getByRole("textbox", { name: "Situation" });
    this.task = page.getByRole("textbox", { name: "Task" });
    this.action = page.getByRole("textbox", { name: "Action" });
    this.result = page.getByRole("textbox", { name: "Result" });
    this.judgementCalls = page.getByRole("textbox", { name: "Judgement calls" });
    this.tags = page.getByRole("combobox", { name: "Tags" });
    this.save = page.getByRole("button", { name: /^Save (story|changes)$/ });
    this.estimate = page.getByTestId("telling-estimate");
    this.coachCheck = page.getByRole("region", { name: "Coach’s check" });
    this.historyLink = page.getByRole("link", { name: /^History/ });
  }

  async addMetric(index: number, label: string, value: string): Promise<void> {
    const labelBox = this.page.getByRole("textbox", { name: `Metric ${index} label` });
    if ((await labelBox.count()) === 0) await this.page.getByRole("button", { name: "Add a metric" }).click();
    await labelBox.fill(label);
    await this.page.getByRole("textbox", { name: `Metric ${index} value` }).fill(value);
  }

  /** Sets principle row `index` (1-based), adding the row when needed. */
  async setPrinciple(index: number, name: string, strength: "Primary" | "Secondary"): Promise<void> {
    const select = this.page.getByRole("combobox", { name: `Principle ${index}`, exact: true });
    if ((await select.count()) === 0) await this.page.getByRole("button", { name: "Add a principle" }).click();
    await select.click();
    await this.page.getByRole("option", { name, exact: true }).click();
    await this.page
      .getByRole("radiogroup", { name: `Strength of ${name}` })
      .getByText(strength, { exact: true })
      .click();
  }

  async addTag(tag: string): Promise<void> {
    await this.tags.fill(tag);
    await this.tags.press("Enter");
  }
}

export class StoryHistory {
  readonly entries: Locator;

  constructor(readonly page: Page) {
    this.entries = page.getByTestId("history-entry");
  }

  version(n: number): Locator {
    return this.entries.filter({ has: this.page.getByRole("heading", { name: `Version ${n}`, exact: true }) });
  }

  async restore(n: number): Promise<void> {
    await this.version(n).getByRole("button", { name: "Restore this version" }).click();
    await this.page
      .getByRole("dialog", { name: `Restore version ${n}?` })
      .getByRole("button", { name: `Restore version ${n}` })
      .click();
  }
}

export class MatrixView {
  readonly table: Locator;
  readonly distinct: Locator;
  readonly covered: Locator;
  readonly gaps: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId("story-matrix");
    this.distinct = page.getByTestId("distinct-count");
    this.covered = page.getByTestId("covered-count");
    this.gaps = page.getByTestId("gap");
  }

  row(principle: string): Locator {
    return this.table.getByTestId("matrix-row").filter({ has: this.page.getByRole("rowheader", { name: principle }) });
  }

  /** The cell at a principle's row and a story's column, found through the column header. */
  async cell(principle: string, storyTitle: string): Promise<Locator> {
    const headers = this.table.locator("thead th");
    const titles = await headers.evaluateAll((cells) => cells.map((cell) => cell.textContent?.trim() ?? ""));
    const column = titles.indexOf(storyTitle);
    expect(column, `column for “${storyTitle}”`).toBeGreaterThan(-1);
    return this.row(principle).locator("th, td").nth(column);
  }

  async strongCount(principle: string): Promise<number> {
    return Number(await this.row(principle).locator("td").first().locator("span").first().textContent());
  }

  gap(principle: string): Locator {
    return this.gaps.filter({ has: this.page.getByRole("heading", { name: principle, exact: true }) });
  }
}

export class LoopPlanView {
  readonly rows: Locator;
  readonly addInterviewer: Locator;
  readonly submit: Locator;
  readonly result: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId("interviewer-row");
    this.addInterviewer = page.getByRole("button", { name: "Add an interviewer" });
    this.submit = page.getByRole("button", { name: "Plan my stories" });
    this.result = page.getByTestId("plan-result");
    this.summary = page.getByTestId("plan-summary");
  }

  async setInterviewer(index: number, name: string, principles: string[]): Promise<void> {
    await this.page.getByRole("textbox", { name: `Interviewer ${index}`, exact: true }).fill(name);
    const select = this.page.getByRole("combobox", { name: `Principles ${name} owns` });
    for (const principle of principles) {
      await select.click();
      await this.page.getByRole("option", { name: principle, exact: true }).click();
    }
    await select.press("Escape");
  }

  interviewer(name: string): Locator {
    return this.result
      .getByTestId("plan-interviewer")
      .filter({ has: this.page.getByRole("heading", { level: 3, name, exact: true }) });
  }

  slot(interviewer: string, principle: string): Locator {
    return this.interviewer(interviewer)
      .getByTestId("plan-slot")
      .filter({ has: this.page.getByRole("heading", { level: 4, name: principle, exact: true }) });
  }
}

export class ImportView {
  readonly file: Locator;
  readonly paste: Locator;
  readonly previewButton: Locator;
  readonly preview: Locator;
  readonly summary: Locator;
  readonly errors: Locator;
  readonly warnings: Locator;
  readonly rows: Locator;
  readonly rowTitles: Locator;
  readonly confirm: Locator;
  readonly done: Locator;
  readonly exportCsv: Locator;

  constructor(readonly page: Page) {
    this.file = page.locator('input[type="file"]');
    this.paste = page.getByRole("textbox", { name: "Or paste the CSV" });
    this.previewButton = page.getByRole("button", { name: "Preview import" });
    this.preview = page.getByTestId("import-preview");
    this.summary = page.getByTestId("import-summary");
    this.errors = page.getByTestId("import-errors");
    this.warnings = page.getByTestId("import-warnings");
    this.rows = page.getByTestId("import-row");
    this.rowTitles = page.getByTestId("import-row-title");
    this.confirm = page.getByTestId("confirm-import");
    this.done = page.getByTestId("import-done");
    this.exportCsv = page.getByRole("link", { name: "Export CSV" });
  }

  /** The mapping select of a column (1-based), named after its header. */
  mapping(column: number): Locator {
    return this.page.getByRole("combobox", { name: new RegExp(`^Import column ${column} \\(`) });
  }

  async mapColumn(column: number, target: string): Promise<void> {
    await this.mapping(column).click();
    await this.page.getByRole("option", { name: target, exact: true }).click();
  }

  problemRow(table: Locator, line: number): Locator {
    return table.locator(`tr[data-line="${line}"]`);
  }
}
