import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export const DEMO_ROOT = fileURLToPath(new URL('.', import.meta.url));
export const DEMO_OUT_DIR = fileURLToPath(new URL('../.output/demo', import.meta.url));

/** The demo seller chat: a standalone page, never part of the extension bundle. */
export default defineConfig({
  root: DEMO_ROOT,
  base: '/',
  // No React plugin (it is not a direct dependency): vite's own transformer compiles the JSX.
  oxc: { jsx: { runtime: 'automatic' } },
  logLevel: 'warn',
  build: { outDir: DEMO_OUT_DIR, emptyOutDir: true, sourcemap: false },
  server: { host: '127.0.0.1' },
});
