import { describe, expect, it } from 'vitest';
import { confirmDelivery, evaluateAutoSend, GUARDS, type AutoSendContext } from '../../../lib/conversation/autosend';
import type { CandidateReply } from '../../../lib/conversation/candidate';
import { conversationShare, grayLaunchArm } from '../../../lib/conversation/gray';
import { newSession, recordSentReply } from '../../../lib/conversation/session';
import { MON_10, settings } from './fixtures';

const C1 = 'seller-us.tiktok.com|id:c1';

const candidate = (over: Partial<CandidateReply> = {}): CandidateReply => ({
  ruleId: 'track', packId: 'shop', kind: 'faq', priority: 0, score: 0.95, language: 'en',
  text: 'Your order 123 is on its way.', missing: [], compliance: { ok: true, violations: [] },
  reason: 'keyword “tracking” (en)', repeated: false, autoSendEligible: true, ...over,
});

const ok = (): AutoSendContext => ({
  settings: settings(),
  session: { ...newSession(C1, MON_10), autoSendEnabled: true },
  conversationId: C1,
  candidate: candidate(),
});

describe('auto-send guards', () => {
  it('sends when every guard passes', () => {
    expect(evaluateAutoSend(ok())).toEqual({ allowed: true });
  });

  const c = ok();
  it.each<[string, AutoSendContext]>([
    ['global-pause', { ...c, settings: settings({ globalAutoSendPaused: true }) }],
    ['conversation-auto-send-off', { ...c, session: newSession(C1, MON_10) }],
    ['taken-over', { ...c, session: { ...c.session, takenOver: true } }],
    ['no-candidate', { ...c, candidate: undefined }],
    ['confidence', { ...c, candidate: candidate({ score: 0.919 }) }],
    ['missing-variables', { ...c, candidate: candidate({ missing: ['order_id'] }) }],
    ['compliance', { ...c, candidate: candidate({ compliance: { ok: false, violations: [{ rule: 'whatsapp', category: 'off-platform', index: 0, length: 8, match: 'WhatsApp' }] } }) }],
    ['repeated-question', { ...c, candidate: candidate({ repeated: true }) }],
    ['already-sent', { ...c, session: recordSentReply(c.session, { text: ' Your order 123  is on its way.', at: MON_10, auto: false }) }],
    ['session-limit', { ...c, session: { ...c.session, autoRepliesCount: 3 } }],
    ['name-only-id', { ...c, conversationId: 'seller-us.tiktok.com|name:Anna' }],
    ['gray-launch', { ...c, settings: settings({ grayLaunchShare: 0 }) }],
  ])('blocks with "%s"', (name, ctx) => {
    const d = evaluateAutoSend(ctx);
    expect(d.allowed).toBe(false);
    expect(d.allowed === false && d.blockedBy).toBe(name);
  });

  it('reports codes with values, never sentences', () => {
    expect(evaluateAutoSend({ ...c, candidate: candidate({ score: 0.5 }) })).toEqual({ allowed: false, blockedBy: 'confidence', values: { score: 0.5, threshold: 0.92 } });
    expect(evaluateAutoSend({ ...c, session: { ...c.session, autoRepliesCount: 3 } })).toEqual({ allowed: false, blockedBy: 'session-limit', values: { count: 3, limit: 3 } });
  });

  it('a name-only id sends only on a site whose supervisor accepted that risk, and an id of another shape never', () => {
    const anna = { ...c, conversationId: 'seller-us.tiktok.com|name:Anna' };
    expect(evaluateAutoSend(anna)).toEqual({ allowed: false, blockedBy: 'name-only-id', values: { site: 'seller-us.tiktok.com' } });
    expect(evaluateAutoSend({ ...anna, settings: settings({ nameOnlyAutoSendSites: ['seller-uk.tiktok.com'] }) }).allowed).toBe(false);
    expect(evaluateAutoSend({ ...anna, settings: settings({ nameOnlyAutoSendSites: ['Seller-US.tiktok.com'] }) }).allowed).toBe(true);
    expect(evaluateAutoSend({ ...c, conversationId: 'name:Anna' })).toMatchObject({ allowed: false, blockedBy: 'name-only-id' });
  });

  it('evaluates in the documented order and names the first guard that blocks', () => {
    expect(GUARDS.map((g) => g.name)).toEqual([
      'global-pause', 'conversation-auto-send-off', 'taken-over', 'name-only-id', 'no-candidate', 'confidence', 'missing-variables',
      'compliance', 'repeated-question', 'already-sent', 'session-limit', 'gray-launch',
    ]);
    const d = evaluateAutoSend({ ...ok(), candidate: candidate({ score: 0.1 }), session: { ...ok().session, takenOver: true } });
    expect(d).toMatchObject({ allowed: false, blockedBy: 'taken-over' });
  });

  it('the score exactly at the confidence sends; the session limit counts automatic replies only', () => {
    expect(evaluateAutoSend({ ...ok(), candidate: candidate({ score: 0.92 }) }).allowed).toBe(true);
    const manual = recordSentReply(ok().session, { text: 'other', at: MON_10, auto: false });
    expect(evaluateAutoSend({ ...ok(), session: { ...manual, autoRepliesCount: 2 } }).allowed).toBe(true);
  });
});

