/**
 * Size limits of the built extension, checked after every e2e build (tests/e2e/global-setup.ts)
 * and printed by `npx tsx scripts/bundle-size.ts [DIR]`.
 * The service worker is started again and again by Chrome (it is stopped when idle), and all of
 * it is evaluated at every start: docs/bundle.md has what is in it and what was measured.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bytes (kB as the build prints them: 1,000 bytes). */
export const BUNDLE_LIMITS: Record<string, number> = { 'background.js': 800_000 };

export interface BundleCheck {
  file: string;
  bytes: number;
  limit: number;
  ok: boolean;
}

/** Every limited file of a built extension folder; a missing file is an error. */
export function checkBundle(dir: string): BundleCheck[] {
  return Object.entries(BUNDLE_LIMITS).map(([file, limit]) => {
    const bytes = statSync(join(dir, file)).size;
    return { file, bytes, limit, ok: bytes <= limit };
  });
}

/** Throws naming every file over its limit. */
export function assertBundle(dir: string): BundleCheck[] {
  const checks = checkBundle(dir);
  const over = checks.filter((c) => !c.ok);
  if (over.length) {
    throw new Error(
      `bundle too big: ${over.map((c) => `${c.file} is ${(c.bytes / 1000).toFixed(1)} kB, over its ${(c.limit / 1000).toFixed(0)} kB limit`).join('; ')} (see docs/bundle.md)`,
    );
  }
  return checks;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));
  for (const c of checkBundle(dir)) console.log(`${c.file}: ${(c.bytes / 1000).toFixed(1)} kB (limit ${(c.limit / 1000).toFixed(0)} kB) ${c.ok ? 'ok' : 'TOO BIG'}`);
  assertBundle(dir);
}
