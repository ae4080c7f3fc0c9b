/** The app version, read once from package.json. */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const packageJson = resolve(dirname(fileURLToPath(import.meta.url)), "../../package.json");
export const APP_VERSION: string = JSON.parse(readFileSync(packageJson, "utf8")).version;
