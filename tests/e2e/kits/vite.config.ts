import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { KIT_NAMES } from './names.ts';

export const KITS_ROOT = fileURLToPath(new URL('.', import.meta.url));
export const KITS_OUT_DIR = fileURLToPath(new URL('../../../.output/kits', import.meta.url));

/** The kit chat pages for the end-to-end tests: standalone pages, never part of the extension. */
export default defineConfig({
  root: KITS_ROOT,
  base: '/kits/',
  oxc: { jsx: { runtime: 'automatic' } },
  logLevel: 'warn',
  build: {
    outDir: KITS_OUT_DIR,
    emptyOutDir: true,
    sourcemap: false,
    // Libraries are big by nature; these pages are only served on loopback for tests.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: Object.fromEntries(KIT_NAMES.map((name) => [name, fileURLToPath(new URL(`./${name}/index.html`, import.meta.url))])),
    },
  },
});
