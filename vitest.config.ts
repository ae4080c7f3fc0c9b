import { defineConfig } from "vitest/config";

// Two projects: fast unit/integration tests, and the storage suite that runs the same cases
// on PGlite and (when TEST_DATABASE_URL is set) on a PostgreSQL server.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "test/unit/**/*.test.ts"],
          exclude: ["src/server/storage/**", "node_modules/**", "dist/**"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "storage",
          include: ["src/server/storage/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        // Runs the built CLI and server (dist/), so `npm test` runs it after the build.
        test: {
          name: "smoke",
          include: ["test/smoke/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
