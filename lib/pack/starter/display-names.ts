import type { UiLanguage } from '../../i18n';

/**
 * The starter pack's name and rule titles in the interface languages. The pack format (spec
 * phrase-pack-v1) has one `name` and one `title` string and no field for translations, so the
 * translations live here, keyed by the starter's pack and rule ids. They apply only while the
 * stored text is still the starter's English one: a title the supervisor edited is theirs.
 */
export const STARTER_PACK_ID = 'shopreply-starter';

const PACK_NAME: Record<UiLanguage, string> = { en: 'ShopReply starter replies', zh: 'ShopReply 入门回复' };

const TITLES: Record<string, { en: string; zh: string }> = {
  welcome: { en: 'Welcome greeting', zh: '欢迎问候' },
  offline: { en: 'Outside working hours', zh: '非工作时间' },
  'order-tracking': { en: 'Where is my order / tracking', zh: '订单在哪里 / 物流查询' },
  'shipping-time': { en: 'Shipping time', zh: '发货时间' },
  'return-refund': { en: 'Return & refund', zh: '退货退款' },
  'exchange-size': { en: 'Exchange / wrong size', zh: '换货 / 尺码不合适' },
  'size-guide': { en: 'Size guide', zh: '尺码指南' },
  'discount-coupon': { en: 'Discount / coupon / promo code', zh: '折扣 / 优惠券 / 优惠码' },
  'stock-restock': { en: 'In stock / restock', zh: '有货 / 补货' },
  'change-address': { en: 'Change shipping address', zh: '修改收货地址' },
  'cancel-order': { en: 'Cancel order', zh: '取消订单' },
  'damaged-wrong-item': { en: 'Damaged / wrong item received', zh: '商品损坏 / 发错货' },
  'authenticity-quality': { en: 'Product authenticity / quality', zh: '正品 / 质量' },
  'payment-methods': { en: 'Payment methods / cash on delivery', zh: '支付方式 / 货到付款' },
  invoice: { en: 'Invoice / receipt', zh: '发票 / 收据' },
  'quick-thanks-closing': { en: 'Thank you / closing', zh: '感谢 / 结束语' },
  'quick-check-back': { en: 'Let me check and get back to you', zh: '我查一下再回复您' },
  'quick-anything-else': { en: 'Anything else?', zh: '还有其他问题吗？' },
};

/** The pack's name as shown: the starter's in the interface language, any other pack's as stored. */
export function displayPackName(packId: string, name: string, ui: UiLanguage): string {
  return packId === STARTER_PACK_ID && name === PACK_NAME.en ? PACK_NAME[ui] : name;
}

/** A rule's title as shown: the starter's in the interface language, else its title, else its id. */
export function displayRuleTitle(packId: string | undefined, ruleId: string, title: string | undefined, ui: UiLanguage): string {
  const known = packId === STARTER_PACK_ID ? TITLES[ruleId] : undefined;
  if (known && (title === undefined || title === known.en)) return known[ui];
  return title?.trim() || ruleId;
}
