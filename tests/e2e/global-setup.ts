import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { assertBundle } from '../../scripts/bundle-size';

/**
/**
 * Builds the extension before any browser starts, exactly as `npm run build:demo` (the store build
 * plus the demo chat's loopback host, loaded by most tests) and `npm run build` (the store build,
 * see store-build.spec.ts) do, and fails when the store build is over its size limits
 * (scripts/bundle-size.ts, docs/bundle.md). SHOPREPLY_SKIP_BUILD=1 reuses the last builds when
 * iterating on tests.
 */
export default function globalSetup() {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  if (process.env.SHOPREPLY_SKIP_BUILD !== '1') {
    execFileSync('npm', ['run', 'build:demo'], { cwd: root, stdio: 'inherit' });
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, SHOPREPLY_DEMO: '' } });
  }
  const dir = process.env.SHOPREPLY_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
  for (const c of assertBundle(dir)) console.log(`${c.file}: ${(c.bytes / 1000).toFixed(1)} kB of ${(c.limit / 1000).toFixed(0)} kB`);
}
