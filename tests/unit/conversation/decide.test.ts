import { describe, expect, it } from 'vitest';
import { decide, type DecideInput } from '../../../lib/conversation/decide';
import { recordSentReply, type SessionState } from '../../../lib/conversation/session';
import { MIN, MON_10, matched, offline, rule, settings, suggestion, welcome } from './fixtures';

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

/** Runs messages one after another, as the worker would, returning every decision. */
function conversation(times: number[], over: Partial<DecideInput> = {}) {
  let session: SessionState | undefined;
  return times.map((now) => {
    const d = decide(base({ ...over, now, session }));
    session = d.session;
    return d;
  });
}

describe('decide: welcome', () => {
  it('greets the first message of a session once, explaining why', () => {
    const [first, second] = conversation([MON_10, MON_10 + MIN]);
    expect(first.candidates).toHaveLength(1);
    expect(first.candidates[0]).toMatchObject({
      ruleId: 'welcome', kind: 'welcome', text: 'Hi Ana!', score: 1, missing: [], language: 'en',
      reason: 'welcome: first message of the session (variant 1 of 3)',
    });
    expect(first.session.welcomed).toBe(true);
    expect(second.candidates).toEqual([]);
  });

  it('rotates variants across sessions (new session after 30 minutes of silence)', () => {
    const gap = 31 * MIN;
    const ds = conversation([MON_10, MON_10 + gap, MON_10 + 2 * gap, MON_10 + 3 * gap]);
    expect(ds.map((d) => d.isNewSession)).toEqual([true, true, true, true]);
    expect(ds.map((d) => d.candidates[0].text)).toEqual(['Hi Ana!', 'Hello Ana!', 'Welcome Ana!', 'Hi Ana!']);
  });

  it('does not greet again within the window', () => {
    const ds = conversation([MON_10, MON_10 + 29 * MIN]);
    expect(ds[1].isNewSession).toBe(false);
    expect(ds[1].candidates.some((c) => c.kind === 'welcome')).toBe(false);
  });

  it('greets in the buyer language, or the pack default when the rule lacks it', () => {
    expect(decide(base({ match: matched([], 'zh') })).candidates[0].text).toBe('您好');
    const fr = decide(base({ match: matched([], 'fr') })).candidates[0];
    expect([fr.language, fr.text]).toEqual(['en', 'Hi Ana!']);
  });

  it('leaves an unfilled variable in place and reports it', () => {
    const c = decide(base({ variables: {} })).candidates[0];
    expect(c.text).toBe('Hi {buyer_name}!');
    expect(c.missing).toEqual(['buyer_name']);
    expect(c.autoSendEligible).toBe(false);
    expect(c.autoSendBlockedBy).toBe('missing-variables');
  });
});

describe('decide: outside working hours', () => {
  const saturday = Date.UTC(2025, 2, 8, 12, 0); // closed all day by default

  it('offers the offline reply with the next opening instead of a greeting, and queues a follow-up', () => {
    const d = decide(base({ now: saturday }));
    expect(d.withinHours).toBe(false);
    expect(d.candidates).toHaveLength(1);
    expect(d.candidates[0]).toMatchObject({
      ruleId: 'offline', kind: 'offline',
      text: 'Thanks Ana, we are offline now. We will reply from Monday 09:00.',
      reason: 'outside working hours: next opening Monday 09:00',
    });
    expect(d.followUp).toEqual({
      conversationId: 'c1', sessionId: d.session.sessionId, queuedAt: saturday,
      deadline: saturday + 120 * MIN, nextOpeningAt: Date.UTC(2025, 2, 10, 9, 0),
    });
    expect(d.events.map((e) => e.type)).toEqual(['buyer-message', 'offline-queued']);
  });

  it('answers offline once per session', () => {
    const [, again] = conversation([saturday, saturday + 5 * MIN]);
    expect(again.candidates).toEqual([]);
    expect(again.followUp).toBeUndefined();
  });

  it('shows the offline reply as written when the shop turned the sentence off', () => {
    const d = decide(base({ now: saturday, settings: settings({ appendNextOpening: false }) }));
    expect(d.candidates[0].text).toBe('Thanks Ana, we are offline now.');
  });

  it('still greets when there is no offline reply, and still queues', () => {
    const d = decide(base({ now: saturday, offlineRules: [] }));
    expect(d.candidates.map((c) => c.kind)).toEqual(['welcome']);
    expect(d.followUp?.deadline).toBe(saturday + 120 * MIN);
  });

  it('uses the shop time zone: Monday 10:00 UTC is 06:00 in New York', () => {
    const d = decide(base({ settings: settings({ timeZone: 'America/New_York' }) }));
    expect(d.withinHours).toBe(false);
    expect(d.candidates[0].text).toContain('We will reply from today 09:00.');
  });
});

