/** The mock loop: set-up, the plan, the running round (answers, follow-ups, pause) and the debrief. */
import { expect, type Locator, type Page } from "@playwright/test";

export class LoopPage {
  readonly heading: Locator;
  // Set-up and history
  readonly setupForm: Locator;
  readonly generate: Locator;
  readonly historyRows: Locator;
  // The plan
  readonly start: Locator;
  readonly roundCards: Locator;
  // The running round
  readonly clock: Locator;
  readonly pause: Locator;
  readonly resume: Locator;
  readonly pausedPanel: Locator;
  readonly endLoop: Locator;
  readonly conversation: Locator;
  readonly currentQuestion: Locator;
  readonly followUpQuestion: Locator;
  readonly storyPicker: Locator;
  readonly pickedTwiceWarning: Locator;
  readonly answerBox: Locator;
  readonly submitAnswer: Locator;
  readonly replyBox: Locator;
  readonly sendReply: Locator;
  readonly reuseWarning: Locator;
  readonly questionDone: Locator;
  // The debrief
  readonly decision: Locator;
  readonly votes: Locator;
  readonly heatmap: Locator;
  readonly nextSteps: Locator;
  readonly calibration: Locator;
  readonly storyReuse: Locator;
  readonly downloadMarkdown: Locator;
  readonly print: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.setupForm = page.getByRole("form", { name: "Set up a mock loop" });
    this.generate = page.getByRole("button", { name: "Generate the loop" });
    this.historyRows = page.getByTestId("loop-history-row");
    this.start = page.getByRole("button", { name: "Start round 1" }).first();
    this.roundCards = page
      .getByRole("main")
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 3 }) });
    this.clock = page.getByRole("timer");
    this.pause = page.getByRole("button", { name: "Pause", exact: true });
    this.resume = page.getByRole("button", { name: "Resume", exact: true });
    this.pausedPanel = page.getByTestId("paused-panel");
    this.endLoop = page.getByRole("button", { name: "End loop" });
    this.conversation = page.getByTestId("conversation");
    this.currentQuestion = page.getByTestId("current-question");
    this.followUpQuestion = page.getByTestId("follow-up-question");
    this.storyPicker = page.getByRole("combobox", { name: "Story you are telling" });
    this.pickedTwiceWarning = page.getByTestId("story-picked-twice");
    this.answerBox = page.getByRole("textbox", { name: "What you said" });
    this.submitAnswer = page.getByRole("button", { name: "Submit answer" });
    this.replyBox = page.getByRole("textbox", { name: "Your reply to the follow-up" });
    this.sendReply = page.getByRole("button", { name: "Reply", exact: true });
    this.reuseWarning = page.getByTestId("story-reuse-warning");
    this.questionDone = page.getByTestId("question-done");
    this.decision = page.getByTestId("decision");
    this.votes = page.getByTestId("votes");
    this.heatmap = page.getByTestId("heatmap");
    this.nextSteps = page.getByTestId("next-steps");
    this.calibration = page.getByTestId("calibration");
    this.storyReuse = page.getByTestId("story-reuse");
    this.downloadMarkdown = page.getByRole("link", { name: "Download Markdown" });
    this.print = page.getByRole("button", { name: "Print or save as PDF" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/loop");
    await expect(this.heading).toHaveText("Mock loop");
    await expect(this.generate).toBeEnabled();
  }

  async setUp(options: {
    role: string;
    level: string;
    kind: "Onsite loop" | "Phone screen";
    rounds?: number;
    seed?: number;
  }) {
    const role = this.page.getByRole("combobox", { name: "Role" });
    await role.click();
    await this.page.getByRole("option", { name: options.role }).click();
    await this.setupForm.getByText(options.level, { exact: true }).click();
    await this.page.getByRole("radio", { name: new RegExp(`^${options.kind}`) }).click();
    if (options.rounds !== undefined) {
      await this.page
        .getByRole("radiogroup", { name: "Rounds" })
        .getByText(String(options.rounds), { exact: true })
        .click();
    }
    if (options.seed !== undefined)
      await this.page.getByRole("textbox", { name: "Seed (optional)" }).fill(String(options.seed));
  }

  async pickStory(title: string): Promise<void> {
    await this.storyPicker.click();
    await this.page.getByRole("option", { name: new RegExp(`^${escapeRegExp(title)}`) }).click();
  }

  async answer(text: string, story?: string): Promise<void> {
    if (story) await this.pickStory(story);
    await this.answerBox.fill(text);
    await this.submitAnswer.click();
    await expect(this.conversation.getByTestId("candidate-answer").filter({ hasText: text })).toBeVisible();
  }

  async reply(text: string): Promise<void> {
    await this.replyBox.fill(text);
    await this.sendReply.click();
    await expect(this.conversation.getByText(text, { exact: true })).toBeVisible();
  }

  /** The button that leaves the current question (or its follow-ups) and goes on. */
  moveOn(): Locator {
    return this.page.getByRole("button", { name: /^(Skip|Move on|Next question|Next round|Finish)/ }).first();
  }

  async endAndConfirm(): Promise<void> {
    await this.endLoop.click();
    await this.page
      .getByRole("dialog", { name: "End the loop now?" })
      .getByRole("button", { name: "End and see the debrief" })
      .click();
    await expect(this.heading).toHaveText("Loop debrief");
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
