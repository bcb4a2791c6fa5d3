import { describe, expect, it } from 'vitest';
import { ConversationEventSchema } from '../../../lib/conversation/events';
import { decide } from '../../../lib/conversation/decide';
import { matched, settings, welcome, offline } from './fixtures';

describe('event schema', () => {
  it('accepts every outcome and requires the guard of a blocked send and the deadline of an offline queue', () => {
    for (const type of ['shown', 'accepted', 'edited-then-sent', 'overridden', 'dismissed', 'auto-sent', 'auto-unconfirmed', 'repeated-question', 'taken-over'] as const) {
      expect(ConversationEventSchema.safeParse({ type, at: 1, conversationId: 'c', sessionId: 's' }).success).toBe(true);
    }
    expect(ConversationEventSchema.safeParse({ type: 'blocked', at: 1, conversationId: 'c', sessionId: 's' }).success).toBe(false);
    expect(ConversationEventSchema.safeParse({ type: 'blocked', at: 1, conversationId: 'c', sessionId: 's', guard: 'composer-not-empty' }).success).toBe(true);
    expect(ConversationEventSchema.safeParse({ type: 'offline-queued', at: 1, conversationId: 'c', sessionId: 's' }).success).toBe(false);
    expect(ConversationEventSchema.safeParse({ type: 'clicked', at: 1, conversationId: 'c', sessionId: 's' }).success).toBe(false);
  });

  it('the decision engine emits valid events with the gray-launch arm', () => {
    const d = decide({
      message: { conversationId: 'c1', text: 'hi' }, now: Date.UTC(2025, 2, 8, 12), session: undefined,
      settings: settings(), match: matched([]), welcomeRules: [welcome], offlineRules: [offline],
    });
    for (const e of d.events) expect(ConversationEventSchema.parse(e)).toEqual(e);
    expect(d.events.every((e) => e.grayArm === 'in')).toBe(true);
  });
});
