// Developer aid while writing content: validate single pack files against their schema.
// Usage: npx tsx scripts/check-content-file.ts content/amazon/questions/metrics.yaml [...]
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { preparationSchema, principleSchema, processSchema, questionSchema } from "../src/core/content/pack-schema.js";

let failed = false;
for (const file of process.argv.slice(2)) {
  const data = parse(readFileSync(file, "utf8"));
  const schema = file.includes("/principles/")
    ? principleSchema
    : file.includes("/questions/")
      ? z.array(questionSchema)
      : basename(file) === "process.yaml"
        ? processSchema
        : preparationSchema;
  const result = (schema as z.ZodType).safeParse(data);
  if (result.success) {
    console.log(`${file}: ok${Array.isArray(data) ? ` (${data.length} entries)` : ""}`);
  } else {
    failed = true;
    for (const issue of result.error.issues) console.log(`${file}: ${issue.path.join(".")} — ${issue.message}`);
  }
}
process.exit(failed ? 1 : 0);
