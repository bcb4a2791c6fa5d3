import type { ConversationEvent } from '../../../lib/conversation/events';

const SEC = 1000;
export const DAY = 24 * 3600 * SEC;

/**
 * A shop's event history: `days` days before `end`, a few sessions a day in both gray-launch
 * arms, with every kind of outcome (accepted, edited, overridden, dismissed, auto-sent then taken
 * over, blocked, repeated questions), some sessions crossing midnight. Deterministic.
 */
export function shopHistory(end: number, days: number, perDay = 4): ConversationEvent[] {
  const events: ConversationEvent[] = [];
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let d = days; d >= 1; d--) {
    for (let k = 0; k < perDay; k++) {
      const conversationId = `buyer-${(d * 7 + k) % 23}`;
      // The last session of a day starts 10 minutes before midnight, so it crosses into the next day.
      const start = end - d * DAY + (k === perDay - 1 ? DAY - 10 * 60 * SEC : Math.floor(rand() * 20 * 3600 * SEC));
      const sessionId = `${conversationId}:${start}`;
      const grayArm = rand() < 0.5 ? ('in' as const) : ('out' as const);
      const base = { conversationId, sessionId, grayArm };
      const ruleId = ['order-tracking', 'shipping-time', 'welcome'][k % 3];
      let at = start;
      const add = (type: ConversationEvent['type'], gap: number, extra: object = {}) => {
        at += gap;
        events.push({ ...base, type, at, ...extra } as ConversationEvent);
      };
      add('buyer-message', 0);
      add('shown', SEC, { ruleId, packId: 'shopreply-starter' });
      const outcome = Math.floor(rand() * 6);
      const wait = Math.floor(rand() * 300) * SEC;
      if (outcome === 0) add('accepted', wait, { ruleId });
      else if (outcome === 1) add('edited-then-sent', wait, { ruleId });
      else if (outcome === 2) add('overridden', wait, { ruleId: 'shipping-time' });
      else if (outcome === 3) add('dismissed', wait, { ruleId });
      else if (outcome === 4) {
        add('auto-sent', 2 * SEC, { ruleId });
        add('repeated-question', 60 * SEC);
        add('taken-over', 30 * SEC);
      } else add('blocked', SEC, { ruleId, guard: 'gray-launch' });
      if (rand() < 0.3) {
        add('buyer-message', 20 * 60 * SEC);
        add('accepted', 40 * SEC, { ruleId });
      }
    }
  }
  return events;
}
