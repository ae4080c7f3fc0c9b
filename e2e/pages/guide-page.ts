/** The interview guide: its tabs, the checklist and the principle cards. */
import { expect, type Locator, type Page } from "@playwright/test";

export class GuidePage {
  readonly progress: Locator;

  constructor(readonly page: Page) {
    this.progress = page.getByTestId("checklist-progress");
  }

  async goto(section: "process" | "principles" | "topics" | "checklist" | "mistakes"): Promise<void> {
    await this.page.goto(`/guide/${section}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Interview guide" })).toBeVisible();
  }

  tab(name: string): Locator {
    return this.page.getByRole("tab", { name });
  }

  checklistItem(text: string | RegExp): Locator {
    return this.page.getByRole("checkbox", { name: text });
  }

  checklistItems(): Locator {
    return this.page.getByRole("main").getByRole("checkbox");
  }

  principleCard(name: string): Locator {
    return this.page.getByRole("link", { name, exact: true });
  }
}
