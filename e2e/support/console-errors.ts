/**
 * Collects everything the browser reports as an error: console.error (which is where Chromium
 * reports CSP violations and failed loads) and uncaught exceptions.
 */
import type { Page } from "@playwright/test";

export function collectBrowserErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console.error: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  return errors;
}
