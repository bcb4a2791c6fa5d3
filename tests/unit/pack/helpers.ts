import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Pack } from '../../../lib/pack';
import { parsePackOrThrow } from '../../../lib/pack';

export const fixturePath = (name: string) => fileURLToPath(new URL(`../../fixtures/packs/${name}`, import.meta.url));
export const readFixture = (name: string) => readFileSync(fixturePath(name), 'utf8');
export const fixturePack = (name: string): Pack => parsePackOrThrow(readFixture(name), name);

/** A fresh, valid pack to break in one place per test. */
export function demoPack(): Record<string, any> {
  return JSON.parse(readFixture('demo-core.pack.json'));
}
