import { detectEldLatin } from './eld-latin';
import type { DetectedLanguage } from './types';
import { foldText } from '../text/fold';

/**
 * Language detection for short chat messages, tuned for the eight product languages.
 *
 * 1. Script rules decide the CJK languages: any kana → ja, Hangul → ko, Han alone → zh.
 * 2. Latin-script text goes to eld (its "small" n-gram database, limited to en, es, pt, fr, de,
 *    which keeps it from calling a Spanish message Galician or Italian; the table is cut down to
 *    those five in lib/match/eld-latin.json, same answers, a sixth of the size: docs/bundle.md).
 * 3. When eld gives no answer (one short word such as "hola", "oi", "hi"), a small built-in
 *    lexicon of chat words and spelling cues decides; with no cue at all the result is "und".
 *
 * Measured against eld/extrasmall, tinyld (light/normal) and franc-min on labelled chat messages:
 * see the README (language detection) and scripts/lib-bench/lang-bench.ts.
 */

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL = /\p{Script=Hangul}/gu;
const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/**
 * Frequent words of buyer chat. Weight 1 = typical of the language; 2 = nearly never seen in the
 * other four. Words shared by es and pt (e.g. "de", "que", "por", "para") are left out or split
 * on purpose: only what tells them apart counts.
 */
const LEXICON: Record<string, Record<string, number>> = {
  en: w(
    'the a an is are was were be been my your you i me we our it this that these those what where when why how who which can could would should will do does did dont didnt not no yes and or but with without for from to of in on at by about have has had get got want need please pls plz thanks thank thx hi hello hey order orders item items package parcel shipping delivery deliver delivered arrive arrived refund return cancel size color colour price still yet any there here anyone just already received receive wrong broken damaged tracking track number long much many more',
    'the is are my your you what where when why how can could would will do does did dont didnt not have has want need please pls thanks thank thx hello hey yet anyone',
  ),
  es: w(
    'el la los las un una unos unas es son esta estan este esto eso mi mis tu su sus que como donde cuando cuanto cuanta cual porque por para con sin pero y o no si ya hay muy mas hola gracias favor pedido pedidos paquete envio llega llego llegar recibi recibo quiero quisiera necesito puedo pueden tienen tiene talla color precio devolucion reembolso cancelar cancelen todavia nada alguien ayuda compra pague pagar efectivo seguimiento numero dias semana ahora hoy manana bien vale gracias buenas tardes noches senor senora tengo tienes estoy saber',
    'el los las es estan mi mis tu hola gracias pedido envio llega llego quiero quisiera necesito puedo pueden tienen talla todavia nada alguien pague cuando donde cuanto cual muy hay ya tengo tienes estoy buenas manana',
  ),
  pt: w(
    'o os as um uma e sao esta estao este isso meu minha meus minhas seu sua voce voces que como onde quando quanto qual porque por para com sem mas ou nao sim ja tem tenho muito mais ola oi obrigado obrigada favor pedido encomenda pacote entrega frete chega chegou chegar recebi quero preciso posso podem tamanho cor preco devolucao reembolso cancelar cancela ainda nada alguem ajuda compra paguei pagar boleto pix rastreio codigo dias semana agora hoje amanha bem cade da pra vem veio estoque',
    'os meu minha meus minhas voce voces nao ola oi obrigado obrigada encomenda frete chegou chega quero preciso posso podem tamanho ainda alguem paguei boleto pix rastreio cade pra veio estoque tenho tem muito',
  ),
  fr: w(
    'le la les un une des est sont ce cette ces mon ma mes ton ta votre vos je tu il elle nous vous on que qui quoi ou quand combien quel quelle pourquoi comment pour avec sans mais et ne pas plus oui non bonjour bonsoir salut merci svp stp commande colis livraison livre arrive recu veux voudrais besoin peux pouvez avez taille couleur prix retour remboursement annuler annulez toujours rien quelqu aide achat paye jours aujourd hui demain bien ca c j l d qu n s m est ai suis',
    'le les est sont ce cette mon ma mes votre vos je il nous vous quand combien quel quelle pourquoi comment avec mais ne pas oui bonjour merci svp commande colis livraison recu veux voudrais besoin pouvez avez toujours rien quelqu ca ai suis',
  ),
  de: w(
    'der die das den dem ein eine einen ist sind war mein meine meinen dein ihr ich du wir sie es was wo wann warum wie wer welche kann konnen konnte mochte will brauche bitte danke hallo guten tag und oder aber mit ohne fur von zu in auf bei nicht kein keine ja nein noch schon bestellung paket lieferung versand angekommen bekommen erhalten zuruck rucksendung erstattung stornieren grosse farbe preis immer nichts jemand hilfe kauf bezahlt tage heute morgen gut habe hat haben gibt es auch sich seit',
    'der die das den dem ein eine ist sind mein meine ich wir wo wann warum wie kann mochte brauche bitte danke hallo und nicht kein keine noch schon bestellung paket lieferung versand angekommen bekommen stornieren grosse immer nichts jemand habe haben gibt auch seit',
  ),
};

