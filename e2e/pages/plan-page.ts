/** The plan page: the setup form, the week view with its ticks, notices, review queue and calendar. */
import { expect, type Locator, type Page } from "@playwright/test";

/** A calendar day `offset` days from today on this machine's clock, as YYYY-MM-DD. */
export function localDayFromToday(offset = 0): string {
  const day = new Date();
  day.setDate(day.getDate() + offset);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

export class PlanPage {
  readonly heading: Locator;
  readonly interviewDate: Locator;
  readonly hoursPerWeek: Locator;
  readonly role: Locator;
  readonly level: Locator;
  readonly makePlan: Locator;
  readonly replan: Locator;
  readonly changeInputs: Locator;
  readonly weeks: Locator;
  readonly tasks: Locator;
  readonly totals: Locator;
  readonly countdown: Locator;
  readonly restDay: Locator;
  readonly replanNotice: Locator;
  readonly tickedNotice: Locator;
  readonly reviewQueue: Locator;
  readonly reviewCards: Locator;
  readonly addToCalendar: Locator;
  readonly dropped: Locator;
  readonly chart: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Plan" });
    this.interviewDate = page.getByLabel(/^Interview date/);
    this.hoursPerWeek = page.getByRole("textbox", { name: /^Hours per week/ });
    this.role = page.getByRole("combobox", { name: /^Role/ });
    this.level = page.getByRole("combobox", { name: /^Level/ });
    this.makePlan = page.getByRole("button", { name: "Make my plan" });
    this.replan = page.getByRole("button", { name: "Re-plan" });
    this.changeInputs = page.getByRole("button", { name: "Change date or hours" });
    this.weeks = page.getByTestId("plan-week");
    this.tasks = page.getByTestId("plan-task");
    this.totals = page.getByTestId("plan-totals");
    this.countdown = page.getByTestId("plan-countdown");
    this.restDay = page.getByTestId("plan-rest-day");
    this.replanNotice = page.getByTestId("replan-notice");
    this.tickedNotice = page.getByTestId("ticked-notice");
    this.reviewQueue = page.getByTestId("review-queue");
    this.reviewCards = page.getByTestId("review-card");
    this.addToCalendar = page.getByRole("link", { name: "Add to calendar" });
    this.dropped = page.getByRole("region", { name: "Left out of the plan" });
    this.chart = page.getByTestId("plan-chart");
  }

  async goto(): Promise<void> {
    await this.page.goto("/plan");
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByRole("status").filter({ hasText: /^Loading/ })).toHaveCount(0);
  }

  async choose(select: Locator, option: string): Promise<void> {
    await select.click();
    await this.page.getByRole("option", { name: option, exact: true }).click();
  }

  /** Fills whichever plan settings are given, in the form that is open. */
  async fillInputs(inputs: { date?: string; hours?: number; role?: string; level?: string }): Promise<void> {
    if (inputs.date !== undefined) await this.interviewDate.fill(inputs.date);
    if (inputs.hours !== undefined) await this.hoursPerWeek.fill(String(inputs.hours));
    if (inputs.role !== undefined) await this.choose(this.role, inputs.role);
    if (inputs.level !== undefined) await this.choose(this.level, inputs.level);
  }

  /** The checkbox that ticks a task, found by (part of) its title. */
  taskCheckbox(title: string | RegExp): Locator {
    return this.page.getByRole("checkbox", { name: typeof title === "string" ? `Done: ${title}` : title });
  }

  task(id: string): Locator {
    return this.page.locator(`[data-testid="plan-task"][data-task-id="${id}"]`);
  }

  /** "12 h planned of your 12 h …" under each week's title, as numbers. */
  async weekHours(): Promise<{ planned: number; limit: number }[]> {
    const texts = await this.weeks.getByTestId("week-hours").allTextContents();
    return texts.map((text) => {
      const match = /([\d.]+) h planned of your ([\d.]+) h/.exec(text);
      if (!match) throw new Error(`unexpected week summary: ${text}`);
      return { planned: Number(match[1]), limit: Number(match[2]) };
    });
  }

  /** How far the page is wider than the window, in pixels (0 when nothing overflows). */
  async horizontalOverflow(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }
}
