import { describe, expect, it } from 'vitest';
import { ruleIdBase, ruleIdFromTitle } from '../../../lib/editor/rule-id';
import { RuleSchema } from '../../../lib/pack/schema';

const valid = (id: string) => RuleSchema.safeParse({ id, kind: 'welcome', replies: { en: ['Hi'] } }).success;

describe('rule ids from titles', () => {
  it('slugs Latin titles, accents dropped', () => {
    expect(ruleIdFromTitle('Gift wrap', [])).toBe('gift-wrap');
    expect(ruleIdFromTitle('  Échange de taille !  ', [])).toBe('echange-de-taille');
  });

  it('gives a Chinese title a valid, stable id, and different titles different ids', () => {
    const a = ruleIdFromTitle('礼品包装', []);
    expect(a).toMatch(/^rule-[0-9a-z]+$/);
    expect(valid(a)).toBe(true);
    expect(ruleIdFromTitle('礼品包装', [])).toBe(a);
    expect(ruleIdFromTitle('发票', [])).not.toBe(a);
    // Latin letters in a mixed title are kept, the hash keeps the rest apart.
    expect(ruleIdBase('SKU 退货')).toMatch(/^sku-[0-9a-z]+$/);
    for (const title of ['ギフト包装', '선물 포장', 'Подарок', '🎁']) expect(valid(ruleIdFromTitle(title, []))).toBe(true);
  });

  it('is unique within the pack', () => {
    expect(ruleIdFromTitle('Gift wrap', ['gift-wrap'])).toBe('gift-wrap-2');
    expect(ruleIdFromTitle('Gift wrap', ['gift-wrap', 'gift-wrap-2'])).toBe('gift-wrap-3');
    const zh = ruleIdFromTitle('礼品包装', []);
    expect(ruleIdFromTitle('礼品包装', [zh])).toBe(`${zh}-2`);
  });
});
