/**
 * Chat spellings with one usual meaning, per language, on normalised words (accents folded).
 * `*` applies to every message; a language's table applies to examples of that language and to
 * messages detected as it. A spelling that is a word of another supported language is kept out
 * of `*` ("ya" is Spanish, "im" German, "q" is "que" in es/pt only).
 * An empty expansion drops the word (crying/laughing marks that carry no topic).
 */
const TABLES: Record<string, Record<string, string>> = {
  '*': {
    u: 'you', ur: 'your', pls: 'please', plz: 'please', plzz: 'please', wat: 'what', wht: 'what', hw: 'how',
    abt: 'about', thx: 'thanks', thnx: 'thanks', tnx: 'thanks', bcoz: 'because', bcz: 'because', coz: 'because',
    cuz: 'because', nd: 'and', wanna: 'want', gonna: 'going', dnt: 'dont', pic: 'picture', pics: 'pictures',
    msg: 'message', info: 'information', amt: 'amount', qty: 'quantity', yr: 'your', iam: 'i am',
    ㅠㅠ: '', ㅜㅜ: '', ㅋㅋ: '', ㅋㅋㅋ: '', ㅎㅎ: '', ㅠ: '', ㅜ: '',
  },
  en: { r: 'are', pl: 'please', ty: 'thank you', asap: 'as soon as possible', rcvd: 'received', recd: 'received', pkg: 'package', addr: 'address', w: 'with', wo: 'without' },
  es: {
    q: 'que', k: 'que', xq: 'porque', pq: 'porque', porq: 'porque', tb: 'tambien', tmb: 'tambien', xfa: 'por favor',
    porfa: 'por favor', pf: 'por favor', x: 'por', d: 'de', dnd: 'donde', cdo: 'cuando', msj: 'mensaje', toy: 'estoy', ta: 'esta',
  },
  pt: {
    vc: 'voce', vcs: 'voces', voc: 'voce', pq: 'porque', q: 'que', tb: 'tambem', tbm: 'tambem', obg: 'obrigado', obgd: 'obrigado',
    blz: 'beleza', cmg: 'comigo', td: 'tudo', hj: 'hoje', qdo: 'quando', qnd: 'quando', msm: 'mesmo', mt: 'muito', mto: 'muito',
    pfv: 'por favor', pfvr: 'por favor', ngm: 'ninguem', dps: 'depois', vlw: 'valeu', cade: 'onde esta',
  },
  fr: {
    stp: 's il te plait', svp: 's il vous plait', pk: 'pourquoi', pq: 'pourquoi', pcq: 'parce que', qd: 'quand', bcp: 'beaucoup',
    jsp: 'je sais pas', slt: 'salut', mrc: 'merci', dsl: 'desole', tjrs: 'toujours', tt: 'tout', ds: 'dans', pr: 'pour',
    rdv: 'rendez vous', cmd: 'commande', ya: 'il y a', koi: 'quoi', ki: 'qui', jai: 'j ai',
  },
  de: {
    bzw: 'beziehungsweise', vllt: 'vielleicht', evtl: 'eventuell', mfg: 'mit freundlichen grussen', lg: 'liebe grusse',
    kp: 'keine ahnung', hab: 'habe', gibts: 'gibt es', ne: 'eine', nen: 'einen', nich: 'nicht', nix: 'nichts', dk: 'danke',
    thx: 'danke', pls: 'bitte', bitteschon: 'bitte', wg: 'wegen', zb: 'zum beispiel', usw: 'und so weiter', best: 'bestellung',
  },
  ja: { w: '', ww: '', www: '', 草: '' },
  ko: {},
  zh: {},
};

/** Chinese chat spellings inside a run of characters (no spaces to find them by). */
const ZH_INLINE: Array<[RegExp, string]> = [
  [/咋/g, '怎么'],
  [/啥/g, '什么'],
  [/神马/g, '什么'],
  [/木有/g, '没有'],
  [/肿么/g, '怎么'],
  [/酱紫/g, '这样子'],
  [/亲亲|亲爱的/g, ''],
];

// Keys as normalize() leaves them (NFKC turns the compatibility jamo ㅠ into U+1172).
for (const table of Object.values(TABLES)) {
  for (const k of Object.keys(table)) {
    const n = k.normalize('NFKC');
    if (n !== k) table[n] = table[k];
  }
}

export function chatWord(word: string, language: string | undefined): string | undefined {
  const own = language ? TABLES[language]?.[word] : undefined;
  return own ?? TABLES['*'][word];
}

/** Chinese (and Japanese kanji) chat forms written inline, replaced in a CJK run. */
export function chatCjk(run: string): string {
  let s = run;
  for (const [re, to] of ZH_INLINE) s = s.replace(re, to);
  return s;
}