describe('gray launch', () => {
  const ids = Array.from({ length: 2000 }, (_, i) => `seller-us.tiktok.com|id:conv-${i}`);

  it('is deterministic per conversation and monotone in the share', () => {
    expect(conversationShare(ids[42])).toBe(conversationShare(ids[42]));
    expect(conversationShare(ids[42])).not.toBe(conversationShare(ids[43]));
    for (const id of ids.slice(0, 200)) {
      if (grayLaunchArm(id, 0.2) === 'in') expect(grayLaunchArm(id, 0.5)).toBe('in');
    }
    expect(ids.every((id) => grayLaunchArm(id, 1) === 'in')).toBe(true);
    expect(ids.every((id) => grayLaunchArm(id, 0) === 'out')).toBe(true);
  });

  it('puts roughly the share of conversations inside', () => {
    const inside = ids.filter((id) => grayLaunchArm(id, 0.3) === 'in').length / ids.length;
    expect(inside).toBeGreaterThan(0.25);
    expect(inside).toBeLessThan(0.35);
  });

  it('lets the guard follow the arm', () => {
    const id = ids.find((i) => grayLaunchArm(i, 0.3) === 'out')!;
    const ctx = { ...ok(), conversationId: id, settings: settings({ grayLaunchShare: 0.3 }) };
    expect(evaluateAutoSend(ctx)).toMatchObject({ allowed: false, blockedBy: 'gray-launch' });
    const inId = ids.find((i) => grayLaunchArm(i, 0.3) === 'in')!;
    expect(evaluateAutoSend({ ...ctx, conversationId: inId }).allowed).toBe(true);
  });
});

describe('confirmDelivery', () => {
  const text = 'Your order is on its way.';
  const before = { composerText: text, ownBubbles: ['Hi!'] };

  it('confirms when the composer is cleared and our bubble appeared', () => {
    expect(confirmDelivery(text, before, { composerText: '', ownBubbles: ['Hi!', 'Your order is on its way. '] })).toEqual({ status: 'confirmed' });
  });

  it('is unconfirmed, never retried, when the composer still holds text or no new bubble shows', () => {
    expect(confirmDelivery(text, before, { composerText: text, ownBubbles: ['Hi!', text] })).toMatchObject({ status: 'unconfirmed', retry: false, reason: 'composer-not-cleared' });
    expect(confirmDelivery(text, before, { composerText: '', ownBubbles: ['Hi!'] })).toMatchObject({ status: 'unconfirmed', retry: false, reason: 'no-new-bubble' });
  });

  it('needs one more bubble than before when the same text was sent earlier', () => {
    const earlier = { composerText: text, ownBubbles: [text] };
    expect(confirmDelivery(text, earlier, { composerText: '', ownBubbles: [text] }).status).toBe('unconfirmed');
    expect(confirmDelivery(text, earlier, { composerText: '', ownBubbles: [text, text] }).status).toBe('confirmed');
  });
});
