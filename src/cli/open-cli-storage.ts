/** Opens the configured storage for a one-shot CLI command, migrated, and closes it after. */
import { type Config, loadConfig } from "../server/config.js";
import { openStorage, type Storage } from "../server/storage/database.js";

export interface StorageOptions {
  dataDir?: string;
}

export async function withStorage<T>(
  options: StorageOptions,
  run: (storage: Storage, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig({ dataDir: options.dataDir });
  const storage = await openStorage({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    onProgress: (line) => process.stderr.write(`${line}\n`),
  });
  try {
    await storage.migrate();
    return await run(storage, config);
  } finally {
    await storage.close();
  }
}
