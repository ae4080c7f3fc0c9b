/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser) against the built app:
 * `node dist/cli.js serve` on its own port with a fresh data directory per run.
 * Set E2E_BASE_URL to run against a server you started yourself instead.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = 5187;
const externalBaseUrl = process.env.E2E_BASE_URL;

// A fresh data directory per run. The config is evaluated again in each worker; the directory
// made by the first evaluation reaches the workers through the environment, so there is one.
if (!externalBaseUrl) process.env.BARRAISER_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), "barraiser-e2e-"));
const dataDir = process.env.BARRAISER_E2E_DATA_DIR ?? "";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: "list",
  timeout: 45_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices["Desktop Chrome"],
    baseURL: externalBaseUrl ?? `http://127.0.0.1:${PORT}`,
    headless: true,
    viewport: { width: 1280, height: 800 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: externalBaseUrl
    ? undefined
    : {
        command: `node dist/cli.js serve --port ${PORT}`,
        url: `http://127.0.0.1:${PORT}/api/health`,
        env: { BARRAISER_DATA_DIR: dataDir, LOG_LEVEL: "warn" },
        reuseExistingServer: false,
        timeout: 120_000,
        stdout: "pipe",
        stderr: "pipe",
      },
});
