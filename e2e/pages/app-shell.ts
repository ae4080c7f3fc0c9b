/** The frame every page shares: the header, the theme switch and the main navigation. */
import { expect, type Locator, type Page } from "@playwright/test";

export class AppShell {
  readonly header: Locator;
  readonly navigation: Locator;
  readonly main: Locator;
  readonly mainHeading: Locator;
  readonly themeToggle: Locator;
  readonly menuButton: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole("banner");
    this.navigation = page.getByRole("navigation", { name: "Main" });
    this.main = page.getByRole("main");
    this.mainHeading = page.getByRole("heading", { level: 1 });
    this.themeToggle = page.getByTestId("theme-toggle");
    this.menuButton = page.getByRole("button", { name: /navigation/ });
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(path);
    await expect(this.header.getByText("Bar Raiser")).toBeVisible();
  }

  /** Waits until no loading indicator is left and the network is quiet. */
  async settle(): Promise<void> {
    await this.page.waitForLoadState("networkidle");
    await expect(this.page.getByRole("status").filter({ hasText: /^Loading/ })).toHaveCount(0);
  }

  async colorScheme(): Promise<string | null> {
    return this.page.locator("html").getAttribute("data-mantine-color-scheme");
  }

  navLink(name: string): Locator {
    return this.navigation.getByRole("link", { name: new RegExp(`^${name}`) });
  }

  /** How far the page is wider than the window, in pixels (0 when nothing overflows). */
  async horizontalOverflow(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }
}
