/**
 * The one configuration object, read once at start-up from flags, then the environment,
 * then defaults, and checked by zod so a wrong value stops start-up with a clear message.
 */
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { z } from "zod";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "::1"]);
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

const configSchema = z.object({
  port: z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(0).max(65535),
  host: z.string().refine(isLoopbackHost, {
    message:
      "must be a loopback address (127.0.0.1, localhost or ::1). Bar Raiser has no accounts yet, so anyone who can reach the port could read your stories; it only listens on this machine",
  }),
  dataDir: z.string().min(1, "must not be empty"),
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  logLevel: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }),
});

export type Config = z.infer<typeof configSchema>;

/** Which source each setting came from, so an error can name the flag or variable to fix. */
const SETTING_NAMES: Record<keyof Config, string> = {
  port: "PORT / --port",
  host: "HOST / --host",
  dataDir: "BARRAISER_DATA_DIR / --data-dir",
  databaseUrl: "DATABASE_URL",
  logLevel: "LOG_LEVEL",
};

export class ConfigError extends Error {
  constructor(readonly problems: { setting: string; message: string }[]) {
    super(problems.map((p) => `${p.setting} ${p.message}`).join("\n"));
    this.name = "ConfigError";
  }
}

export interface ConfigFlags {
  port?: string | number;
  host?: string;
  dataDir?: string;
}

export const DEFAULT_PORT = 5180;

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_DATA_HOME || join(env.HOME || homedir(), ".local", "share");
  return join(base, "barraiser");
}

export function loadConfig(flags: ConfigFlags = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const raw = {
    port: flags.port ?? env.PORT ?? DEFAULT_PORT,
    host: flags.host ?? env.HOST ?? "127.0.0.1",
    dataDir: resolve(flags.dataDir ?? env.BARRAISER_DATA_DIR ?? defaultDataDir(env)),
    databaseUrl: env.DATABASE_URL || undefined,
    // Request logs are info-level noise for a local app; the server prints its own ready line.
    logLevel: env.LOG_LEVEL ?? "warn",
  };
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const key = issue.path[0] as keyof Config;
        return { setting: SETTING_NAMES[key] ?? String(key), message: issue.message };
      }),
    );
  }
  return result.data;
}

/** The URL with any password replaced, for logs and the health endpoint. */
export function maskDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "****";
    return parsed.toString();
  } catch {
    return "postgres://(unparseable URL)";
  }
}
