import { describe, expect, it } from 'vitest';
import { sentOutcome } from '../../../lib/suggestions/outcome';
import type { ShownSuggestion } from '../../../lib/messages/protocol';

const suggestion = (ruleId: string, text: string): ShownSuggestion => ({
  ruleId, packId: 'p', kind: 'faq', text, score: 0.9, language: 'en', reason: '', missing: [], violations: [],
});
const suggestions = [suggestion('track', 'Your order is on its way.'), suggestion('refund', 'We refund in 3 days.')];

describe('sentOutcome', () => {
  it('sent exactly as inserted is accepted, for the inserted rule', () => {
    expect(sentOutcome({ suggestions, inserted: { index: 1, text: 'We refund in 3 days.' } }, 'We refund in 3 days. ')).toEqual({
      outcome: 'accepted', ruleId: 'refund', packId: 'p',
    });
  });
  it('changed before sending is edited then sent', () => {
    expect(sentOutcome({ suggestions, inserted: { index: 0, text: 'Your order is on its way.' } }, 'Your order is on its way, sorry!')?.outcome).toBe('edited-then-sent');
  });
  it('another rule chosen from the library is an override naming that rule', () => {
    expect(sentOutcome({ suggestions, inserted: { index: -1, text: 'x', override: { ruleId: 'size', packId: 'q' } } }, 'x')).toEqual({
      outcome: 'overridden', ruleId: 'size', packId: 'q',
    });
  });
  it('typing something else is an override without a rule; with no suggestions nothing is recorded', () => {
    expect(sentOutcome({ suggestions }, 'let me check')).toEqual({ outcome: 'overridden' });
    expect(sentOutcome({ suggestions: [] }, 'let me check')).toBeUndefined();
  });
});
