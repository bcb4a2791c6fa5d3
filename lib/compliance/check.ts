import type { Pack, TextsByLanguage } from '../pack/schema';
import { DEFAULT_PATTERNS, type ComplianceCategory } from './defaults';
import { fold, foldPhrase, originalRange, type Folded } from './fold';

export interface Violation {
  /** The built-in rule name ("whatsapp", "phone", "paid-review"…) or the pack's banned phrase as written. */
  rule: string;
  category: ComplianceCategory;
  /** Position in the original text (UTF-16 units). */
  index: number;
  length: number;
  /** The offending part of the original text. */
  match: string;
}

export interface ComplianceResult {
  ok: boolean;
  violations: Violation[];
}

export interface ComplianceOptions {
  /** The reply's language: selects the pack's banned phrases for it (plus "*"). */
  language: string;
  bannedPhrases?: TextsByLanguage;
  /**
   * Variable values filled into the reply (order id, SKU, product name…). A built-in detection
   * lying wholly inside one is not the shop speaking — e.g. a 19-digit order id or a product
   * called "Phone stand 2-in-1" — and is ignored. Pack phrases are checked everywhere.
   */
  variableValues?: string[];
  /** Turn the built-in patterns off (tests of pack phrases only). */
  builtIn?: boolean;
}

/** Checks a reply for off-platform contact, cash-back offers and the pack's banned phrases. */
export function checkCompliance(text: string, options: ComplianceOptions): ComplianceResult {
  const f = fold(text);
  const found: Violation[] = [];
  const push = (rule: string, category: ComplianceCategory, from: number, to: number) => {
    const { index, length } = originalRange(f, from, to);
    found.push({ rule, category, index, length, match: text.slice(index, index + length) });
  };

  if (options.builtIn !== false) {
    const allowed = valueRanges(text, options.variableValues ?? []);
    for (const p of DEFAULT_PATTERNS) {
      for (const m of f.text.matchAll(new RegExp(p.pattern.source, p.pattern.flags))) {
        if (!m[0].trim() || (p.accept && !p.accept(m[0], f.text.slice(0, m.index)))) continue;
        const { index, length } = originalRange(f, m.index!, m.index! + m[0].length);
        if (allowed.some(([a, b]) => a <= index && index + length <= b)) continue;
        push(p.name, p.category, m.index!, m.index! + m[0].length);
      }
    }
  }

  for (const phrase of phrasesFor(options.bannedPhrases, options.language)) {
    for (const at of phraseHits(f, foldPhrase(phrase))) push(phrase, 'banned-phrase', at[0], at[1]);
  }

  const violations = dedupe(found);
  return { ok: violations.length === 0, violations };
}

function phrasesFor(banned: TextsByLanguage | undefined, language: string): string[] {
  if (!banned) return [];
  return [...(banned['*'] ?? []), ...(language !== '*' ? banned[language] ?? [] : [])].filter((p) => p.trim());
}

const WORDISH = /[\p{L}\p{N}]/u;
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Substring hits of a folded phrase. A phrase that begins or ends with a letter or digit of a
 * spaced script must stand as a whole word there ("line" does not hit "online"); Chinese and
 * Japanese have no word boundaries to keep.
 */
function phraseHits(f: Folded, phrase: string): Array<[number, number]> {
  const hits: Array<[number, number]> = [];
  if (!phrase) return hits;
  const guardStart = WORDISH.test(phrase[0]) && !SPACELESS.test(phrase[0]);
  const last = phrase[phrase.length - 1];
  const guardEnd = WORDISH.test(last) && !SPACELESS.test(last);
  for (let i = f.text.indexOf(phrase); i >= 0; i = f.text.indexOf(phrase, i + 1)) {
    const before = f.text[i - 1];
    const after = f.text[i + phrase.length];
    if (guardStart && before && WORDISH.test(before)) continue;
    if (guardEnd && after && WORDISH.test(after)) continue;
    hits.push([i, i + phrase.length]);
  }
  return hits;
}

function valueRanges(text: string, values: string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const v of values) {
    if (!v) continue;
    for (let i = text.indexOf(v); i >= 0; i = text.indexOf(v, i + 1)) out.push([i, i + v.length]);
  }
  return out;
}

/**
 * One finding per problem: the same span found twice (built-in and pack phrase), overlapping hits
 * of one rule (two phone patterns), or a hit inside a longer one of the same category (the domain
 * of an e-mail address) keep only the first or longer one. Ordered by position.
 */
function dedupe(list: Violation[]): Violation[] {
  const out: Violation[] = [];
  const byLength = [...list].sort((a, b) => b.length - a.length);
  for (const v of byLength) {
    const redundant = out.some(
      (o) =>
        (o.index === v.index && o.length === v.length) ||
        (o.rule === v.rule && o.index < v.index + v.length && v.index < o.index + o.length) ||
        (o.category === v.category && o.index <= v.index && v.index + v.length <= o.index + o.length),
    );
    if (!redundant) out.push(v);
  }
  return out.sort((a, b) => a.index - b.index || b.length - a.length);
}

export interface PackComplianceFlag {
  ruleId: string;
  language: string;
  replyIndex: number;
  reply: string;
  violations: Violation[];
}

/** Every reply in a pack that breaks the built-in rules or the pack's own banned phrases (flagged on import). */
export function packComplianceFlags(pack: Pick<Pack, 'rules' | 'bannedPhrases'>): PackComplianceFlag[] {
  const flags: PackComplianceFlag[] = [];
  for (const rule of pack.rules) {
    for (const [language, replies] of Object.entries(rule.replies)) {
      replies.forEach((reply, replyIndex) => {
        const r = checkCompliance(reply, { language, bannedPhrases: pack.bannedPhrases });
        if (!r.ok) flags.push({ ruleId: rule.id, language, replyIndex, reply, violations: r.violations });
      });
    }
  }
  return flags;
}
