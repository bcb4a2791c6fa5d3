import { describe, expect, it } from 'vitest';
import { CLAIM_MAX_AGE_MS, decideClaim, type ClaimInput } from '../../../lib/conversation/claim';
import { newSession, recordSentReply } from '../../../lib/conversation/session';
import { MON_10, settings } from './fixtures';

const C1 = 'seller-us.tiktok.com|id:c1';
const reply = { ruleId: 'track', packId: 'shop', text: 'Your order is on its way.' };

const input = (over: Partial<ClaimInput> = {}): ClaimInput => ({
  settings: settings(),
  session: { ...newSession(C1, MON_10), autoSendEnabled: true },
  conversationId: C1,
  offered: { ...reply, decidedAt: MON_10 },
  requested: reply,
  claimed: false,
  now: MON_10 + 1500,
  ...over,
});

describe('the claim to send automatically', () => {
  it('is granted once, and records the reply as sent at that moment', () => {
    const d = decideClaim(input());
    expect(d.granted).toBe(true);
    if (!d.granted) return;
    expect(d.session.autoRepliesCount).toBe(1);
    expect(d.session.sentReplies).toEqual([{ text: reply.text, at: MON_10 + 1500, auto: true, ruleId: 'track' }]);
  });

  it.each<[string, Partial<ClaimInput>]>([
    ['already-claimed', { claimed: true }],
    ['not-offered', { offered: undefined }],
    ['not-offered', { requested: { ...reply, text: 'Something else' } }],
    ['stale-decision', { now: MON_10 + CLAIM_MAX_AGE_MS + 1 }],
    ['global-pause', { settings: settings({ globalAutoSendPaused: true }) }],
    ['conversation-auto-send-off', { session: newSession(C1, MON_10) }],
    ['conversation-auto-send-off', { session: undefined }],
    ['taken-over', { session: { ...newSession(C1, MON_10), autoSendEnabled: true, takenOver: true } }],
    ['name-only-id', { conversationId: 'seller-us.tiktok.com|name:Anna' }],
    ['session-limit', { session: { ...newSession(C1, MON_10), autoSendEnabled: true, autoRepliesCount: 3 } }],
    ['gray-launch', { settings: settings({ grayLaunchShare: 0 }) }],
  ])('is refused with "%s"', (guard, over) => {
    expect(decideClaim(input(over))).toMatchObject({ granted: false, blockedBy: guard });
  });

  it('is refused when the same reply was sent in the session meanwhile, by the agent or automatically', () => {
    const session = recordSentReply({ ...newSession(C1, MON_10), autoSendEnabled: true }, { text: 'your order is on  its way.', at: MON_10 + 1000, auto: false });
    expect(decideClaim(input({ session: { ...session, sentReplies: [{ ...session.sentReplies[0], text: ' Your order is on its way. ' }] } }))).toMatchObject({ granted: false, blockedBy: 'already-sent' });
  });

  it('counts each granted claim, so a fourth quick message over the limit of three is refused', () => {
    let session = input().session!;
    const results: boolean[] = [];
    for (let i = 0; i < 4; i++) {
      const text = `Reply ${i}`;
      const d = decideClaim(input({ session, offered: { ...reply, text, decidedAt: MON_10 }, requested: { ...reply, text } }));
      results.push(d.granted);
      if (d.granted) session = d.session;
    }
    expect(results).toEqual([true, true, true, false]);
  });
});
