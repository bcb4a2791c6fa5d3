import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Builds the extension before any browser starts, exactly as `npm run build:demo` (the store build
 * plus the demo chat's loopback host, loaded by most tests) and `npm run build` (the store build,
 * see store-build.spec.ts) do. SHOPREPLY_SKIP_BUILD=1 reuses the last builds when iterating on tests.
 */
export default function globalSetup() {
  if (process.env.SHOPREPLY_SKIP_BUILD === '1') return;
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync('npm', ['run', 'build:demo'], { cwd: root, stdio: 'inherit' });
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, SHOPREPLY_DEMO: '' } });
}
