/** Reads a content pack folder from disk and hands its files to the pure loader in core. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type ContentPack, loadPack, type PackLoadResult } from "../../core/content/load-pack.js";

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const DEFAULT_PACK_DIR = join(packageRoot, "content/amazon");

function listYamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return listYamlFiles(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
}

export function readPackDir(dir: string = DEFAULT_PACK_DIR): PackLoadResult {
  let files: string[];
  try {
    files = listYamlFiles(dir);
  } catch (error) {
    return {
      ok: false,
      problems: [{ file: dir, line: 1, path: "", message: `cannot read the pack folder: ${(error as Error).message}` }],
    };
  }
  return loadPack(
    files.map((file) => ({ path: relative(dir, file).split("\\").join("/"), text: readFileSync(file, "utf8") })),
  );
}

export class PackLoadError extends Error {
  override name = "PackLoadError";
}

/** Loads the pack or throws an error that lists where it is broken (the app refuses a bad pack). */
export function loadPackOrThrow(dir: string = DEFAULT_PACK_DIR): ContentPack {
  const result = readPackDir(dir);
  if (result.ok) return result.pack;
  const lines = result.problems
    .slice(0, 20)
    .map((p) => `  ${p.file}:${p.line} ${p.path ? `${p.path}: ` : ""}${p.message}`);
  const more = result.problems.length > 20 ? `\n  …and ${result.problems.length - 20} more` : "";
  throw new PackLoadError(`The content pack in ${dir} is not valid, so it was not loaded:\n${lines.join("\n")}${more}`);
}
