import { describe, expect, it } from 'vitest';
import { ConversationContextSchema, MAX_SKUS_IN_VIEW, RequestSchema, clip } from '../../../lib/messages/protocol';

describe('values read from the chat page are cut to their caps, never make the message invalid', () => {
  it('a page showing more than 50 SKUs: the first 50 are kept and the buyer message goes through', () => {
    const skusInView = Array.from({ length: 120 }, (_, i) => `SKU-${i}`);
    const parsed = RequestSchema.safeParse({ type: 'buyer-message', context: { conversationId: 'c1', skusInView }, messageKey: 'k', text: 'size?' });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.type === 'buyer-message' && parsed.data.context.skusInView).toEqual(skusInView.slice(0, MAX_SKUS_IN_VIEW));
  });

  it('long names, SKUs and message texts are cut, each to its own cap', () => {
    const context = ConversationContextSchema.parse({
      conversationId: 'c1',
      buyerName: 'B'.repeat(300),
      orderId: '9'.repeat(150),
      productName: 'P'.repeat(900),
      sku: 'S'.repeat(101),
      skusInView: ['X'.repeat(400)],
    });
    expect([context.buyerName, context.orderId, context.productName, context.sku, context.skusInView[0]].map((v) => v?.length)).toEqual([200, 100, 500, 100, 100]);
    const seller = RequestSchema.parse({ type: 'seller-message', conversationId: 'c1', text: 'x'.repeat(12_000) });
    expect(seller.type === 'seller-message' && seller.text.length).toBe(10_000);
  });

  it('never cuts a character in half', () => {
    expect(clip('ab😀', 3)).toBe('ab');
    expect(clip('ab😀', 4)).toBe('ab😀');
    expect(clip('short', 100)).toBe('short');
  });

  it('ids are still checked strictly: an empty conversation id is refused', () => {
    expect(ConversationContextSchema.safeParse({ conversationId: '' }).success).toBe(false);
  });
});