describe('decide: faq and repeated questions', () => {
  const track = matched([suggestion('track', 0.95)]);

  it('renders faq answers with their reason after the greeting', () => {
    const d = decide(base({ match: track }));
    expect(d.candidates.map((c) => c.ruleId)).toEqual(['welcome', 'track']);
    expect(d.candidates[1]).toMatchObject({ text: 'Answer of track for 5769123400987654321', reason: 'keyword “tracking” (en)', repeated: false });
    expect(d.candidates[1].compliance.ok).toBe(true); // the 19-digit order id is no phone number
    expect(d.session.pendingQuestions).toEqual([{ key: 'hello', ruleId: 'track', at: MON_10 }]);
  });

  it('flags the same question asked again after it was answered: shown, not auto-sendable, recorded', () => {
    const first = decide(base({ match: track, message: { conversationId: 'c1', text: 'Where is my order?' } }));
    const answered = recordSentReply(first.session, { text: first.candidates[1].text, at: MON_10 + MIN, auto: false, ruleId: 'track' });
    const again = decide(base({ match: track, session: answered, now: MON_10 + 5 * MIN, message: { conversationId: 'c1', text: 'where is my order??' } }));
    expect(again.candidates).toHaveLength(1);
    expect(again.candidates[0]).toMatchObject({ ruleId: 'track', repeated: true, autoSendEligible: false, autoSendBlockedBy: 'repeated-question' });
    expect(again.candidates[0].reason).toMatch(/^repeated question/);
    expect(again.events.find((e) => e.type === 'repeated-question')).toMatchObject({ ruleId: 'track', sessionId: first.session.sessionId });
  });

  it('does not call a question repeated before anyone answered it, nor in a new session', () => {
    const first = decide(base({ match: track }));
    const unanswered = decide(base({ match: track, session: first.session, now: MON_10 + MIN }));
    expect(unanswered.candidates[0].repeated).toBe(false);
    const answered = recordSentReply(first.session, { text: 'x', at: MON_10 + MIN, auto: false });
    const nextSession = decide(base({ match: track, session: answered, now: MON_10 + 40 * MIN }));
    expect(nextSession.isNewSession).toBe(true);
    expect(nextSession.candidates.find((c) => c.ruleId === 'track')?.repeated).toBe(false);
  });

  it('drops faq suggestions under the shop-wide threshold', () => {
    const d = decide(base({ match: matched([suggestion('a', 0.9), suggestion('b', 0.86)]), settings: settings({ suggestionThreshold: 0.88, autoSendConfidence: 0.95 }) }));
    expect(d.candidates.map((c) => c.ruleId)).toEqual(['welcome', 'a']);
  });

  it('marks auto-send eligibility from the reply alone', () => {
    const d = decide(base({ match: matched([suggestion('hi', 0.97), suggestion('lo', 0.9)]), welcomeRules: [] }));
    expect(d.candidates.map((c) => [c.ruleId, c.autoSendEligible, c.autoSendBlockedBy])).toEqual([
      ['hi', true, undefined],
      ['lo', false, 'confidence'],
    ]);
  });

  it('checks compliance of the rendered text with the pack phrases', () => {
    const bad = suggestion('bad', 0.99, { replies: ['Add our WhatsApp for a discount code'] });
    const d = decide(base({ match: matched([bad]), welcomeRules: [], bannedPhrases: { en: ['discount code'] } }));
    expect(d.candidates[0].compliance.violations.map((v) => v.rule)).toEqual(['whatsapp', 'discount code']);
    expect(d.candidates[0].autoSendBlockedBy).toBe('compliance');
  });
});

