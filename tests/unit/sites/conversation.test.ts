// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cleanValue, parseConversationId, readConversation, tiktokShopProfile as profile } from '../../../lib/sites';
import { loadCapture } from './captures';

const SITE = 'seller-us.tiktok.com';

describe('readConversation', () => {
  it('reads the open conversation of the demo chat', () => {
    expect(readConversation(loadCapture('default'), profile, SITE)).toEqual({
      conversationId: 'seller-us.tiktok.com|id:c-7301',
      buyerName: 'Emily Carter',
      orderId: '576894223136313201',
      productName: 'Oversized Cotton Hoodie',
      sku: 'HD-OVS-BLK-M',
      skusInView: ['HD-OVS-BLK-M'],
    });
  });

  it('takes the order’s product and lists shared products’ SKUs too', () => {
    expect(readConversation(loadCapture('other-conversation'), profile, SITE)).toEqual({
      conversationId: 'seller-us.tiktok.com|id:c-7303',
      buyerName: 'Sofía Martínez',
      orderId: '576894223136550377',
      productName: 'Insulated Steel Water Bottle 750 ml',
      sku: 'WB-750-SLV',
      skusInView: ['WB-750-SLV'],
    });
  });

  it('falls back to the buyer name when the page has no conversation id attribute', () => {
    const doc = loadCapture('contenteditable');
    doc.querySelectorAll('[data-conversation-id]').forEach((el) => el.removeAttribute('data-conversation-id'));
    expect(readConversation(doc, profile, SITE)).toMatchObject({ conversationId: 'seller-us.tiktok.com|name:李伟', buyerName: '李伟' });
  });

  it('takes the name from the active card when the header has none', () => {
    const doc = loadCapture('default');
    doc.querySelector('[data-testid="chat.chatroom.header_username"]')!.remove();
    doc.querySelectorAll('[data-conversation-id]').forEach((el) => el.removeAttribute('data-conversation-id'));
    expect(readConversation(doc, profile, SITE)).toMatchObject({ conversationId: 'seller-us.tiktok.com|name:Emily Carter', buyerName: 'Emily Carter' });
  });

  it('leaves out order details the conversation does not have', () => {
    const doc = loadCapture('default');
    doc.querySelector('[data-testid="chat.chatroom.order_card"]')!.remove();
    const read = readConversation(doc, profile, SITE)!;
    expect(read.orderId).toBeUndefined();
    expect(read.sku).toBeUndefined();
    expect(read.skusInView).toEqual([]);
  });

  it('reads the fallback-only page, without the printed labels', () => {
    expect(readConversation(loadCapture('fallback-only'), profile, SITE)).toEqual({
      conversationId: 'seller-us.tiktok.com|name:Ana Souza',
      buyerName: 'Ana Souza',
      orderId: '577001234567890123',
      productName: 'Linen Summer Dress',
      sku: 'DR-LIN-BLU-S',
      skusInView: ['DR-LIN-BLU-M', 'DR-LIN-BLU-S'],
    });
  });

  it('is null when no conversation is open or the page is unreadable', () => {
    expect(readConversation(loadCapture('no-conversation'), profile, SITE)).toBeNull();
    expect(readConversation(loadCapture('redesigned'), profile, SITE)).toBeNull();
  });
});

describe('conversation ids', () => {
  it('include the site, so two regional shops never share a conversation', () => {
    const us = readConversation(loadCapture('default'), profile, 'seller-us.tiktok.com')!.conversationId;
    const uk = readConversation(loadCapture('default'), profile, 'Seller-UK.tiktok.com')!.conversationId;
    expect(us).not.toBe(uk);
    expect(parseConversationId(uk)).toEqual({ site: 'seller-uk.tiktok.com', kind: 'id', value: 'c-7301' });
  });

  it('mark an id made of the buyer name as name-only', () => {
    const doc = loadCapture('default');
    doc.querySelectorAll('[data-conversation-id]').forEach((el) => el.removeAttribute('data-conversation-id'));
    const id = readConversation(doc, profile, SITE)!.conversationId;
    expect(parseConversationId(id)).toEqual({ site: SITE, kind: 'name', value: 'Emily Carter' });
  });

  it('parse nothing from ids of another shape', () => {
    expect(parseConversationId('id:c-7301')).toBeNull();
    expect(parseConversationId('name:Anna')).toBeNull();
    expect(parseConversationId('preview:x')).toBeNull();
  });
});

describe('cleanValue', () => {
  const labels = ['Order ID', 'Order', 'SKU', '订单号'];
  it('removes a leading label and its separator', () => {
    expect(cleanValue('Order ID: 5768', labels)).toBe('5768');
    expect(cleanValue('SKU：HD-1', labels)).toBe('HD-1');
    expect(cleanValue('订单号 5768', labels)).toBe('5768');
    expect(cleanValue('Order #42', labels)).toBe('42');
  });
  it('keeps values that only start like a label', () => {
    expect(cleanValue('SKUNK-01', labels)).toBe('SKUNK-01');
    expect(cleanValue('  HD-OVS  ', labels)).toBe('HD-OVS');
  });
});
