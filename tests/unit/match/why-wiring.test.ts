import { describe, expect, it } from 'vitest';
import { decide } from '../../../lib/conversation/decide';
import { createMatcher } from '../../../lib/match';
import { wordWhy } from '../../../lib/match/explain';
import { ShownSuggestionSchema } from '../../../lib/messages/protocol';
import { toShown } from '../../../entrypoints/background/suggest';
import { MON_10, settings } from '../conversation/fixtures';
import { rule } from './helpers';

describe('a faq candidate carries why it matched, as codes the interface words', () => {
  const matcher = createMatcher([
    rule({ id: 'track', examples: { en: ['where is my parcel', 'track my order', 'tracking number please'] }, replies: { en: ['On its way'] } }),
    rule({ id: 'refund', examples: { en: ['I want a refund', 'money back please', 'refund my order'] }, replies: { en: ['Sure'] } }),
    rule({ id: 'size', examples: { en: ['what size fits me', 'size chart', 'does it run small'] }, replies: { en: ['M'] } }),
  ]);
  const text = 'my tracking number?';
  const d = decide({
    message: { conversationId: 'c1', text }, now: MON_10, session: undefined, settings: settings(),
    match: matcher.match({ text }), welcomeRules: [], offlineRules: [],
  });
  const faq = d.candidates.find((c) => c.kind === 'faq')!;

  it('decide → candidate → message to the page keeps the codes', () => {
    expect(faq.ruleId).toBe('track');
    expect(faq.why?.map((w) => w.key)).toEqual(expect.arrayContaining(['why.example', 'why.shared', 'why.confidence']));
    const shown = ShownSuggestionSchema.parse(toShown(faq));
    expect(shown.why).toEqual(faq.why);
  });

  it('worded in Chinese and in English by the catalogue', () => {
    expect(wordWhy('zh', faq.why!)[0]).toBe('与示例“tracking number please”相似（英语）');
    expect(wordWhy('en', faq.why!)[0]).toBe('like the example “tracking number please” (English)');
  });
});