describe('decide: questions without an answer', () => {
  it('keeps the text of a question that got at most a greeting, and none of one that got an answer', () => {
    const greeted = decide(base({ message: { conversationId: 'c1', text: '  Do you ship to Canada? ' } }));
    expect(greeted.candidates.map((c) => c.kind)).toEqual(['welcome']);
    expect(greeted.events.find((e) => e.type === 'unanswered')).toMatchObject({ text: 'Do you ship to Canada?', language: 'en', sessionId: greeted.session.sessionId });
    const answered = decide(base({ match: matched([suggestion('track', 0.95)]) }));
    expect(answered.events.some((e) => e.type === 'unanswered')).toBe(false);
  });

  it('keeps at most 500 characters of it', () => {
    const d = decide(base({ message: { conversationId: 'c1', text: 'x'.repeat(900) } }));
    const e = d.events.find((e) => e.type === 'unanswered');
    expect(e?.type === 'unanswered' && e.text.length).toBe(500);
  });
});

describe('decide: priority', () => {
  it('keeps the matcher\'s faq order and places greetings by priority, then score, then rule id', () => {
    const sugg = [suggestion('top', 0.99), suggestion('a-rule', 0.9), suggestion('pri', 0.89, { priority: 3 })];
    const at = (priority: number) =>
      decide(base({ match: matched(sugg), welcomeRules: [rule({ id: 'hello', kind: 'welcome', priority, replies: { en: ['Hi', 'Hey', 'Yo'] } })] }))
        .candidates.map((c) => c.ruleId);
    expect(at(0)).toEqual(['hello', 'top', 'a-rule']); // equal priority: score 1 beats 0.99
    expect(at(-1)).toEqual(['top', 'a-rule', 'pri']);
    expect(at(3)).toEqual(['hello', 'top', 'a-rule']);
    expect(decide(base({ match: matched(sugg), welcomeRules: [] })).candidates.map((c) => c.ruleId)).toEqual(['top', 'a-rule', 'pri']);
  });

  it('gives the same answer for the same input, every time', () => {
    const input = base({ match: matched([suggestion('x', 0.95), suggestion('y', 0.95)]) });
    const first = decide(input);
    for (let i = 0; i < 5; i++) expect(decide(input)).toEqual(first);
  });

  it('puts a higher-priority faq answer above the offline reply, and breaks a full tie by rule id', () => {
    const sat = Date.UTC(2025, 2, 8, 12);
    const off = rule({ id: 'm-off', kind: 'offline', replies: { en: ['Closed.'] } });
    const order = (s: ReturnType<typeof suggestion>) =>
      decide(base({ now: sat, offlineRules: [off], match: matched([s]) })).candidates.map((c) => c.ruleId);
    expect(order(suggestion('z', 0.9, { priority: 1 }))).toEqual(['z', 'm-off']);
    expect(order(suggestion('z', 1))).toEqual(['m-off', 'z']);
    expect(order(suggestion('a', 1))).toEqual(['a', 'm-off']);
  });

  it('picks the welcome rule by priority, then id, never by list order', () => {
    const a = rule({ id: 'w-a', kind: 'welcome', replies: { en: ['A'] } });
    const b = rule({ id: 'w-b', kind: 'welcome', replies: { en: ['B'] } });
    const c = rule({ id: 'w-c', kind: 'welcome', priority: 2, replies: { en: ['C'] } });
    expect(decide(base({ welcomeRules: [b, a] })).candidates[0].ruleId).toBe('w-a');
    expect(decide(base({ welcomeRules: [a, b, c] })).candidates[0].ruleId).toBe('w-c');
  });

  it('applies SKU-scoped welcome rules only to their products', () => {
    const scoped = rule({ id: 'w-sku', kind: 'welcome', priority: 9, skus: ['SKU-1'], replies: { en: ['About SKU-1!'] } });
    expect(decide(base({ welcomeRules: [welcome, scoped] })).candidates[0].ruleId).toBe('welcome');
    expect(decide(base({ welcomeRules: [welcome, scoped], variables: { buyer_name: 'Ana', sku: 'SKU-1' } })).candidates[0].ruleId).toBe('w-sku');
  });
});
