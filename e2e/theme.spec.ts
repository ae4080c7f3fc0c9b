/** The light/dark switch in the header: instant, and remembered locally and on the server. */
import { expect, test } from "@playwright/test";
import { AppShell } from "./pages/app-shell.js";

test.afterEach(async ({ request }) => {
  await request.patch("/api/settings", { data: { theme: null } });
});

test("dark mode stays on after a reload, and follows the user to a fresh browser profile", async ({
  page,
  browser,
  baseURL,
}) => {
  const shell = new AppShell(page);
  await shell.goto("/");
  await shell.settle();
  if ((await shell.colorScheme()) === "dark") {
    await shell.themeToggle.click();
    await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "light");
  }

  const saved = page.waitForResponse(
    (response) => response.url().endsWith("/api/settings") && response.request().method() === "PATCH",
  );
  await shell.themeToggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "dark");
  expect((await saved).ok()).toBe(true);
  await expect(shell.themeToggle).toHaveAccessibleName("Switch to light mode");

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "dark");
  await shell.goto("/questions");
  await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "dark");

  // No localStorage here: the theme comes from the server's settings.
  const fresh = await browser.newContext({ baseURL, colorScheme: "light" });
  const other = await fresh.newPage();
  await other.goto("/");
  await expect(other.locator("html")).toHaveAttribute("data-mantine-color-scheme", "dark");
  await fresh.close();
});
