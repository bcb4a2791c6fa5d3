import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPackName, displayRuleTitle, STARTER_PACK_ID } from '../../../lib/pack/starter/display-names';
import { parsePackText } from '../../../lib/pack/parse';

const text = readFileSync(join(process.cwd(), 'lib/pack/starter/starter.pack.json'), 'utf8');

describe('starter pack names in both interface languages', () => {
  const parsed = parsePackText(text, 'starter.pack.json');
  if (!parsed.ok) throw new Error('starter pack does not parse');
  const pack = parsed.value;

  it('every starter rule has a Chinese title, and its English one is the pack’s own', () => {
    expect(pack.id).toBe(STARTER_PACK_ID);
    for (const rule of pack.rules) {
      expect(displayRuleTitle(pack.id, rule.id, rule.title, 'en'), rule.id).toBe(rule.title);
      const zh = displayRuleTitle(pack.id, rule.id, rule.title, 'zh');
      expect(zh, rule.id).not.toBe(rule.title);
      expect(zh, rule.id).toMatch(/\p{Script=Han}/u);
    }
    expect(displayPackName(pack.id, pack.name, 'en')).toBe(pack.name);
    expect(displayPackName(pack.id, pack.name, 'zh')).toMatch(/\p{Script=Han}/u);
  });

  it('a title the supervisor changed is shown as written; other packs as stored; no title: the id', () => {
    expect(displayRuleTitle(pack.id, 'order-tracking', '物流', 'zh')).toBe('物流');
    expect(displayRuleTitle('my-pack', 'order-tracking', 'Where is my order / tracking', 'zh')).toBe('Where is my order / tracking');
    expect(displayRuleTitle('my-pack', 'gift-wrap', undefined, 'zh')).toBe('gift-wrap');
    expect(displayPackName('my-pack', 'ShopReply starter replies', 'zh')).toBe('ShopReply starter replies');
  });
});
