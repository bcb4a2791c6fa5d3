import { describe, expect, it } from 'vitest';
import { applyBuyerMessage, markTakenOver, recordSentReply, setAutoSend } from '../../../lib/conversation/session';
import { MIN, MON_10, settings } from './fixtures';

const s = settings();
const msg = { conversationId: 'c1', text: 'hi' };

describe('sessions', () => {
  it('starts a session with the first message, off by default', () => {
    const r = applyBuyerMessage(undefined, msg, MON_10, s);
    expect(r.isNewSession).toBe(true);
    expect(r.state).toMatchObject({
      conversationId: 'c1', sessionId: `c1:${MON_10}`, startedAt: MON_10, lastBuyerMessageAt: MON_10,
      buyerMessages: 1, welcomed: false, autoSendEnabled: false, takenOver: false, autoRepliesCount: 0,
    });
  });

  it('keeps the session up to exactly 30 minutes of silence, starts a new one after', () => {
    const first = applyBuyerMessage(undefined, msg, MON_10, s).state;
    const same = applyBuyerMessage(first, msg, MON_10 + 30 * MIN, s);
    expect(same.isNewSession).toBe(false);
    expect(same.state.sessionId).toBe(first.sessionId);
    expect(same.state.buyerMessages).toBe(2);
    const later = applyBuyerMessage(same.state, msg, MON_10 + 60 * MIN + 1, s);
    expect(later.isNewSession).toBe(true);
    expect(later.state.sessionId).toBe(`c1:${MON_10 + 60 * MIN + 1}`);
    expect(later.state.buyerMessages).toBe(1);
  });

  it('honours a custom context window', () => {
    const first = applyBuyerMessage(undefined, msg, MON_10, s).state;
    expect(applyBuyerMessage(first, msg, MON_10 + 6 * MIN, settings({ contextWindowSeconds: 300 })).isNewSession).toBe(true);
  });

  it('counts a reply as activity: silence runs from the last message of either side', () => {
    const first = applyBuyerMessage(undefined, msg, MON_10, s).state;
    const replied = recordSentReply(first, { text: 'ok', at: MON_10 + 20 * MIN, auto: false });
    expect(applyBuyerMessage(replied, msg, MON_10 + 45 * MIN, s).isNewSession).toBe(false);
  });

  it('carries the switches and the greeting cursor into the next session, nothing else', () => {
    let st = applyBuyerMessage(undefined, msg, MON_10, s).state;
    st = { ...setAutoSend(st, true), welcomed: true, welcomeVariantCursor: 2 };
    st = recordSentReply(st, { text: 'auto', at: MON_10, auto: true });
    st = markTakenOver(st);
    const next = applyBuyerMessage(st, msg, MON_10 + 2 * 60 * MIN, s).state;
    expect(next).toMatchObject({ autoSendEnabled: true, takenOver: true, welcomeVariantCursor: 2, welcomed: false, autoRepliesCount: 0, sentReplies: [] });
  });

  it('moves waiting questions to answered when a reply is sent, counting only automatic ones', () => {
    let st = applyBuyerMessage(undefined, msg, MON_10, s).state;
    st = { ...st, pendingQuestions: [{ key: 'where is my order', ruleId: 'track', at: MON_10 }] };
    st = recordSentReply(st, { text: 'On its way', at: MON_10 + MIN, auto: false });
    expect(st.answeredQuestions).toEqual([{ key: 'where is my order', ruleId: 'track', at: MON_10 }]);
    expect(st.pendingQuestions).toEqual([]);
    expect(st.autoRepliesCount).toBe(0);
    expect(recordSentReply(st, { text: 'x', at: MON_10 + 2 * MIN, auto: true }).autoRepliesCount).toBe(1);
  });

  it('turning auto-send on ends a takeover; turning it off keeps it', () => {
    const st = markTakenOver(applyBuyerMessage(undefined, msg, MON_10, s).state);
    expect(setAutoSend(st, false).takenOver).toBe(true);
    expect(setAutoSend(st, true)).toMatchObject({ takenOver: false, autoSendEnabled: true });
  });
});
