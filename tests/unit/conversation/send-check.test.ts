import { describe, expect, it } from 'vitest';
import { checkSendPage, type SendPageFacts, type SendTarget } from '../../../lib/conversation/send-check';

const target: SendTarget = { conversationId: 'h|id:c1', buyerName: 'Anna', messageKey: 'h|id:c1|buyer|5:55 PM|5:abc|0' };
const page = (over: Partial<SendPageFacts> = {}): SendPageFacts => ({
  onScreenConversationId: 'h|id:c1', onScreenBuyerName: 'Anna', lastMessageKey: target.messageKey, composerText: '', agentActed: false, ...over,
});
const empty = { expect: 'empty' } as const;

describe('the page check before an automatic send', () => {
  it('passes when the same buyer message is still the last one and nobody touched the composer', () => {
    expect(checkSendPage(target, page(), empty)).toEqual({ ok: true });
    expect(checkSendPage(target, page({ composerText: ' \n' }), empty)).toEqual({ ok: true });
    expect(checkSendPage(target, page({ composerText: 'Hi  there\n' }), { expect: 'text', text: 'Hi there' })).toEqual({ ok: true });
  });

  it.each<[string, Partial<SendPageFacts>]>([
    ['wrong-conversation', { onScreenConversationId: 'h|id:c2' }],
    ['wrong-conversation', { onScreenConversationId: undefined }],
    ['other-buyer', { onScreenBuyerName: 'Anna K.' }],
    ['newer-message', { lastMessageKey: 'h|id:c1|seller|5:56 PM|9:def|0' }],
    ['agent-typing', { agentActed: true }],
    ['no-composer', { composerText: undefined }],
    ['composer-not-empty', { composerText: 'Let me che' }],
  ])('blocks with "%s"', (code, over) => {
    expect(checkSendPage(target, page(over), empty)).toEqual({ ok: false, blockedBy: code });
  });

  it('right before the click, the composer must hold exactly our reply', () => {
    const ours = { expect: 'text', text: 'Your order is on its way.' } as const;
    expect(checkSendPage(target, page({ composerText: 'Your order is on its way.x' }), ours)).toEqual({ ok: false, blockedBy: 'composer-changed' });
    expect(checkSendPage(target, page({ composerText: '' }), ours)).toEqual({ ok: false, blockedBy: 'composer-changed' });
  });
});
