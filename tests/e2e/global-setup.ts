import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { assertBundle } from '../../scripts/bundle-size';

/**
 * Builds the extension once, exactly as `npm run build` does, before any browser starts, and
 * fails when the build is over its size limits (scripts/bundle-size.ts).
 * SHOPREPLY_SKIP_BUILD=1 reuses the last build when iterating on tests alone.
 */
export default function globalSetup() {
  if (process.env.SHOPREPLY_SKIP_BUILD !== '1') {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
  }
  const dir = process.env.SHOPREPLY_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
  for (const c of assertBundle(dir)) console.log(`${c.file}: ${(c.bytes / 1000).toFixed(1)} kB of ${(c.limit / 1000).toFixed(0)} kB`);
}
