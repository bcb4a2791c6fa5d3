import { describe, expect, it } from 'vitest';
import { decide, type DecideInput } from '../../../lib/conversation/decide';
import { recordSentReply } from '../../../lib/conversation/session';
import { t, type UiLanguage } from '../../../lib/i18n';
import { reasonText } from '../../../components/editor/reason-text';
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
  decide(base(over)).candidates.map((c) => reasonText(ShownSuggestionSchema.parse(toShown(c)), (key, params) => t(ui, key, params), ui));

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
    expect(reasonText({ reason: 'keyword “x” (en)' }, (key) => key, 'zh')).toBe('keyword “x” (en)');
  });
});
