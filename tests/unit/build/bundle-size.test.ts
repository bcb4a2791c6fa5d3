import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { assertBundle, checkBundle } from '../../../scripts/bundle-size';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const fakeBuild = (bytes: number) => {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'background.js'), Buffer.alloc(bytes, 32));
  return dir;
};

describe('the bundle size check', () => {
  it('refuses a worker over 800 kB, naming the file and its size', () => {
    expect(() => assertBundle(fakeBuild(800_001))).toThrow(/background\.js is 800\.0 kB, over its 800 kB limit/);
    expect(checkBundle(fakeBuild(800_000))).toEqual([{ file: 'background.js', bytes: 800_000, limit: 800_000, ok: true }]);
  });

  it('fails when there is no worker to measure', () => {
    expect(() => checkBundle(fakeBuild(1).replace(/$/, '-missing'))).toThrow();
  });

  // The e2e global setup checks every fresh build; this checks the last one, when there is one.
  const built = fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));
  it.runIf(existsSync(join(built, 'background.js')))('the last build is within its limits', () => {
    expect(assertBundle(built).every((c) => c.ok)).toBe(true);
  });
});