function w(all: string, strong: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const word of all.split(/\s+/)) if (word) out[word] = 1;
  for (const word of strong.split(/\s+/)) if (word) out[word] = 2;
  return out;
}

/** Spelling cues on the raw (accented) text. */
const CUES: Array<[RegExp, string, number]> = [
  [/[ñ¿¡]/giu, 'es', 3],
  [/ción\b|ciones\b/giu, 'es', 2],
  [/[ãõ]/giu, 'pt', 3],
  [/ção\b|ções\b|\blh|nh[aeiou]/giu, 'pt', 2],
  [/[ß]/giu, 'de', 3],
  [/[äöü]/giu, 'de', 2],
  [/sch|\w+ung\b|\w+chen\b/giu, 'de', 1],
  [/[èœù]|[êâîôû]\w/giu, 'fr', 1],
  [/\b[cdjlmnst]'|\bqu'/giu, 'fr', 2],
  [/\w'(?:s|t|re|ve|ll|m|d)\b/giu, 'en', 2],
  [/th|wh|ck\b|\w+ing\b/giu, 'en', 1],
];

const LATIN_LANGS = Object.keys(LEXICON);

function fold(text: string): string[] {
  return foldText(text)
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/** Scores per Latin-script language (not normalised). */
export function latinScores(text: string): Record<string, number> {
  const scores: Record<string, number> = Object.fromEntries(LATIN_LANGS.map((l) => [l, 0]));
  for (const word of fold(text)) {
    for (const lang of LATIN_LANGS) scores[lang] += LEXICON[lang][word] ?? 0;
  }
  for (const [re, lang, weight] of CUES) scores[lang] += count(text, re) * weight;
  return scores;
}

export function detectLanguage(text: string): DetectedLanguage {
  const kana = count(text, KANA);
  const hangul = count(text, HANGUL);
  const han = count(text, HAN);
  const latin = count(text, LATIN);
  const cjk = kana + hangul + han;
  // A CJK message often carries Latin product names ("iphone15快递到了吗"): the CJK letters
  // decide unless Latin letters outnumber them three to one.
  if (cjk > 0 && cjk * 3 >= latin) {
    if (kana > 0 && kana >= hangul) return { code: 'ja', confidence: kana >= 2 || han === 0 ? 0.99 : 0.9 };
    if (hangul > 0) return { code: 'ko', confidence: 0.99 };
    // Han only: Chinese, though a short all-kanji Japanese phrase looks the same.
    return { code: 'zh', confidence: han >= 3 ? 0.95 : 0.8 };
  }
  if (latin === 0) return { code: 'und', confidence: 0 };
  const result = detectEldLatin(text);
  if (result.language) {
    const scores = result.scores.map(([, s]) => s);
    const lead = scores.length > 1 ? scores[0] - scores[1] : scores[0];
    const confidence = (result.reliable ? 0.75 : 0.5) + Math.min(0.24, lead);
    return { code: result.language, confidence: Math.round(confidence * 100) / 100 };
  }
  return lexiconLanguage(text);
}

/** The built-in lexicon alone (also the fallback of detectLanguage). */
export function lexiconLanguage(text: string): DetectedLanguage {
  const scores = latinScores(text);
  const ranked = LATIN_LANGS.map((l) => [l, scores[l]] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best[1] <= 0 || best[1] === second[1]) return { code: 'und', confidence: 0 };
  const lead = (best[1] - second[1]) / best[1];
  const evidence = 1 - Math.exp(-best[1] / 2);
  return { code: best[0], confidence: Math.round(Math.min(0.6, 0.2 + 0.4 * lead * evidence) * 100) / 100 };
}
