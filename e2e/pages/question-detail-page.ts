/** One question, with its rubric behind a button. */
import type { Locator, Page } from "@playwright/test";

export class QuestionDetailPage {
  readonly heading: Locator;
  readonly revealRubric: Locator;
  readonly rubric: Locator;
  readonly yoursBadge: Locator;
  readonly practiseLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.revealRubric = page.getByRole("button", { name: "Reveal rubric" });
    this.rubric = page.getByTestId("rubric");
    this.yoursBadge = page.getByRole("main").getByText("Yours", { exact: true });
    this.practiseLink = page.getByRole("link", { name: "Practise this" });
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/questions/${id}`);
  }
}
