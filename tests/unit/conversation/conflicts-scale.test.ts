import { describe, expect, it } from 'vitest';
import { detectConflicts, type EditorRule } from '../../../lib/conversation/conflicts';
import { legacyDetectConflicts } from './conflicts-legacy';
import { rng } from '../../../scripts/lib-bench/rng';

/** A library where rules share keywords, languages, priorities and SKUs often. */
function library(seed: number, n: number): EditorRule[] {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const words = ['Tracking', 'where', 'size', 'refund', 'price', '快递', 'envío', 'color'];
  const langs = ['en', 'zh', 'es', '*'];
  return Array.from({ length: n }, (_, i): EditorRule => {
    const kind = pick(['faq', 'faq', 'faq', 'welcome', 'offline', 'quick'] as const);
    const keywords: Record<string, string[]> = {};
    for (let k = Math.floor(r() * 3); k > 0; k--) (keywords[pick(langs)] ??= []).push(r() < 0.3 ? `${pick(words)}|${pick(words)}` : pick(words));
    const replies: Record<string, string[]> = {};
    for (let k = 1 + Math.floor(r() * 2); k > 0; k--) replies[pick(['en', 'zh', 'es'])] = ['Hi'];
    return {
      id: `r${Math.floor(r() * n)}-${i}`,
      packId: pick(['a', 'b']),
      kind,
      priority: pick([0, 0, 1, 2]),
      ...(r() < 0.3 ? { skus: [pick(['S1', 'S2', 'S3'])] } : {}),
      ...(kind === 'faq' ? { keywords, ...(r() < 0.5 ? { examples: { en: ['an example'] } } : {}) } : {}),
      replies,
    };
  });
}

describe('detectConflicts with an index', () => {
  it('finds exactly what the pairwise check found, in the same order', () => {
    const kinds = new Set<string>();
    for (let seed = 1; seed <= 60; seed++) {
      const rules = library(seed, 5 + (seed % 40));
      const found = detectConflicts(rules);
      expect(found).toEqual(legacyDetectConflicts(rules));
      for (const f of found) kinds.add(f.kind);
    }
    expect([...kinds].sort()).toEqual(['duplicate-keyword', 'never-fires', 'tie']);
  });

  it('checks 10,000 rules without comparing every pair', () => {
    const rules = Array.from({ length: 10000 }, (_, i): EditorRule => ({
      id: `rule-${i}`, packId: 'big', kind: 'faq', keywords: { en: [`item${i}|item ${i} size`] }, replies: { en: ['Hi'] },
    }));
    rules.push({ id: 'dup', packId: 'big', kind: 'faq', priority: 1, keywords: { en: ['item7'] }, replies: { en: ['Hi'] } });
    const findings = detectConflicts(rules);
    expect(findings.map((f) => `${f.kind} ${f.ruleIds.join(' ')} ${f.keyword}`)).toEqual(['duplicate-keyword dup rule-7 item7']);
  });
});
