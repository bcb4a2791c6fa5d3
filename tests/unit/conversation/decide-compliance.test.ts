import { describe, expect, it } from 'vitest';
import { decide, type DecideInput } from '../../../lib/conversation/decide';
import { MON_10, matched, offline, settings, suggestion, welcome } from './fixtures';

const base = (over: Partial<DecideInput> = {}): DecideInput => ({
  message: { conversationId: 'c1', text: 'hello' },
  now: MON_10,
  session: undefined,
  settings: settings({ shopName: 'Acme' }),
  match: matched([]),
  welcomeRules: [welcome],
  offlineRules: [offline],
  variables: { buyer_name: 'Ana', order_id: '5769123400987654321' },
  ...over,
});

describe('decide: compliance of the reply as the buyer reads it', () => {
  it('flags a page value that breaks the rules: still shown to the agent, naming the variable, never auto-sendable', () => {
    const [c] = decide(base({ variables: { buyer_name: '加微信 shop888' } })).candidates;
    expect(c.text).toBe('Hi 加微信 shop888!');
    expect(c.compliance.ok).toBe(false);
    expect(c.compliance.violations).toEqual([
      { rule: 'wechat', category: 'off-platform', index: 4, length: 2, match: '微信', variable: 'buyer_name' },
    ]);
    expect(c).toMatchObject({ autoSendEligible: false, autoSendBlockedBy: 'compliance' });
  });

  it('a page value equal to a banned word does not let the template\'s own word through', () => {
    const faq = suggestion('ask', 0.99, { replies: ['We never use Telegram. About {product_name}: ask here.'] });
    const [c] = decide(base({ match: matched([faq]), welcomeRules: [], variables: { product_name: 'Telegram' } })).candidates;
    expect(c.compliance.violations.map((v) => [v.rule, v.index, v.variable])).toEqual([
      ['telegram', 13, undefined],
      ['telegram', 29, 'product_name'],
    ]);
    expect(c.autoSendBlockedBy).toBe('compliance');
  });

  it('catches a disguise spread over the template and a value ("Whats" + "App")', () => {
    const faq = suggestion('ask', 0.99, { replies: ['Write us on Whats {sku}'] });
    const [c] = decide(base({ match: matched([faq]), welcomeRules: [], variables: { sku: 'App' } })).candidates;
    expect(c.compliance.violations).toMatchObject([{ rule: 'whatsapp', match: 'Whats App', variable: 'sku' }]);
  });

  it('an ordinary order id in the reply is no phone number, so the reply stays auto-sendable', () => {
    const faq = suggestion('track', 0.99);
    const [c] = decide(base({ match: matched([faq]), welcomeRules: [] })).candidates;
    expect(c.text).toBe('Answer of track for 5769123400987654321');
    expect(c.compliance).toEqual({ ok: true, violations: [] });
    expect(c.autoSendEligible).toBe(true);
  });
});
