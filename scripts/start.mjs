#!/usr/bin/env node
// `npm start`: build what is missing or stale, then start the server with any extra arguments
// (`npm start -- --port 5200`). Plain JavaScript so it runs before anything is compiled.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const stamp = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

function run(script, label) {
  process.stdout.write(`Building ${label}…\n`);
  const result = spawnSync("npm", ["run", "--silent", script], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    process.stderr.write(`The ${label} build failed (npm run ${script}); see the errors above.\n`);
    process.exit(result.status ?? 1);
  }
}

const sourceTime = newest(join(root, "src"));
const serverBuilt = stamp(join(root, "dist/cli.js"));
const webBuilt = stamp(join(root, "dist/web/index.html"));
if (serverBuilt === 0 || sourceTime > serverBuilt) run("build:server", "the server");
if (webBuilt === 0 || sourceTime > webBuilt) run("build:web", "the web app");

const child = spawn(process.execPath, [join(root, "dist/cli.js"), "serve", ...process.argv.slice(2)], {
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
