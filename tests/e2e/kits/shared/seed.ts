import type { KitConversation, KitMessage, Sender } from './model';

/** All seeded history lies before this instant, one message a minute. */
const HISTORY_END = Date.UTC(2026, 10, 30, 18, 0);

const BUYER_LINES = [
  'Hi, is this still in stock?',
  'When will my order ship?',
  'Can I change the size to M?',
  'The tracking number does not work.',
  'Do you ship to Canada?',
  'My parcel arrived damaged.',
  'Is there a discount for two items?',
  'Which colour is closest to the photo?',
];
const SHOP_LINES = [
  'Hello! Yes, it is in stock.',
  'It ships within 2 business days.',
  'Sure, I have changed it for you.',
  'Let me check that for you.',
  'Thank you for your patience!',
  'We are sorry about that, we will send a replacement.',
];

/** A deterministic history: the same text and times on every load, so captures stay stable. */
export function history(conversationId: string, count: number, lastFrom: Sender = 'buyer'): KitMessage[] {
  const messages: KitMessage[] = [];
  for (let i = 0; i < count; i++) {
    // Alternate senders, ending with `lastFrom`.
    const from: Sender = (count - 1 - i) % 2 === 0 ? lastFrom : lastFrom === 'buyer' ? 'shop' : 'buyer';
    const lines = from === 'buyer' ? BUYER_LINES : SHOP_LINES;
    messages.push({
      id: `${conversationId}-h${i}`,
      from,
      text: `${lines[(i * 7 + conversationId.length) % lines.length]} (#${i + 1})`,
      at: HISTORY_END - (count - i) * 60_000,
    });
  }
  return messages;
}

export function conversation(id: string, buyer: string, messages: KitMessage[], unread = 0): KitConversation {
  return { id, buyer, messages, unread };
}
