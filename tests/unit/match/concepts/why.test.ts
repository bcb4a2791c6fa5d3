import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../lib/match/matcher';
import { explainText, conceptName } from '../../../../lib/match/explain';
import { CONCEPTS } from '../../../../lib/match/concepts';
import { matcherSettings } from '../../../../lib/match/settings';
import { en } from '../../../../lib/i18n/en';
import { zh } from '../../../../lib/i18n/zh';
import { rule } from '../helpers';

// English examples only: a Chinese message meets them through the concept layer alone.
const rules = [
  rule({ id: 'tracking', threshold: 0.0001, examples: { en: ['can you give me the tracking number', 'where can i track my order', 'tracking please'] } }),
  rule({ id: 'refund', threshold: 0.0001, examples: { en: ['where is my refund', 'i want my money back', 'how long does a refund take'] } }),
  rule({ id: 'size', threshold: 0.0001, examples: { en: ['what size should i get', 'do you have a size chart', 'does it run small'] } }),
];

describe('a suggestion found through a concept says so', () => {
  it('names the message words and the concept, in the interface language', () => {
    // Ranking alone (no lead bar): a concept-only match in so small a library is calibrated under it.
    const s = createMatcher(rules, matcherSettings({ calibration: { leadAt: 0 } })).match({ text: '物流单号' }).suggestions[0];
    expect(s?.ruleId).toBe('tracking');
    expect(s.reason.evidence?.concepts).toContainEqual({ id: 'tracking', matched: '物流' });
    expect(s.reason.evidence?.shared.some((t) => t.startsWith('§'))).toBe(false);
    expect(s.reason.evidence?.concepts).toHaveLength(1);
    expect(explainText('en', s)).toContain('matched “物流” = tracking (concept)');
    expect(explainText('zh', s)).toContain('匹配“物流” = 物流跟踪（概念）');
  });

  it('has no concept reason with the layer off', () => {
    const off = createMatcher(rules, matcherSettings({ features: { conceptWeight: 0 } }));
    for (const s of off.match({ text: '物流单号 tracking' }).suggestions) expect(s.reason.evidence?.concepts).toBeUndefined();
  });

  it('every concept has a name in both catalogues', () => {
    for (const c of CONCEPTS) {
      expect(Object.hasOwn(en, `concept.${c.id}`), c.id).toBe(true);
      expect(Object.hasOwn(zh, `concept.${c.id}`), c.id).toBe(true);
      expect(conceptName(c.id, 'zh')).not.toBe(c.id);
    }
  });
});

describe('a prefix concept term', () => {
  it('names the whole word the buyer wrote', () => {
    const m = createMatcher(rules, matcherSettings({ calibration: { leadAt: 0 } }));
    const s = m.match({ text: '¿dónde está mi reembolso?' }).suggestions[0];
    expect(s?.ruleId).toBe('refund');
    expect(s.reason.evidence?.concepts).toContainEqual({ id: 'refund', matched: 'reembolso' });
  });
});
