/**
 * Built-in patterns for what marketplaces forbid in seller chat. They run on folded text
 * (NFKC + lower case, see fold.ts), for every reply language: a reply in English that says
 * "加微信" is still off-platform.
 */

export type ComplianceCategory = 'off-platform' | 'cash-back' | 'banned-phrase';

export interface DefaultPattern {
  name: string;
  category: ComplianceCategory;
  pattern: RegExp;
  /** Extra test on the match (e.g. a phone number's digit count), given the folded text before it. */
  accept?: (match: string, before: string) => boolean;
}

const digits = (s: string) => s.replace(/\D/g, '').length;
const phoneDigits = (s: string) => digits(s) >= 7 && digits(s) <= 15;
/** Numbers announced as order, tracking or product numbers are not phone numbers. */
const NUMBER_LABEL = /(?:order|tracking|parcel|package|sku|code|ref|no\.?|#|订单|单号|运单|快递|pedido|rastreamento|commande|suivi|bestell|sendung|注文|追跡|伝票|주문|송장)\W{0,3}(?:number|no\.?|id|号|番号|번호)?\W{0,3}(?:[a-z]{1,4}\s?)?$/u;
const unlabelled = (before: string) => !NUMBER_LABEL.test(before.slice(-24));

/** Hosts that stay on the platform; links to them are allowed. */
const PLATFORM_HOSTS = /(?:^|\.)(?:tiktok\.com|tiktokshop\.com|tiktokglobalshop\.com)$/;
const hostOf = (url: string) => url.replace(/^[a-z]+:\/\//, '').split(/[/?#:]/)[0].replace(/^www\./, '');

export const DEFAULT_PATTERNS: readonly DefaultPattern[] = [
  { name: 'whatsapp', category: 'off-platform', pattern: /whats\s*app|\bwa\.me\b|\bwhatsap\b/g },
  { name: 'wechat', category: 'off-platform', pattern: /we\s*chat|微信|薇信|威信|加v|\bvx\b|\bwx\s*[:：]/g },
  // "line" alone is an ordinary English word; only the app is meant.
  { name: 'line', category: 'off-platform', pattern: /\bline\s*(?:id|app)\b|\b(?:on|via|add\s+(?:me|us)\s+on|add)\s+line\b|\bline\s*[:：@]|라인\s*아이디|ライン\s*id/g },
  { name: 'telegram', category: 'off-platform', pattern: /telegram|\bt\.me\/|\btg\s*[:：@]|电报|テレグラム|텔레그램/g },
  { name: 'other-messenger', category: 'off-platform', pattern: /kakao\s*talk|카카오톡|카톡|\bmessenger\b|instagram|\binsta\s*[:：@]|facebook|\bqq\s*(?:号|[:：])/g },
  { name: 'email', category: 'off-platform', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}/gu },
  {
    name: 'link',
    category: 'off-platform',
    pattern: /\bhttps?:\/\/[^\s<>"']+|\bwww\.[^\s<>"']+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|me|co|shop|store|link|ly|cn|top|xyz|site|online)\b(?:\/[^\s<>"']*)?/g,
    accept: (m) => !PLATFORM_HOSTS.test(hostOf(m)),
  },
  /*
   * Phone numbers. An order id is a long bare digit run (TikTok's are 18–19 digits), so a bare
   * run counts as a phone only as a Chinese mobile number (11 digits starting 13–19) or right after
   * a phone word. Otherwise a phone needs phone formatting: a leading "+", or 9–15 digits in
   * groups of 2–4 split by spaces, dashes, dots or an area code in parentheses. Dates such as
   * 2026-01-05 have 8 digits and do not qualify.
   */
  { name: 'phone', category: 'off-platform', pattern: /(?<![\d\p{L}])\+\s?\d[\d\s().-]{5,}\d(?!\d)/gu, accept: phoneDigits },
  {
    name: 'phone',
    category: 'off-platform',
    pattern: /(?<![\d.-])\(?\d{2,4}\)?(?:[\s.-]\(?\d{2,4}\)?){2,4}(?![\d.-]?\d)/g,
    accept: (m, before) =>
      /[\s.()-]/.test(m) && digits(m) >= 9 && digits(m) <= 15 && !/^\d{4}[.-]\d{2}[.-]\d{2}$/.test(m.trim()) && unlabelled(before),
  },
  { name: 'phone', category: 'off-platform', pattern: /(?<!\d)1[3-9]\d{9}(?!\d)/g, accept: (_m, before) => unlabelled(before) },
  {
    name: 'phone',
    category: 'off-platform',
    pattern: /(?<=(?:\btel\b|phone|\bcall\b|mobile|whats\s*app|电话|手机|電話|전화|telefone|teléfono|telefono|telefon|téléphone)\D{0,8})(?<!\d)\d[\d\s().-]{5,}\d(?!\d)/gu,
    accept: phoneDigits,
  },

  // Cash-back and paid reviews.
  { name: 'cashback', category: 'cash-back', pattern: /cash\s*-?\s*back|キャッシュバック|캐시백|返现|返現/g },
  { name: 'paid-review', category: 'cash-back', pattern: /(?:好评|五星|5星|晒图).{0,8}(?:返|退款|红包|奖励|送)|(?:返|红包|退款).{0,8}(?:好评|五星|5星)/g },
  {
    name: 'paid-review',
    category: 'cash-back',
    pattern: /\b(?:leave|give|write|post)\s+(?:us\s+)?(?:a\s+)?(?:(?:5|five)[\s-]*stars?\s+)?(?:review|rating).{0,40}(?:refund|money back|cash|reward|gift card|free)|\b(?:refund|money back|reward|gift card|paypal).{0,30}\b(?:for|after|in exchange for)\s+(?:a\s+|your\s+)?(?:(?:5|five)[\s-]*stars?\s+)?(?:review|rating)|\b(?:5|five)[\s-]*stars?.{0,40}(?:refund|money back|cash|reward|gift card|paypal)/g,
  },
  {
    name: 'paid-review',
    category: 'cash-back',
    pattern: /(?:reembolso|devolvemos|regalo|dinero).{0,30}(?:por|a cambio de)\s+(?:una\s+|tu\s+|su\s+)?(?:reseña|valoración|opinión|calificación)|(?:5|cinco)\s*estrellas.{0,40}(?:reembolso|devolvemos|dinero|regalo)/g,
  },
  {
    name: 'paid-review',
    category: 'cash-back',
    pattern: /(?:reembolso|devolvemos|dinheiro|presente).{0,30}(?:por|em troca de)\s+(?:uma\s+|sua\s+)?(?:avaliação|avaliacao)|(?:5|cinco)\s*estrelas.{0,40}(?:reembolso|dinheiro|devolvemos|presente)/g,
  },
  {
    name: 'paid-review',
    category: 'cash-back',
    pattern: /(?:rembours\w*|cadeau|argent).{0,30}(?:pour|contre|en échange d['’]?)\s*(?:un\s+|une\s+|votre\s+)?(?:avis|évaluation|note)|(?:5|cinq)\s*étoiles.{0,40}(?:rembours|argent|cadeau)/g,
  },
  {
    name: 'paid-review',
    category: 'cash-back',
    pattern: /(?:rückerstattung|erstatten|geld zurück|gutschein|geschenk).{0,30}(?:für|gegen)\s+(?:eine\s+|ihre\s+|deine\s+)?(?:bewertung|rezension)|(?:5|fünf)\s*sterne.{0,40}(?:rückerstattung|erstatt|geld|gutschein)/g,
  },
  { name: 'paid-review', category: 'cash-back', pattern: /(?:高評価|星5|★5|5つ星|レビュー).{0,15}(?:返金|還元|プレゼント)/g },
  { name: 'paid-review', category: 'cash-back', pattern: /(?:리뷰|후기|별점\s*5|5점).{0,15}(?:환불|사례|현금)/g },
];
