// src/core runs in the browser and in Node alike, so it must not reach for I/O. Biome's
// noRestrictedImports rule catches imports while editing; this test also catches DOM globals.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, it } from "vitest";

const coreDir = new URL(".", import.meta.url).pathname;
const files = (function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return walk(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
})(coreDir);

const FORBIDDEN_IMPORTS: [RegExp, string][] = [
  [/^node:|^(fs|path|os|child_process|crypto|http|url)$/, "Node built-ins (core runs in the browser too)"],
  [/\/(server|storage|cli|web)\//, "the server, storage, CLI or web layers (they depend on core, not the reverse)"],
  [
    /^(pg|@electric-sql\/.*|drizzle-orm.*|fastify.*|react.*)$/,
    "database, HTTP or UI libraries (they belong at the edges)",
  ],
];
const DOM_GLOBALS = /\b(window|document|localStorage|sessionStorage|navigator|process\.env)\b\s*[.[]/;

it("src/core imports no Node built-ins, database, server or UI code, and touches no DOM globals", () => {
  const violations: string[] = [];
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(
      /(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
    )) {
      const specifier = match[1] ?? match[2] ?? "";
      for (const [pattern, why] of FORBIDDEN_IMPORTS) {
        if (pattern.test(specifier))
          violations.push(`${relative(coreDir, file)} imports "${specifier}": src/core must not depend on ${why}`);
      }
    }
    const code = source.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
    const dom = code.match(DOM_GLOBALS);
    if (dom)
      violations.push(
        `${relative(coreDir, file)} uses "${dom[1]}": src/core must not touch browser or process globals`,
      );
  }
  expect(files.length).toBeGreaterThan(3);
  expect(violations).toEqual([]);
});
