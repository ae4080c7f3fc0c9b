/** The dashboard's practice parts: counts, the next drill, the weakest principles, the heatmap. */
import { expect, type Locator, type Page } from "@playwright/test";

export class DashboardPage {
  readonly questionsPractised: Locator;
  readonly stories: Locator;
  readonly coverage: Locator;
  readonly nextDrill: Locator;
  readonly weakest: Locator;
  readonly heatmap: Locator;
  readonly countdown: Locator;

  constructor(readonly page: Page) {
    this.questionsPractised = page.getByTestId("stat-questions");
    this.stories = page.getByTestId("stat-stories");
    this.coverage = page.getByTestId("stat-coverage");
    this.nextDrill = page.getByTestId("next-drill");
    this.weakest = page.getByTestId("weakest-principles");
    this.heatmap = page.getByTestId("vote-heatmap");
    this.countdown = page.getByTestId("interview-countdown");
  }

  async goto(): Promise<void> {
    await this.page.goto("/");
    await expect(this.page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(this.questionsPractised).toBeVisible();
  }

  heatmapRow(principleId: string): Locator {
    return this.heatmap.locator(`tr[data-principle="${principleId}"]`);
  }

  drillThis(principleName: string): Locator {
    return this.weakest.getByRole("link", { name: `Drill ${principleName}` });
  }
}
