import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Builds the extension once, exactly as `npm run build:demo` does (the store build plus the demo
 * chat's loopback host), before any browser starts. SHOPREPLY_SKIP_BUILD=1 reuses the last build
 * when iterating on tests alone.
 */
export default function globalSetup() {
  if (process.env.SHOPREPLY_SKIP_BUILD === '1') return;
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync('npm', ['run', 'build:demo'], { cwd: root, stdio: 'inherit' });
}
