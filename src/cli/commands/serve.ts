import type { Command } from "commander";
import { loadConfig } from "../../server/config.js";
import { startServer } from "../../server/start-server.js";

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("start the web app and API (default http://127.0.0.1:5180)")
    .option("--port <port>", "port to listen on (PORT)")
    .option("--host <host>", "loopback address to bind (HOST)")
    .option("--data-dir <dir>", "data directory (BARRAISER_DATA_DIR)")
    .action(async (options: { port?: string; host?: string; dataDir?: string }) => {
      const config = loadConfig(options);
      const server = await startServer(config);
      let closing = false;
      const stop = async (signal: string) => {
        if (closing) return;
        closing = true;
        console.log(`Received ${signal}; shutting down…`);
        await server.close();
        process.exit(0);
      };
      process.on("SIGINT", () => void stop("SIGINT"));
      process.on("SIGTERM", () => void stop("SIGTERM"));
    });
}
