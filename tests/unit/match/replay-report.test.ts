import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../lib/match';
import type { Matcher } from '../../../lib/match/matcher';
import type { MatchResult } from '../../../lib/match/types';
import { AUTO_SEND_CONFIDENCE, replay, type ReplayCase } from '../../../scripts/lib-bench/replay-core';
import { rule } from './helpers';

/** A matcher that answers from a table: text → [rule id, score][]. */
function tableMatcher(table: Record<string, Array<[string, number]>>): Matcher {
  const match = ({ text }: { text: string }): MatchResult => ({
    language: { code: 'en', confidence: 1 },
    suggestions: (table[text] ?? []).map(([ruleId, score]) => ({
      ruleId, packId: 'p', kind: 'faq', priority: 0, score, replyLanguage: 'en', replies: ['r'],
      reason: { kind: 'example', matched: 'x', language: 'en' },
    })),
  });
  return { match, addExample: () => false } as unknown as Matcher;
}

const c = (line: number, text: string, expect: string | null): ReplayCase => ({ line, text, expect });

describe('replay report', () => {
  it('reports what is shown and how often its first is right, and what auto-send would send and how often right', () => {
    const hi = AUTO_SEND_CONFIDENCE;
    const m = tableMatcher({
      a: [['x', hi]], // shown, sent, right
      b: [['y', hi]], // shown, sent, wrong
      c: [['x', 0.86], ['z', 0.85]], // shown, not sent, wrong first (z expected, in top 3)
      d: [], // silent, expected null: right
      e: [['x', 0.9]], // shown, not sent, right
    });
    const { summary } = replay(m, [c(1, 'a', 'x'), c(2, 'b', 'x'), c(3, 'c', 'z'), c(4, 'd', null), c(5, 'e', 'x')]);
    expect(summary.accuracy).toBe(0.6);
    expect(summary.shown).toBe(0.8);
    expect(summary.shownFirstRight).toBe(0.5);
    expect(summary.autoSend).toBe(0.4);
    expect(summary.autoSendRight).toBe(0.5);
    expect(summary.top3).toBe(0.75);
    expect(summary.halves).toEqual([0.3333, 1]); // cases a, b, c and d, e
    expect(summary.learn).toBeUndefined();
  });

  it('--learn teaches the agent\'s choice when the right rule was not first, and a repeat is then right', () => {
    const rules = [
      rule({ id: 'track', examples: { en: ['where is my parcel', 'track my order', 'has it shipped yet'] } }),
      rule({ id: 'refund', examples: { en: ['I want a refund', 'money back please', 'refund my purchase'] } }),
      rule({ id: 'size', examples: { en: ['what size fits me', 'size chart please', 'does it run small'] } }),
    ];
    const odd = 'the courier van never turned up';
    const cases = [c(1, odd, 'track'), c(2, 'I want a refund', 'refund'), c(3, odd, 'track'), c(4, 'size chart please', 'size')];
    const still = replay(createMatcher(rules), cases).outcomes;
    expect(still[0].right).toBe(false);
    expect(still[2].right).toBe(false);
    const learned = replay(createMatcher(rules), cases, { learn: true });
    expect(learned.summary.learn!.taught).toBe(1);
    expect(learned.outcomes[2].right).toBe(true);
    expect(learned.summary.learn!.secondHalf).toBeGreaterThan(learned.summary.learn!.firstHalf);
  });
});
