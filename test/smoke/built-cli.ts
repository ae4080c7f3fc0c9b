/** Test support: runs the built `barraiser` CLI (dist/cli.js) as a user would. */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
export const CLI = join(root, "dist/cli.js");
if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run `npm run build` first (npm test does).");

/** The environment without settings that would point the CLI elsewhere. */
function cleanEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ["DATABASE_URL", "HOST", "PORT", "BARRAISER_DATA_DIR", "LOG_LEVEL"]) delete env[key];
  return { ...env, ...extra };
}

export function runCli(args: string[], options: { env?: Record<string, string | undefined>; input?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: cleanEnv(options.env ?? {}),
    input: options.input,
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `barraiser serve` and resolves once it prints its ready line. */
export function startServerProcess(
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [CLI, "serve", ...args], {
    env: cleanEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/ready at (http:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1]!,
          child,
          output: () => output,
          async stop(signal = "SIGTERM") {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it was ready:\n${output}`));
    });
  });
}
