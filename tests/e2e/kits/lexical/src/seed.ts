import { conversation, history } from '../../shared/seed';
import type { KitConversation } from '../../shared/model';

/** Messages in the long thread: far more than a virtualised list keeps in the DOM. */
export const LONG_HISTORY = 320;

/** Two threads share the buyer name "Maria Garcia": only their ids tell them apart. */
export function seedConversations(): KitConversation[] {
  return [
    conversation('t-201', 'Maria Garcia', history('t-201', LONG_HISTORY)),
    conversation('t-202', 'Ken Watanabe', history('t-202', 12, 'shop')),
    conversation('t-203', 'Maria Garcia', history('t-203', 5), 2),
    conversation('t-204', 'Amelia Brown', history('t-204', 40, 'shop')),
  ];
}
