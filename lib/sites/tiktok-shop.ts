import { DEMO_MATCHES, SELLER_CHAT_MATCHES } from './hosts';
import { PROFILE_FORMAT, SiteProfileFileSchema } from './profile-v1';
import { toRuntimeProfile } from './runtime';

const tid = (id: string) => `[data-testid="chat.chatroom.${id}"]`;

/**
 * The TikTok Shop seller chat. Primaries come from public automation code (unverified, see
 * shared/notes/toolchain-facts.md) or, for roles it does not describe, from the demo chat;
 * fallbacks are class-name fragments and ARIA roles that survive a renamed data-testid.
 * The demo seller chat on loopback reproduces this DOM, so it shares the profile.
 */
export const tiktokShopProfileFile = SiteProfileFileSchema.parse({
  format: PROFILE_FORMAT,
  formatVersion: 1,
  id: 'tiktok-shop',
  name: 'TikTok Shop seller chat',
  version: '1.0.0',
  matches: [...SELLER_CHAT_MATCHES, ...DEMO_MATCHES],
  selectors: {
    conversationCard: [tid('conversation_card'), '[class*="conversation-card"]', '[role="listbox"] [role="option"]'],
    activeConversationCard: [
      `${tid('conversation_card')}[aria-selected="true"]`,
      `${tid('conversation_card')}[class*="active"]`,
      '[class*="conversation-card"][class*="active"]',
      '[role="listbox"] [role="option"][aria-selected="true"]',
    ],
    conversationName: [tid('conversation_card_username'), '[class*="username"]', '[class*="nickname"]'],
    unreadBadge: ['.p-badge-number', '[class*="badge-number"]', '[class*="unread"]'],
    messageList: [tid('message_list'), '[class*="message-list"]', '[role="log"]'],
    messageCard: [tid('message_card'), '.chatd-message', '[role="log"] > [role="article"]'],
    buyerBubble: ['.chatd-bubble-main--other', '.chatd-message--left', '[class*="bubble--other"]', '[class*="message--left"]'],
    sellerBubble: ['.chatd-bubble-main--self', '.chatd-message--right', '[class*="bubble--self"]', '[class*="message--right"]'],
    messageText: ['.chatd-message-body-info-message pre', '.chatd-message-body-info-message', '[class*="message-text"]', 'pre'],
    messageTime: [tid('message_time'), '.chatd-message-time', '[class*="message-time"]', 'time'],
    headerBuyerName: [tid('header_username'), '[class*="chat-header"] [class*="name"]', 'header [class*="name"]'],
    orderCard: [tid('order_card'), '[class*="order-card"]'],
    productCard: [tid('product_card'), '[class*="product-card"]'],
    orderId: [tid('order_card_id'), '[class*="order-id"]'],
    productName: [`${tid('order_card_product_name')}, ${tid('product_card_name')}`, '[class*="product-name"]'],
    sku: [`${tid('order_card_sku')}, ${tid('product_card_sku')}`, '[class*="sku"]'],
    composerTextarea: [
      'textarea[placeholder="Send a message"]',
      'textarea[placeholder="发送消息"]',
      '[class*="chat-input"] textarea',
      'textarea[maxlength="2000"]',
    ],
    composerEditable: ['[class*="chat-input"] [contenteditable="true"]', '[contenteditable="true"][role="textbox"]', '[contenteditable="true"]'],
    sendButton: ['#chat-input-send-button', '[class*="send-button"]', 'button[type="submit"]'],
  },
  conversationId: [
    { attribute: 'data-conversation-id', of: 'activeConversationCard' },
    { attribute: 'data-conversation', of: 'activeConversationCard' },
    { attribute: 'data-id', of: 'activeConversationCard' },
    { text: 'headerBuyerName' },
    { text: 'conversationName' },
  ],
  send: 'button',
  valueLabels: ['Order ID', 'Order', 'SKU', 'Seller SKU', '订单号', '订单编号', '规格'],
});

/** The chat list and the message list are part of this page: without them it has changed. */
export const tiktokShopProfile = toRuntimeProfile(tiktokShopProfileFile, {
  origin: 'built-in',
  required: ['conversationCard', 'messageList', 'messageCard', 'composer', 'sendButton'],
});
