/** Hosts of the TikTok Shop seller chat, one per region, as match patterns for the manifest. */
export const SELLER_REGIONS = [
  'us', 'uk', 'de', 'fr', 'es', 'it', 'ie', 'mx', 'br', 'id', 'jp', 'my', 'ph', 'sg', 'th', 'vn',
] as const;

export const SELLER_CHAT_HOSTS: readonly string[] = [
  ...SELLER_REGIONS.map((r) => `seller-${r}.tiktok.com`),
  'seller.tiktokglobalshop.com',
  'seller.us.tiktokglobalshop.com',
  'seller.eu.tiktokglobalshop.com',
  'seller.tiktokshopglobalselling.com',
  'seller-id.tokopedia.com',
];

export const SELLER_CHAT_MATCHES: string[] = SELLER_CHAT_HOSTS.map(
  (h) => `https://${h}/chat/inbox/*`,
);

/** The embedded demo seller chat is served on loopback (any port). */
export const DEMO_MATCHES: string[] = ['http://127.0.0.1/*'];
