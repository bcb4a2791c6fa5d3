/**
 * Built-in patterns for what marketplaces forbid in seller chat. They run on the compliance
 * skeleton (see skeleton.ts): folded, lower case, without accents (ß as ss), letters pulled
 * apart put back together and spelt-out numbers as digits. So patterns are written in lower
 * case without accents ("avaliacao", "ruckerstattung"). Every pattern runs for every reply
 * language: a reply in English that says "加微信" is still off-platform.
 */

export type ComplianceCategory = 'off-platform' | 'cash-back' | 'banned-phrase';

/** Stable codes of the built-in rules (the interface names them through the i18n catalogue). */
export type BuiltInRule =
  | 'whatsapp' | 'wechat' | 'line' | 'telegram' | 'instagram' | 'other-messenger'
  | 'email' | 'link' | 'phone' | 'cashback' | 'paid-review';

export interface DefaultPattern {
  name: BuiltInRule;
  category: ComplianceCategory;
  pattern: RegExp;
  /**
   * Extra test on the match (e.g. a phone number's digit count), given the skeleton text before it.
   * With a group named "hit" (and the d flag) the finding is that group, not the whole match.
   */
  accept?: (match: string, before: string) => boolean;
}

const digits = (s: string) => s.replace(/\D/g, '').length;
const phoneDigits = (s: string) => digits(s) >= 7 && digits(s) <= 15;
/** Numbers announced as order, tracking or product numbers are not phone numbers. */
const NUMBER_LABEL =
  /(?:order|tracking|parcel|package|sku|code|ref|no\.?|#|订单|單號|单号|运单|快递|pedido|rastreamento|rastreio|commande|suivi|bestell|sendung|注文|追跡|伝票|주문|송장|운송장|조회)\W{0,3}(?:number|no\.?|id|号|番号|번호|numero|nummer|nr\.?)?\W{0,3}(?:(?:is|es|e|est|ist|は|是|为|為|은|는|이|가)\W{0,3})?(?:[a-z]{1,4}\s?)?$/u;
const unlabelled = (before: string) => !NUMBER_LABEL.test(before.slice(-24));

/** Hosts that stay on the platform; links to them are allowed. */
const PLATFORM_HOSTS = /(?:^|\.)(?:tiktok\.com|tiktokshop\.com|tiktokglobalshop\.com)$/;
const hostOf = (url: string) => url.replace(/^[a-z]+:\/\//, '').split(/[/?#:]/)[0].replace(/^www\./, '');

const TLD = '(?:com|net|org|io|me|co|cn|de|fr|es|br|jp|kr|uk|us|shop|store|link|ly|top|xyz|site|online)';
/** Words that announce a phone number, so a bare digit run after them is one. */
const PHONE_WORD =
  '(?:\\btel\\b|phone|\\bcall\\b|mobile|\\bcell\\b|whats\\s*app|\\bzap\\b|电话|電話|手机|手機|联系|携帯|전화|핸드폰|휴대폰|연락처|telefone|telefono|telefon|telephone|celular|\\bmovil\\b|\\bhandy\\b|\\bligue\\b|llamame|appelez|anrufen|contact|contacto|contato|kontakt)';

export const DEFAULT_PATTERNS: readonly DefaultPattern[] = [
  {
    name: 'whatsapp',
    category: 'off-platform',
    pattern: /whats\s*app|\bwa\.me\b|\bwhatsap\b|\bwatsapp\b|\bwasap\b|\bguasap\b|\bwsp\b|\bwpp\b|\bzap\s?zap\b|\b(?:no|pelo|meu|nosso|seu)\s+(?:zap|whats)\b|ワッツアップ|왓츠앱/g,
  },
  {
    name: 'wechat',
    category: 'off-platform',
    pattern: /wechat|\bwe[.\-_*|/~]+chat\b|\bweixin\b|微信|薇信|徽信|v信|微\s?x\b|加\s?v\b|[+＋]\s?v\b|(?<![a-z0-9])v\s*[:：]\s*[a-z0-9]|加威信|威信\s*[:：号]|\bvx\b|\bwx\s*(?:[:：@]|号|id\b)|\b(?:add|on|via|my|our)\s+we\s+chat\b|加\s*we\s+chat|ウィーチャット|위챗/g,
  },
  {
    // "line" alone is an ordinary word (online, deadline, product line): only the app is meant.
    name: 'line',
    category: 'off-platform',
    pattern: /\bline\s*(?:id|app)\b|\bline\s*[:：@]|\b(?:add|contact|message|text|find|follow|reach|chat\s+with)\s+(?:me|us)\s+(?:on|via|in|at)\s+line\b|加\s*line\b|加\s*賴|賴\s*(?:id|[:：])|\bline\s*(?:で|に|追加|登録|友だち|友達|アカウント|公式)|(?<![\p{Script=Katakana}ー])ライン\s*(?:id|で|に|追加|登録|友だち|友達|@|アカウント)|(?<!\p{Script=Hangul})라인\s*(?:아이디|id|으로|추가|친구)/gu,
  },
  { name: 'telegram', category: 'off-platform', pattern: /telegram|\bt\.me\/|\btg\s*[:：@]|电报|電報|纸飞机|飞机号|テレグラム|텔레그램/g },
  {
    name: 'instagram',
    category: 'off-platform',
    pattern: /instagram|\binsta\b|\big\s*[:：@]|\big\b|\b(?:on|via|my|our|in)\s+ig\b|\b(?:follow|dm)\s+(?:me|us)\s+on\s+ig\b|\big\s*(?:id|account|handle|page|dm)\b|\bins\s*[:：]|加\s*ins\b|ins\s*号|インスタ(?!ント)|인스타(?!일)/gu,
  },
  {
    name: 'other-messenger',
    category: 'off-platform',
    pattern: /kakao\s*talk|카카오톡|카톡|오픈채팅|\bkakao\s*(?:id|[:：])|facebook|\bfb\s*[:：]|\bmessenger\s*[:：]|\b(?:on|via)\s+messenger\b(?!\s+bag)|\bqq\s*(?:号|[:：]|群)|加\s*qq|snapchat|\bskype\b|\bviber\b|\bdiscord\b/g,
  },
  { name: 'email', category: 'off-platform', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}/gu },
  {
    // Spelt-out addresses: "shop at gmail dot com", "shop(at)gmail(dot)com", "shop @ gmail . com".
    name: 'email',
    category: 'off-platform',
    // With the word "at" the dot must be unspaced or spelt ("arrives at noon. Co-op" is no address).
    pattern: new RegExp(
      `[\\p{L}\\p{N}._%+-]+(?:\\s*(?:@|[(\\[{]\\s*(?:at|@)\\s*[)\\]}]|艾特)\\s*[\\p{L}\\p{N}-]+\\s*(?:\\.|[(\\[{]\\s*dot\\s*[)\\]}]|\\s+dot\\s+|点|點)|\\s+at\\s+[\\p{L}\\p{N}-]+(?:\\.|\\s*[(\\[{]\\s*dot\\s*[)\\]}]|\\s+dot\\s+|\\s*点|\\s*點))\\s*${TLD}\\b`,
      'gu',
    ),
  },
  { name: 'email', category: 'off-platform', pattern: /\b(?:gmail|hotmail|protonmail)\b|(?:qq|163|126|网易)\s*邮箱/g },
  // "#" written for "@" (shop888#qq.com).
  { name: 'email', category: 'off-platform', pattern: new RegExp(`[a-z0-9._%+-]+\\s?#\\s?[a-z0-9-]+\\.${TLD}\\b`, 'g') },
  {
    name: 'link',
    category: 'off-platform',
    pattern: new RegExp(`\\bhttps?:\\/\\/[^\\s<>"']+|\\bwww\\.[^\\s<>"']+|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.${TLD}\\b(?:\\/[^\\s<>"']*)?`, 'g'),
    accept: (m) => !PLATFORM_HOSTS.test(hostOf(m)),
  },
  {
    name: 'link',
    category: 'off-platform',
    pattern: new RegExp(`\\b[a-z0-9-]{2,}\\s*(?:[(\\[{]\\s*dot\\s*[)\\]}]|\\s+dot\\s+|\\s+\\.\\s*|\\s*\\.\\s+|点|點)\\s*(?:com|net|org|shop|store|cn)\\b`, 'g'),
    accept: (m) => !/^(?:tiktok|tiktokshop)\b/.test(m),
  },
  /*
   * Phone numbers. An order id is a long bare digit run (TikTok's are 18–19 digits), so a bare
   * run counts as a phone only as a Chinese mobile number (11 digits starting 13–19) or right after
   * a phone word. Otherwise a phone needs phone formatting: a leading "+", or 9–15 digits in
   * groups of 2–4 split by spaces, dashes, dots or an area code in parentheses. Dates such as
   * 2026-01-05 have 8 digits and do not qualify. Numbers after an order or tracking label never do.
   */
  { name: 'phone', category: 'off-platform', pattern: /(?<![\d\p{L}])\+\s?\d[\d\s().\-*/]{5,}\d(?!\d)/gu, accept: phoneDigits },
  {
    name: 'phone',
    category: 'off-platform',
    pattern: /(?<![\d.-])\(?\d{2,4}\)?(?:[\s.\-*/~]{1,2}\(?\d{2,4}\)?){2,4}(?![\d.-]?\d)/g,
    accept: (m, before) =>
      /[\s.()\-*/~]/.test(m) && digits(m) >= 9 && digits(m) <= 15 && !/^\d{4}[./-]\d{2}[./-]\d{2}$/.test(m.trim()) && unlabelled(before),
  },
  { name: 'phone', category: 'off-platform', pattern: /(?<!\d)1[3-9]\d{9}(?!\d)/g, accept: (_m, before) => unlabelled(before) },
  // An area code in parentheses before 8–9 digits: (11) 91234-5678, (021) 6123 4567.
  { name: 'phone', category: 'off-platform', pattern: /\(\d{2,3}\)\s?\d{4,5}[\s.-]?\d{4}(?!\d)/g, accept: (_m, before) => unlabelled(before) },
  {
    name: 'phone',
    category: 'off-platform',
    // The finding is the number (group "hit"), not the word before it.
    pattern: new RegExp(`${PHONE_WORD}\\D{0,8}?(?<!\\d)(?<hit>\\d[\\d\\s().\\-*/]{5,}\\d)(?!\\d)`, 'gud'),
    accept: (m, before) => phoneDigits(m) && unlabelled(before),
  },

  // Cash-back and paid reviews.
  { name: 'cashback', category: 'cash-back', pattern: /cash\s*-?\s*back|キャッシュバック|캐시백|返现|返現|好评返|好評返/g },
  {
    name: 'paid-review',
    category: 'cash-back',
    pattern: /(?:好评|好評|五星|5星|晒图|曬圖|晒单|追评|带图评价).{0,8}(?:返|退款|红包|紅包|奖励|獎勵|送|有礼|有禮|礼品|现金|現金)|(?:返|红包|紅包|退款|现金).{0,8}(?:好评|好評|五星|5星)/g,
  },
  {
    name: 'paid-review',
    category: 'cash-back',
    pattern:
      /\b(?:review|rating|(?:5|five)[\s-]*stars?)\b.{0,30}\b(?:and|to|&|for)\s+(?:get|receive|claim|earn)\b.{0,20}(?:refund|money|cash|reward|gift\s*card|coupon|discount|voucher|free|\$|€)|\b(?:leave|give|write|post|rate)\b[^.!?]{0,30}\b(?:review|rating|stars?)\b[^.!?]{0,20}\b(?:and|&)\s+we(?:'ll|\s+will)?\s+(?:refund|reimburse|pay\s+you|send\s+you\s+(?:money|cash|a\s+gift))|\b(?:refund|money back|reward|gift\s*card|paypal|cash|voucher|coupon|free gift)\b.{0,30}\b(?:for|after|in exchange for|if you leave|when you leave)\s+(?:a\s+|your\s+|us\s+a\s+)?(?:positive\s+|good\s+|(?:5|five)[\s-]*stars?\s+)?(?:review|rating)\b|\b(?:5|five)[\s-]*stars?\b.{0,40}\b(?:refund|money back|cash|reward|gift\s*card|paypal)/g,
  },
  {
    name: 'paid-review',
    category: 'cash-back',
    pattern:
      /(?:reembolso|devolvemos|regalo|dinero|cupon|descuento).{0,30}\b(?:por|a cambio de)\s+(?:una\s+|tu\s+|su\s+)?(?:resena|valoracion|opinion|calificacion|(?:5|cinco)[\s-]*estrellas)|\b(?:5|cinco)[\s-]*estrellas.{0,40}(?:reembols\w*|devolvemos|dinero|regal\w*|cupon)|(?:resena|valoracion|calificacion).{0,30}\b(?:y|para)\s+(?:recibe|recibir|obtener|obten|te devolvemos|te damos).{0,20}(?:reembolso|dinero|regalo|cupon|descuento)/g,
  },
  {
    name: 'paid-review',
    category: 'cash-back',
    pattern:
      /(?:reembolso|devolvemos|dinheiro|presente|cupom|desconto|\bpix\b).{0,30}\b(?:por|em troca de)\s+(?:uma\s+|sua\s+)?(?:avaliacao|(?:5|cinco)[\s-]*estrelas)|\b(?:5|cinco)[\s-]*estrelas.{0,40}(?:reembols\w*|dinheiro|devolvemos|presente|cupom|\bpix\b)|avaliacao.{0,30}\b(?:e|para)\s+(?:ganhe|receba|ganhar|receber).{0,20}(?:reembolso|dinheiro|presente|cupom|desconto|\bpix\b)/g,
  },
  {
    name: 'paid-review',
    category: 'cash-back',
    pattern:
      /(?:rembours\w*|cadeau|argent|bon d['’]achat).{0,30}(?:\bpour|\bcontre|en echange d['’]?)\s*(?:un\s+|une\s+|votre\s+)?(?:avis|evaluation|note|(?:5|cinq)[\s-]*etoiles)|\b(?:5|cinq)[\s-]*etoiles.{0,40}(?:rembours|argent|cadeau|bon d['’]achat|offrons)|\b(?:avis|evaluation)\b.{0,30}\b(?:et|pour)\s+(?:recevez|obtenez|recevoir|obtenir|gagnez).{0,20}(?:rembours|argent|cadeau|bon)/g,
  },
  {
    name: 'paid-review',
    category: 'cash-back',
    pattern:
      /(?:ruckerstattung|erstatten|geld zuruck|gutschein|geschenk).{0,30}\b(?:fur|gegen)\s+(?:eine\s+|ihre\s+|deine\s+)?(?:bewertung|rezension|(?:5|funf)[\s-]*sterne)|\b(?:5|funf)[\s-]*sterne.{0,40}(?:ruckerstattung|erstatt|geld|gutschein|schenken)|(?:bewertung|rezension).{0,30}\b(?:und|fur)\s+(?:erhalten|bekommen|erhaltst|bekommst|gibt es).{0,20}(?:ruckerstattung|geld|gutschein|geschenk)/g,
  },
  { name: 'paid-review', category: 'cash-back', pattern: /(?:高評価|星5|★5|5つ星|星5つ|レビュー|口コミ).{0,15}(?:返金|還元|プレゼント|ギフト券|キャッシュバック|クーポン)/g },
  { name: 'paid-review', category: 'cash-back', pattern: /(?:리뷰|후기|별점\s*5|5점|별\s*다섯).{0,15}(?:환불|사례|현금|적립금|쿠폰|기프티콘|캐시백)/g },
];

/**
 * Names that never occur inside ordinary words, looked for in the `letters` view, where every
 * separator is gone and digits inside words read as letters ("Whats App", "te1egram", "微.信").
 */
export const DISTINCTIVE: readonly DefaultPattern[] = [
  { name: 'whatsapp', category: 'off-platform', pattern: /whatt?s+ap+/g },
  // Not "wechat": "we chat" is ordinary English.
  { name: 'wechat', category: 'off-platform', pattern: /weixin|微信|薇信|위챗/g },
  { name: 'telegram', category: 'off-platform', pattern: /te[li]egra(?:m|ma)|텔레그램/g },
  { name: 'instagram', category: 'off-platform', pattern: /instagra(?:m|ma)|인스타그램/g },
  { name: 'other-messenger', category: 'off-platform', pattern: /kakaotalk|카카오톡|facebook|snapchat/g },
  { name: 'cashback', category: 'cash-back', pattern: /好评返现|好評返現|キャッシュバック|캐시백/g },
];
