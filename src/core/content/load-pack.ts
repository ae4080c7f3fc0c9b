/**
 * Turns a pack's raw YAML files into a validated pack, or into a list of problems that each
 * name the file, the line and the path. Pure: the caller reads the files (disk, HTTP, tests).
 */
import { isNode, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import {
  type PackManifest,
  PRINCIPLE_IDS,
  type Preparation,
  type Principle,
  type ProcessContent,
  packManifestSchema,
  preparationSchema,
  principleSchema,
  processSchema,
  type Question,
  questionSchema,
} from "./pack-schema.js";

export interface PackFile {
  /** Path relative to the pack folder, with forward slashes: `questions/metrics.yaml`. */
  path: string;
  text: string;
}

export interface PackProblem {
  file: string;
  line: number;
  path: string;
  message: string;
}

export interface ContentPack {
  manifest: PackManifest;
  principles: Principle[];
  process: ProcessContent;
  preparation: Preparation;
  questions: Question[];
}

export type PackLoadResult = { ok: true; pack: ContentPack } | { ok: false; problems: PackProblem[] };

interface ParsedFile {
  path: string;
  data: unknown;
  lineOf: (jsonPath: (string | number)[]) => number;
}

function parseFile(file: PackFile, problems: PackProblem[]): ParsedFile | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
      problems.push({ file: file.path, line, path: "", message: `YAML syntax: ${error.message.split("\n")[0]}` });
    }
    return undefined;
  }
  const lineOf = (jsonPath: (string | number)[]): number => {
    // Walk up the path until a node with a source range is found, so a missing key
    // points at the object that should have held it.
    for (let depth = jsonPath.length; depth >= 0; depth--) {
      const node = doc.getIn(jsonPath.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  return { path: file.path, data: doc.toJS(), lineOf };
}

function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, "");
}

function check<T>(file: ParsedFile, schema: z.ZodType<T>, problems: PackProblem[], prefix: (string | number)[] = []) {
  const result = schema.safeParse(file.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = [...prefix, ...(issue.path as (string | number)[])];
    problems.push({ file: file.path, line: file.lineOf(path), path: formatPath(path), message: issue.message });
  }
  return undefined;
}

const MAX_PROBLEMS = 500;

export function loadPack(files: PackFile[]): PackLoadResult {
  const problems: PackProblem[] = [];
  const byPath = new Map(files.map((file) => [file.path, file]));
  const required = (path: string): ParsedFile | undefined => {
    const file = byPath.get(path);
    if (!file) {
      problems.push({ file: path, line: 1, path: "", message: "file is missing from the pack" });
      return undefined;
    }
    return parseFile(file, problems);
  };

  const manifestFile = required("pack.yaml");
  const manifest = manifestFile && check(manifestFile, packManifestSchema, problems);
  const processFile = required("process.yaml");
  const process = processFile && check(processFile, processSchema, problems);
  const preparationFile = required("preparation.yaml");
  const preparation = preparationFile && check(preparationFile, preparationSchema, problems);

  const principles: Principle[] = [];
  for (const id of PRINCIPLE_IDS) {
    const file = required(`principles/${id}.yaml`);
    const principle = file && check(file, principleSchema, problems);
    if (!principle || !file) continue;
    if (principle.id !== id) {
      problems.push({
        file: file.path,
        line: file.lineOf(["id"]),
        path: "id",
        message: `id must be "${id}" to match the file name`,
      });
    }
    principles.push(principle);
  }

  const questions: Question[] = [];
  const seenIds = new Map<string, string>();
  const questionFiles = files
    .filter((f) => f.path.startsWith("questions/") && /\.ya?ml$/.test(f.path))
    .sort((a, b) => a.path.localeCompare(b.path));
  if (questionFiles.length === 0) {
    problems.push({ file: "questions/", line: 1, path: "", message: "the pack has no question files" });
  }
  for (const raw of questionFiles) {
    const file = parseFile(raw, problems);
    if (!file) continue;
    if (!Array.isArray(file.data)) {
      problems.push({
        file: file.path,
        line: 1,
        path: "",
        message: "a question file must be a YAML list of questions",
      });
      continue;
    }
    file.data.forEach((entry, index) => {
      const result = questionSchema.safeParse(entry);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const path = [index, ...(issue.path as (string | number)[])];
          problems.push({ file: file.path, line: file.lineOf(path), path: formatPath(path), message: issue.message });
        }
        return;
      }
      const question = result.data;
      const where = `${file.path}:${file.lineOf([index])}`;
      const earlier = seenIds.get(question.id);
      if (earlier) {
        problems.push({
          file: file.path,
          line: file.lineOf([index, "id"]),
          path: `[${index}].id`,
          message: `duplicate question id "${question.id}" (first at ${earlier})`,
        });
        return;
      }
      const keyPointIds = new Set<string>();
      question.keyPoints.forEach((point, pointIndex) => {
        if (keyPointIds.has(point.id)) {
          problems.push({
            file: file.path,
            line: file.lineOf([index, "keyPoints", pointIndex, "id"]),
            path: `[${index}].keyPoints[${pointIndex}].id`,
            message: `duplicate key point id "${point.id}" in this question`,
          });
        }
        keyPointIds.add(point.id);
      });
      seenIds.set(question.id, where);
      questions.push(question);
    });
  }

  if (problems.length > 0 || !manifest || !process || !preparation) {
    return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  }
  return { ok: true, pack: { manifest, principles, process, preparation, questions } };
}
