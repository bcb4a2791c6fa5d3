import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Builds the extension once, exactly as `npm run build` does, before any browser starts. */
export default function globalSetup() {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
}
