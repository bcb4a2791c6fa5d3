// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ROLES, SiteProfileSchema, tiktokShopProfile } from '../../../lib/sites';

describe('the TikTok Shop profile', () => {
  it('is valid data with at least one selector per role', () => {
    expect(SiteProfileSchema.safeParse(tiktokShopProfile).success).toBe(true);
    for (const role of ROLES) expect(tiktokShopProfile.selectors[role].length, role).toBeGreaterThan(0);
  });

  it('has only selectors a browser accepts', () => {
    for (const role of ROLES) {
      for (const selector of tiktokShopProfile.selectors[role]) {
        expect(() => document.querySelector(selector), `${role}: ${selector}`).not.toThrow();
      }
    }
  });

  it('keeps the selectors the public automation code names as primaries', () => {
    const s = tiktokShopProfile.selectors;
    expect(s.conversationCard[0]).toBe('[data-testid="chat.chatroom.conversation_card"]');
    expect(s.conversationName[0]).toBe('[data-testid="chat.chatroom.conversation_card_username"]');
    expect(s.unreadBadge[0]).toBe('.p-badge-number');
    expect(s.messageCard[0]).toBe('[data-testid="chat.chatroom.message_card"]');
    expect(s.buyerBubble[0]).toBe('.chatd-bubble-main--other');
    expect(s.sellerBubble[0]).toBe('.chatd-bubble-main--self');
    expect(s.messageText[0]).toBe('.chatd-message-body-info-message pre');
    expect(s.sendButton[0]).toBe('#chat-input-send-button');
  });
});

describe('SiteProfileSchema', () => {
  const valid = {
    id: 'x',
    name: 'X',
    matches: ['https://x.test/*'],
    selectors: Object.fromEntries(ROLES.map((r) => [r, [`.${r}`]])),
    required: ['messageCard', 'composer'],
  };

  it('fills defaults', () => {
    const parsed = SiteProfileSchema.parse(valid);
    expect(parsed.conversationIdAttributes).toEqual([]);
    expect(parsed.valueLabels).toEqual([]);
  });

  it('refuses a role without selectors, an empty selector and an unknown requirement', () => {
    const { messageCard: _, ...withoutCard } = valid.selectors;
    expect(SiteProfileSchema.safeParse({ ...valid, selectors: withoutCard }).success).toBe(false);
    expect(SiteProfileSchema.safeParse({ ...valid, selectors: { ...valid.selectors, sku: [] } }).success).toBe(false);
    expect(SiteProfileSchema.safeParse({ ...valid, selectors: { ...valid.selectors, sku: ['  '] } }).success).toBe(false);
    expect(SiteProfileSchema.safeParse({ ...valid, required: ['header'] }).success).toBe(false);
    expect(SiteProfileSchema.safeParse({ ...valid, id: 'Has Spaces' }).success).toBe(false);
  });
});
