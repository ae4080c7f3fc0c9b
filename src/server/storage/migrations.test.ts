// The Drizzle schema and the migrations on disk must agree: a schema change without a
// generated migration would work in tests that push the schema and fail for real users.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { MIGRATIONS_FOLDER } from "./database.js";

// drizzle-kit only accepts an output folder relative to the project.
mkdirSync(".tmp", { recursive: true });
const scratch = mkdtempSync(join(".tmp", "migrations-check-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it("the schema matches the migrations: generating finds nothing new", () => {
  cpSync(MIGRATIONS_FOLDER, scratch, { recursive: true });
  const before = readdirSync(scratch).filter((f) => f.endsWith(".sql"));
  const output = execFileSync(
    "npx",
    [
      "drizzle-kit",
      "generate",
      "--dialect",
      "postgresql",
      "--schema",
      "src/server/storage/schema.ts",
      "--out",
      scratch,
    ],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  const after = readdirSync(scratch).filter((f) => f.endsWith(".sql"));
  expect(output).toContain("No schema changes");
  expect(after, `drizzle-kit generated a migration; run "npm run db:generate" and commit it.\n${output}`).toEqual(
    before,
  );
});
