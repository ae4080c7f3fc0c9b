/** Practice: choosing a drill, answering on the clock with the live coach, follow-ups, history. */
import { expect, type Locator, type Page } from "@playwright/test";

export class PracticePage {
  readonly heading: Locator;
  readonly question: Locator;
  readonly answerBox: Locator;
  readonly startClock: Locator;
  readonly submitAnswer: Locator;
  readonly clock: Locator;
  readonly clockFigure: Locator;
  readonly liveCoach: Locator;
  readonly coachTiming: Locator;
  readonly draftStatus: Locator;
  readonly review: Locator;
  readonly conversation: Locator;
  readonly nextFollowUp: Locator;
  readonly currentFollowUp: Locator;
  readonly followUpBox: Locator;
  readonly answerFollowUp: Locator;
  readonly followUpDepth: Locator;
  readonly saveAttempt: Locator;
  readonly storyPicker: Locator;
  readonly retelling: Locator;
  readonly phases: Locator;
  readonly currentPhase: Locator;
  readonly nextPhase: Locator;
  readonly overrun: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Practice" });
    this.question = page.getByTestId("practice-question");
    this.answerBox = page.getByTestId("answer-input");
    this.startClock = page.getByRole("button", { name: /Start the clock/ });
    this.submitAnswer = page.getByRole("button", { name: /Submit answer/ });
    this.clock = page.getByTestId("drill-clock").first();
    this.clockFigure = this.clock.getByTestId("clock-figure");
    this.liveCoach = page.getByTestId("live-coach");
    this.coachTiming = page.getByTestId("coach-timing");
    this.draftStatus = page.getByTestId("draft-status").first();
    this.review = page.getByTestId("coach-review");
    this.conversation = page.getByTestId("conversation");
    this.nextFollowUp = page.getByTestId("next-follow-up");
    this.currentFollowUp = page.getByTestId("current-follow-up");
    this.followUpBox = page.getByTestId("follow-up-input");
    this.answerFollowUp = page.getByRole("button", { name: /^Answer/ });
    this.followUpDepth = page.getByTestId("follow-up-depth");
    this.saveAttempt = page.getByTestId("save-attempt");
    this.storyPicker = page.getByRole("combobox", { name: /Tell a story from your bank/ });
    this.retelling = page.getByTestId("retelling");
    this.phases = page.getByTestId("phases");
    this.currentPhase = page.getByTestId("current-phase");
    this.nextPhase = page.getByTestId("next-phase");
    this.overrun = page.getByTestId("overrun");
  }

  async gotoChooser(): Promise<void> {
    await this.page.goto("/practice");
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByRole("heading", { name: "Choose a drill" })).toBeVisible();
  }

  /**
   * Opens the drill for one question and waits until the coach worker is ready. Unless `keepDrafts`,
   * any draft left by an earlier test is deleted first, so the drill starts at the beginning.
   */
  async gotoQuestion(id: string, { keepDrafts = false } = {}): Promise<void> {
    if (!keepDrafts) {
      for (const key of [`practice:${id}`, `practice:${id}:thread`]) {
        const response = await this.page.request.delete(`/api/drafts/${key}`);
        expect(response.status()).toBe(204);
      }
    }
    await this.page.goto(`/practice?question=${encodeURIComponent(id)}`);
    await expect(this.question).toBeVisible();
    await this.waitForCoach();
  }

  async waitForCoach(): Promise<void> {
    await expect(this.liveCoach).toHaveAttribute("data-coach-status", "ready", { timeout: 20_000 });
  }

  /** The milliseconds the last live analysis took inside the worker. */
  async coachMs(): Promise<number> {
    const value = await this.liveCoach.getAttribute("data-coach-ms");
    return Number(value);
  }

  /** Waits for a live reading of an answer of exactly `words` words. */
  async waitForLiveReading(words: number): Promise<void> {
    await expect(this.liveCoach).toHaveAttribute("data-coach-words", String(words));
    await expect(this.liveCoach).toHaveAttribute("data-coach-ms", /\d/);
  }

  criterion(id: string): Locator {
    return this.page.getByTestId(`criterion-${id}`);
  }

  answerTurn(index: number): Locator {
    return this.page.getByTestId(`answer-turn-${index}`);
  }

  async chooseStory(title: string): Promise<void> {
    await this.storyPicker.click();
    await this.page.getByRole("option", { name: title }).click();
  }

  async submitWithKeyboard(box: Locator): Promise<void> {
    await box.press("ControlOrMeta+Enter");
  }

  /** Reveals the next follow-up, answers it and waits until the coach has read it. */
  async answerNextFollowUp(answer: string, answeredBefore: number): Promise<string> {
    await this.nextFollowUp.click();
    await expect(this.currentFollowUp).toBeVisible();
    const asked = (await this.currentFollowUp.textContent()) ?? "";
    await expect(this.followUpBox).toBeFocused();
    await this.followUpBox.fill(answer);
    await this.submitWithKeyboard(this.followUpBox);
    await expect(this.followUpDepth).toHaveText(`${answeredBefore + 1} of up to 4 answered`);
    return asked;
  }

  async rateYourself(rating: 1 | 2 | 3 | 4 | 5): Promise<void> {
    await this.page.getByTestId("self-rating").getByText(String(rating), { exact: false }).first().click();
  }
}

export class PracticeHistoryPage {
  readonly cards: Locator;
  readonly compare: Locator;
  readonly trends: Locator;

  constructor(readonly page: Page) {
    this.cards = page.getByTestId("attempt-card");
    this.compare = page.getByTestId("compare-selected");
    this.trends = page.getByTestId("score-trend");
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/practice/history${query}`);
    await expect(this.page.getByRole("heading", { name: "Attempts" })).toBeVisible();
  }

  card(attemptId: string): Locator {
    return this.page.locator(`[data-testid="attempt-card"][data-attempt-id="${attemptId}"]`);
  }
}
