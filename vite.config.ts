/**
 * Vite builds the React app in src/web into dist/web, which `barraiser serve` hosts at `/`.
 * In development (`npm run dev:web`) API calls go to a server started separately on 5181.
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const webRoot = fileURLToPath(new URL("./src/web", import.meta.url));
const outDir = fileURLToPath(new URL("./dist/web", import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    // The budget (DESIGN.md) is 350 KB gzip of initial JavaScript; pages are lazy chunks.
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    proxy: { "/api": "http://127.0.0.1:5181" },
  },
});
