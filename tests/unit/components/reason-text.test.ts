import { describe, expect, it } from 'vitest';
import { decide, type DecideInput } from '../../../lib/conversation/decide';
import { recordSentReply } from '../../../lib/conversation/session';
import type { UiLanguage } from '../../../lib/i18n';
import { reasonDetail, reasonText } from '../../../components/reason-text';
import { createMatcher } from '../../../lib/match';
import { rule } from '../match/helpers';
import { toShown } from '../../../entrypoints/background/suggest';
import { ShownSuggestionSchema } from '../../../lib/messages/protocol';
import { MIN, MON_10, matched, offline, settings, suggestion, welcome } from '../conversation/fixtures';

const base = (over: Partial<DecideInput> = {}): DecideInput => ({
  message: { conversationId: 'c1', text: 'hello' },
  now: MON_10,
  session: undefined,
  settings: settings({}),
  match: matched([]),
  welcomeRules: [welcome],
  offlineRules: [offline],
  variables: { buyer_name: 'Ana' },
  ...over,
});

/** As the try-it box shows it: through the protocol, in the interface language. */
const shown = (over: Partial<DecideInput>, ui: UiLanguage) =>
  decide(base(over)).candidates.map((c) => reasonText(ShownSuggestionSchema.parse(toShown(c)), ui));

describe('try-it reasons in the interface language', () => {
  const track = matched([suggestion('track', 0.95)]);

  it('a keyword answer and the greeting, in Chinese and in English', () => {
    expect(shown({ match: track }, 'zh')).toEqual(['欢迎语：本次会话的第一条消息（第 1 条，共 3 条）', '关键词“tracking”（英语）']);
    expect(shown({ match: track }, 'en')).toEqual(['welcome: first message of the session (variant 1 of 3)', 'keyword “tracking” (English)']);
  });

  it('outside working hours, with the next opening in the interface language', () => {
    const saturday = Date.UTC(2025, 2, 8, 12, 0);
    expect(shown({ now: saturday }, 'zh')).toEqual(['非工作时间：下次营业 周一 09:00']);
    expect(shown({ now: saturday }, 'en')).toEqual(['outside working hours: next opening Monday 09:00']);
  });

  it('a repeated question says so', () => {
    const first = decide(base({ match: track, message: { conversationId: 'c1', text: 'Where is my order?' } }));
    const answered = recordSentReply(first.session, { text: first.candidates[1].text, at: MON_10 + MIN, auto: false, ruleId: 'track' });
    expect(shown({ match: track, session: answered, now: MON_10 + 5 * MIN, message: { conversationId: 'c1', text: 'where is my order??' } }, 'zh')).toEqual([
      '重复的问题（本次会话中已回答过）；关键词“tracking”（英语）',
    ]);
  });

  it('an answer without a code (an older worker) shows its reason as given', () => {
    expect(reasonText({ reason: 'keyword “x” (en)' }, 'zh')).toBe('keyword “x” (en)');
  });

  it('a keyword match has no engine detail beyond the reason', () => {
    const [, faq] = decide(base({ match: track })).candidates.map((c) => ShownSuggestionSchema.parse(toShown(c)));
    expect(faq.reasonCode?.code).toBe('keyword');
    expect(faq.why?.map((w) => w.key)).toEqual(['why.keyword']);
    expect(reasonDetail(faq, 'zh')).toEqual([]);
  });
});

describe('the reason code beside the engine\'s evidence', () => {
  const matcher = createMatcher([
    rule({ id: 'track', examples: { en: ['where is my parcel', 'track my order', 'tracking number please'] }, replies: { en: ['On its way'] } }),
    rule({ id: 'refund', examples: { en: ['I want a refund', 'money back please', 'refund my order'] }, replies: { en: ['Sure'] } }),
    rule({ id: 'size', examples: { en: ['what size fits me', 'size chart', 'does it run small'] }, replies: { en: ['M'] } }),
  ]);
  const text = 'my tracking number?';
  const faq = ShownSuggestionSchema.parse(toShown(decide(base({ message: { conversationId: 'c1', text }, match: matcher.match({ text }), welcomeRules: [] })).candidates[0]));

  it('both fields cross the protocol: the code of every kind and the engine\'s parts', () => {
    expect(faq.reasonCode).toEqual({ code: 'example', values: { matched: 'tracking number please', language: 'en' } });
    expect(faq.why?.map((w) => w.key)).toEqual(expect.arrayContaining(['why.example', 'why.shared', 'why.confidence']));
  });

  it('says the matched example once, then the evidence, in the interface language', () => {
    const zh = [reasonText(faq, 'zh'), ...reasonDetail(faq, 'zh')];
    expect(zh[0]).toBe('例句“tracking number please”（英语）');
    expect(zh.slice(1).length).toBeGreaterThan(0);
    expect(zh.filter((line) => line.includes('tracking number please'))).toHaveLength(1);
    expect(zh.join(' ')).not.toMatch(/example|keyword|confidence|likely/i);
    const en = [reasonText(faq, 'en'), ...reasonDetail(faq, 'en')];
    expect(en[0]).toBe('example “tracking number please” (English)');
    expect(new Set(en).size).toBe(en.length);
    expect(en.filter((line) => line.includes('tracking number please'))).toHaveLength(1);
  });

  it('an older worker\'s suggestion with only the engine\'s parts says the matched one', () => {
    expect(reasonText({ reason: 'x', why: faq.why }, 'en')).toBe('like the example “tracking number please” (English)');
  });
});
