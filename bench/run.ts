/** `npm run bench`: every benchmark, printing figures next to the budgets in DESIGN.md. */
import { existsSync } from "node:fs";
import { runPlatformBench } from "./platform.js";

const only = process.argv[2];
if (!only || only === "coach") {
  if (existsSync(new URL("./coach.ts", import.meta.url))) {
    console.log("━━ coach ━━");
    await import("./coach.js");
  }
}
if (!only || only === "platform") {
  console.log("\n━━ platform ━━");
  await runPlatformBench();
}
